package org.vigil.pipeline.resolve.geo;

import java.util.Set;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Headline;

/**
 * A town of a county that the article names although the toponym tagger did not take it for a place: a local story
 * places its incident in a county and names the town in passing, often as a word the taggers read as a common noun
 * or a person's name ("Child wounded in shooting at Spring home" beside "Montgomery County"; "Alpine High School" in
 * a Brewster County story). Registers name that town rather than the county's seat. Thread-safe; the gazetteer is
 * shared.
 */
final class CountyTown {
  /** How many towns around a county's centre are looked at. */
  private static final int LIMIT = 400;
  /** The shortest town name looked for: shorter ones are abbreviations and initials as often as towns. */
  private static final int MIN_NAME = 4;

  private final Gazetteer gazetteer;

  CountyTown(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The town of the county's state, within {@link PlaceResolver#COUNTY_REACH_KM} of the county's centre, that the
   * text or the title's headline (not the outlet's part: "… - KLTV.com - Tyler, Longview, Jacksonville") names most
   * often by its exact name as a name of its own ({@link #mentions}), the one nearer the county's centre on a tie;
   * near the incident rather than at it (precision 2). Null when the place is no county or no such town is named.
   *
   * @param county the incident's county (feature code ADM2)
   * @param text the article's text
   * @param title the page's title, or null
   */
  IncidentPlace town(IncidentPlace county, String text, String title) {
    if (!"ADM2".equals(county.featureCode()) || county.lat() == null || county.admin1() == null) {
      return null;
    }
    String[] parts = Headline.parts(title);
    String headline = parts.length == 0 ? "" : parts[0];
    GeoName best = null;
    int bestCount = 0;
    for (GeoName g : gazetteer.near(county.lat(), county.lon(), PlaceResolver.COUNTY_REACH_KM, LIMIT)) {
      if (g.kind() != GeoName.Kind.POPULATED_PLACE || !g.admin1Name().equals(county.admin1())
          || g.name().length() < MIN_NAME) {
        continue;
      }
      int n = mentions(g.name(), text) + mentions(g.name(), headline);
      // the gazetteer lists nearest first: a tie keeps the nearer town
      if (n > bestCount) {
        best = g;
        bestCount = n;
      }
    }
    return best == null ? null
        : SentencePlace.build(best.name(), null, best.name(), best, 2, county.evidence());
  }

  /**
   * How often the text names a town as a name of its own: the exact name as whole words, not inside a longer
   * capitalised name ("Greg Taylor", "Spring Branch", "Mathews County"), though a police force, fire department or
   * school may follow it ("Alpine High School", "Spring Police"); nor after a word that sets the incident apart
   * from it ("Gordon of Coloma shot the bailiff", "a party on the outskirts of Atwater", "south of", "near",
   * "outside": a person's home or a landmark, and registers name the county for a place outside a town).
   */
  static int mentions(String name, String text) {
    int n = 0;
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      int end = i + name.length();
      if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
          || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        continue;
      }
      String before = wordBefore(text, i);
      String after = wordAfter(text, end);
      if (capitalised(before) || capitalised(after) && !INSTITUTIONS.contains(after)
          || APART.contains(before)) {
        continue;
      }
      n++;
    }
    return n;
  }

  /** Words before a town's name that set it apart from the incident's place. */
  private static final Set<String> APART = Set.of("of", "near", "outside");

  /** Words after a town's name that make an institution of it, not a longer place name. */
  private static final Set<String> INSTITUTIONS = Set.of("Police", "Fire", "High", "Middle", "Elementary",
      "Junior", "Mayor");

  /** The word right before a position, separated from it by spaces only; "" when there is none. */
  private static String wordBefore(String text, int at) {
    int j = at;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    if (j == at) {
      return "";
    }
    int k = j;
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
      k--;
    }
    return text.substring(k, j);
  }

  /** The word right after a position, separated from it by spaces only; "" when there is none. */
  private static String wordAfter(String text, int at) {
    int j = at;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    if (j == at) {
      return "";
    }
    int k = j;
    while (k < text.length() && Character.isLetter(text.charAt(k))) {
      k++;
    }
    return text.substring(j, k);
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
