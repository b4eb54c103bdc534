package org.vigil.pipeline.resolve.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * The town a short run of proper nouns names where the taggers may not see a place: the town of a police force
 * ("Stockton police said", "the Las Vegas Metropolitan Police") and the town a headline opens with ("Killeen
 * 2-year-old in critical condition"). Near the incident rather than at it: precision 2. Stateless.
 */
final class TownRun {
  private TownRun() {}

  /**
   * The town a headline opens with as the attribute of its subject, "Killeen 2-year-old in critical condition",
   * "Alturas shooting victims identified", "Dalton area boy, 8, dies": a name run of up to three proper nouns at the
   * start of the page title's headline, right before a count or a word of {@link #HEADLINE_HEADS}, that resolves to a
   * town (of the given country, when one is given). The part-of-speech and NER taggers read such names as people or
   * nothing; a local reader does not. Near the incident rather than at it: precision 2.
   */
  static IncidentPlace headline(Annotated doc, Names r, String country) {
    Sentence s = HeadlineTown.headline(doc);
    if (s == null) {
      return null;
    }
    List<Token> t = s.tokens();
    int opening = t.size() > 1 && Quarters.DIRECTIONS.contains(t.get(0).lower()) ? 1 : 0;
    for (int first = opening; first < t.size(); first++) {
      if (!name(t.get(first)) || first > opening && name(t.get(first - 1))) {
        continue;
      }
      int last = first;
      while (last + 1 < t.size() && last - first < 2 && name(t.get(last + 1))) {
        last++;
      }
      if (last + 1 >= t.size()) {
        break;
      }
      // a count only after an opening name ("Killeen 2-year-old"); later, "Smith, 16," is a person's
      Token head = t.get(last + 1);
      if ((head.pos().equals("CD") && first == opening || HEADLINE_HEADS.contains(head.lower()))
          && !Quarters.streetOrQuarter(t, first, last)) {
        IncidentPlace p = town(doc.text(), s, r, first, last, country);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  private static boolean name(Token k) {
    return k.isProperNoun() && k.isCapitalised();
  }

  /**
   * Nouns for the people a town name may qualify: "a Mundelein man", "Hutchinson teen", "Benton Harbor resident" —
   * the town such a person is of ({@link HomeTown}).
   */
  static final Set<String> PERSON_HEADS = Set.of("man", "woman", "men", "women", "boy", "girl", "teen",
      "teenager", "child", "toddler", "youth", "couple", "family", "father", "mother", "resident", "residents",
      "officer", "student", "infant", "teens", "victim", "victims");

  /**
   * Nouns a headline's opening town name qualifies: "Killeen man", "Alturas shooting", "Dalton area boy" — its
   * people ({@link #PERSON_HEADS}) and the incident.
   */
  static final Set<String> HEADLINE_HEADS = union(PERSON_HEADS, Set.of("shooting", "shootings", "homicide",
      "murder", "slaying", "area", "police", "drive-by", "killing"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /**
   * The towns of every police force named in the sentence, in order: "Stockton police", "the Las Vegas Metropolitan
   * Police". A qualifier before "police" is first read as part of the town's name ("Panama City Police"), then as
   * the force's ("the Tulsa City Police"). A sentence may name two: "After his arrest by the Los Angeles Police
   * Department … Lt. Lloyd Cox with the Long Beach Police Department said".
   */
  static List<IncidentPlace> forces(String text, Sentence s, Names r) {
    List<Token> t = s.tokens();
    List<IncidentPlace> out = new ArrayList<>();
    for (int i = 1; i < t.size(); i++) {
      if (!t.get(i).lower().equals("police")) {
        continue;
      }
      for (int last = i - 1; last >= 0; last--) {
        IncidentPlace p = policeTown(text, s, r, last);
        if (p != null) {
          out.add(p);
          break;
        }
        if (last == 0 || !POLICE_QUALIFIERS.contains(t.get(last).lower())) {
          break;
        }
      }
    }
    return out;
  }

  /** The town whose name ends at the given token, a run of up to four capitalised proper nouns, or null. */
  private static IncidentPlace policeTown(String text, Sentence s, Names r, int last) {
    List<Token> t = s.tokens();
    int first = last;
    while (first > 0 && t.get(first - 1).isProperNoun() && t.get(first - 1).isCapitalised()) {
      first--;
    }
    if (!t.get(last).isProperNoun() || !t.get(last).isCapitalised() || last - first > 3) {
      return null;
    }
    return town(text, s, r, first, last, null);
  }

  /** The town the tokens name, of the given country when one is given, at precision 2; or null. */
  private static IncidentPlace town(String text, Sentence s, Names r, int first, int last, String country) {
    Candidate c = new Candidate(first, last, s.text(text, first, last), "", s.span(first, last));
    Optional<GeoName> g = r.exactly(c.name(), r.resolve(c));
    return g.isPresent() && g.get().kind() == GeoName.Kind.POPULATED_PLACE
        && (country == null || country.equals(g.get().countryCode()))
        ? SentencePlace.build(c.name(), null, c.name(), g.get(), 2, SentencePlace.ev(text, s, c)) : null;
  }

  private static final Set<String> POLICE_QUALIFIERS = Set.of("metropolitan", "metro", "city", "municipal");
}
