package org.vigil.pipeline.resolve.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.vigil.geo.Geo;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * A first town the text names only as a person's home gives way to the town whose police force the text names, else
 * to the dateline's town: "Authorities announced 22-year-old Brandon Colbert, of Tulsa, Oklahoma, was arrested for
 * the murders … Lt. Lloyd Cox with the Long Beach Police Department said", "Robinson of Forest Park … according to
 * Chicago Police". Where a story names a town only as where its people are from ("NAME, 35, of Town", "a Town
 * resident", "a Town man") and states no town the shooting happened in, the force that investigates is the town's
 * where it happened, and a local report is filed from or near it. Narrow, as a person's home is where it happened
 * more often than not (session 14's `HomeTown`, which deferred a home to any later town of the incident's
 * sentences, lost 11 right towns for 2): only a town no mention of which is anything but a home, and only the town of
 * a force or of the dateline, never a court's, hospital's or relative's town. Stateless.
 */
final class HomeTown {
  private HomeTown() {}

  /**
   * Capitalised words before "of" that make an institution or a division of the town, not a person of it: "City of
   * Tulsa", "University of Toledo", "Mayor of Gary".
   */
  private static final Set<String> INSTITUTIONS = Set.of("City", "Town", "Village", "Township", "Borough",
      "County", "State", "University", "College", "Mayor", "Bank", "Church", "Diocese", "Port", "Museum");

  /**
   * The town of the police force the text names as acting ({@link #investigating}), else the dateline's town, in the
   * first town's country, near the incident rather than at it (precision 2), else a nearby town the incident's
   * sentences put something at ({@link #scene}), in place of the first town {@code p} when the text names {@code p}
   * only as a person's home ({@link #only}); else {@code p}.
   *
   * @param home the dateline's town, or null when the dateline names none
   * @param forces the towns of every police force a sentence names ("Long Beach Police Department"), in order
   * @param sentences the incident's sentences, read for a nearby town something is put at where no force's or
   *     dateline's town takes the home's place ({@link #scene})
   * @param window the place a sentence names between two tokens
   */
  static IncidentPlace over(IncidentPlace p, Annotated doc, IncidentPlace home,
      Function<Sentence, List<IncidentPlace>> forces, List<Sentence> sentences, Window window) {
    if (p.countryCode() == null || !only(p.name(), doc.text())) {
      return p;
    }
    IncidentPlace f = investigating(doc.sentences(), forces);
    if (f != null) {
      return other(f, p) ? f : p;
    }
    if (home != null && other(home, p)) {
      return PlaceResolver.withPrecision(home, 2);
    }
    IncidentPlace scene = scene(p, sentences, doc.text(), window);
    return scene != null ? scene : p;
  }

  /** The place a sentence names between two of its tokens (inclusive), past its dateline, or null. */
  @FunctionalInterface
  interface Window {
    IncidentPlace find(Sentence s, int fromToken, int toToken);
  }

  /** How many tokens after its preposition a scene's town may start: "outside a home in", "at the". */
  private static final int SCENE_REACH = 4;

  /**
   * The first other town the incident's sentences name after a locative preposition ({@link
   * ShootingClause#preposition}: "at the Garner shooting range", "outside a residence in Ivanhoe") within
   * {@link ReferenceTown#REACH_KM} of the home {@code p}, not itself named only as a home, nor a hospital's town
   * ({@link HospitalTown}); or null. Where a page names a town only as a person's home and no force or dateline
   * places it, a nearby town the text puts something at is where the people were ("Cade Hartwig, of Clear Lake,
   * suffered a head wound … at the Garner shooting range"). Only a nearby town: a court's, a jail's or another
   * story's far town is no scene (an autopsy's town nearby still is one: "An autopsy was conducted … in Columbia").
   */
  private static IncidentPlace scene(IncidentPlace p, List<Sentence> sentences, String text, Window window) {
    if (p.lat() == null) {
      return null;
    }
    for (Sentence x : sentences) {
      List<Token> t = x.tokens();
      for (int i = 0; i + 1 < t.size(); i++) {
        if (!ShootingClause.locative(t.get(i))) {
          continue;
        }
        IncidentPlace q = window.find(x, i + 1, Math.min(t.size() - 1, i + SCENE_REACH));
        if (q != null && q.lat() != null && q.featureCode() != null && q.featureCode().startsWith("PPL")
            && q.precision() < 3 && other(q, p) && ShootingClause.preposition(x, q) >= 0
            && !only(q.name(), text) && !HospitalTown.named(text, q)
            && Geo.distanceKm(p.lat(), p.lon(), q.lat(), q.lon()) <= ReferenceTown.REACH_KM) {
          return q;
        }
      }
    }
    return null;
  }

