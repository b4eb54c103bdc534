package org.vigil.pipeline.resolve.geo;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.geo.Geo;
import org.vigil.model.IncidentPlace;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Annotated;

/**
 * The dateline's town over a first town the incident's sentences name only as the reference the place is told by:
 * "SNELLVILLE — … the bodies of three people in Atlanta's northeastern suburbs", "KATY, Texas (AP) — … in a
 * Houston-area home", "TEMPLE HILLS, Md. — … a home in a Maryland suburb of Washington", "NASHVILLE, Tenn. — … in the
 * Hermitage area", "HOUSTON — … a drive-by shooting near Humble". A report that places its incident by a town nearby
 * was filed from where it happened; {@link DatelineTown} keeps the first town when the shooting's clause or the title
 * names it, which a reference always is. Only a dateline's town within {@link #REACH_KM} of the reference (a suburb
 * may lie across a state line), and never for a report of a court's business, filed from the court's town
 * ({@link DatelineTown#court}). Stateless.
 */
final class ReferenceTown {
  private ReferenceTown() {}

  /** How far the dateline's town may lie from the town it is told by: a big city's outer suburbs. */
  static final double REACH_KM = 60;

  /** The words after a town's name that make it a reference: "'s northeastern suburbs", "-area", " area". */
  private static final Pattern AFTER = Pattern.compile("^(?:(?:['\u2019]s)?(?:\\s+(?:\\p{L}+ern|far|outer))?"
      + "\\s+suburbs?\\b|-area\\b|\\s+(?:metro(?:politan)?\\s+)?area\\b)");

  /** The words before a town's name that make it a reference: "suburb of", "near", "outside", "metro". */
  private static final Pattern BEFORE = Pattern.compile("(?:\\bsuburbs?\\s+of|\\bnear|\\boutside(?:\\s+of)?"
      + "|\\bmiles\\s+(?:\\p{L}+\\s+)?(?:of|from)|\\bmetro)\\s+$");

  /**
   * The dateline's town, near the incident rather than at it (precision 2), in place of a first town {@code p}
   * named as a reference; else {@code p}.
   *
   * @param home the dateline's town, or null when the dateline names none
   */
  static IncidentPlace over(IncidentPlace p, IncidentPlace home, Annotated doc) {
    if (home == null || p.lat() == null || home.lat() == null || Objects.equals(p.geonameId(), home.geonameId())
        || !Objects.equals(p.countryCode(), home.countryCode()) || !reference(p, doc.text())
        || Geo.distanceKm(p.lat(), p.lon(), home.lat(), home.lon()) > REACH_KM
        || DatelineTown.court(doc.article().title(), home, doc.text()) || toldBy(p, home, doc.text())) {
      return p;
    }
    return new IncidentPlace(home.name(), home.locality(), home.near(), home.resolvedName(), home.geonameId(),
        home.lat(), home.lon(), home.admin1(), home.countryCode(), home.featureCode(), 2, home.evidence());
  }

  /** How far after the first town's name its own reference may be named: "near X, 30 miles north of Y". */
  private static final int TOLD_BY_CHARS = 60;

  /**
   * Whether the first town is told by the dateline's town itself, right after it: "at their home near Edgerton, 30
   * miles north of Kansas City" below "KANSAS CITY, Mo. (AP) —". The dateline's city is then only the reference of
   * the town the place is near, and the report was filed from the city, not from where it happened.
   */
  static boolean toldBy(IncidentPlace p, IncidentPlace home, String text) {
    if (p.evidence() == null || p.evidence().span() == null || home.name() == null || home.name().isBlank()) {
      return false;
    }
    int from = p.evidence().span().end();
    if (from > text.length()) {
      return false;
    }
    String after = text.substring(from, Math.min(text.length(), from + TOLD_BY_CHARS));
    Matcher m = Pattern.compile("\\b" + Pattern.quote(home.name()) + "\\b", Pattern.CASE_INSENSITIVE)
        .matcher(after);
    while (m.find()) {
      if (reference(text, new Span(from + m.start(), from + m.end()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text names the town as a reference where its evidence stands ({@link #AFTER}, {@link #BEFORE}). */
  static boolean reference(IncidentPlace p, String text) {
    if (p.near() != null && p.near().equals(p.name())) {
      return true; // "near Humble", as the sentence's reader took it
    }
    return p.evidence() != null && reference(text, p.evidence().span());
  }

  /** Whether the name at {@code at} is told as a reference: "Atlanta suburbs", "a Houston-area home", "near X". */
  static boolean reference(String text, Span at) {
    if (at == null || at.end() > text.length()) {
      return false;
    }
    String after = text.substring(at.end(), Math.min(text.length(), at.end() + 40));
    String before = text.substring(Math.max(0, at.start() - 30), at.start());
    return AFTER.matcher(after).find() || BEFORE.matcher(before).find();
  }
}