  /**
   * Of the towns whose police forces the text names as acting ({@link ForceTown#agent}), the one whose force acts in
   * a sentence of the harm ({@link ShootingClause#harms}), else the one whose force the text names most often, else
   * the first; or null. Where a text names two towns' forces, the first may only have helped: "After his arrest by
   * the Los Angeles Police Department, his DNA was collected … Lt. Lloyd Cox with the Long Beach Police Department
   * said" (one sentence), and the Long Beach force investigates the killings.
   */
  private static IncidentPlace investigating(List<Sentence> sentences,
      Function<Sentence, List<IncidentPlace>> forces) {
    Map<String, Acting> towns = new LinkedHashMap<>();
    for (Sentence x : sentences) {
      boolean harm = ShootingClause.harms(x);
      for (IncidentPlace f : forces.apply(x)) {
        if (f.evidence() != null && ForceTown.agent(x, f)) {
          Acting a = towns.computeIfAbsent(f.name(), k -> new Acting(f));
          a.named++;
          a.harm |= harm;
        }
      }
    }
    Acting best = null;
    for (Acting a : towns.values()) {
      if (best == null || a.harm && !best.harm || a.harm == best.harm && a.named > best.named) {
        best = a;
      }
    }
    return best == null ? null : best.town;
  }

  /** A town whose police force a text names as acting, how often, and whether in a sentence of the harm. */
  private static final class Acting {
    final IncidentPlace town;
    int named;
    boolean harm;

    Acting(IncidentPlace town) {
      this.town = town;
    }
  }

  /** Whether {@code q} is another town than {@code p}, in its country. */
  private static boolean other(IncidentPlace q, IncidentPlace p) {
    return p.countryCode().equals(q.countryCode()) && !Objects.equals(q.geonameId(), p.geonameId())
        && !Objects.equals(q.name(), p.name());
  }

  /**
   * Whether the text names the town, and every time as a person's home: before a person noun
   * ({@link TownRun#PERSON_HEADS}: "a Mundelein man", "a Benton Harbor resident"), or after "of" or "from" that
   * follows a name, an age or a comma, with a comma, a full stop, a semicolon or a bracket after it ("Robinson of
   * Forest Park,", "Melinda Gibby, 35, of Lancaster;").
   */
  static boolean only(String name, String text) {
    if (name == null || name.isBlank()) {
      return false;
    }
    List<Integer> at = Mentions.words(name, text);
    for (int i : at) {
      int end = i + name.length();
      if (!TownRun.PERSON_HEADS.contains(Mentions.wordAfter(text, end).toLowerCase(Locale.ROOT))
          && !ofPerson(text, i, end)) {
        return false;
      }
    }
    return !at.isEmpty();
  }

  /**
   * Whether the name between {@code i} and {@code end} is a person's "of Town," or "from Town.": after "of" or
   * "from" that follows a comma, a digit or a capitalised word that is no institution's.
   */
  private static boolean ofPerson(String text, int i, int end) {
    String of = Mentions.wordBefore(text, i);
    if (!of.equals("of") && !of.equals("from") || end < text.length() && ",.;)".indexOf(text.charAt(end)) < 0) {
      return false;
    }
    int j = text.lastIndexOf(of, i);
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    if (j == 0) {
      return false;
    }
    char c = text.charAt(j - 1);
    String who = Mentions.wordBefore(text, text.lastIndexOf(of, i));
    return c == ',' || Character.isDigit(c)
        || !who.isEmpty() && Character.isUpperCase(who.charAt(0)) && !INSTITUTIONS.contains(who);
  }
}
