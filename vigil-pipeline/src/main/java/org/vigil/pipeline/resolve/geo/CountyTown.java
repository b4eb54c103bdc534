package org.vigil.pipeline.resolve.geo;

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
   * often by its exact name as a name of its own ({@link Mentions#of}), the one nearer the county's centre on a tie;
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
      int n = Mentions.of(g.name(), text) + Mentions.of(g.name(), headline);
      // the gazetteer lists nearest first: a tie keeps the nearer town
      if (n > bestCount) {
        best = g;
        bestCount = n;
      }
    }
    return best == null ? null
        : SentencePlace.build(best.name(), null, best.name(), best, 2, county.evidence());
  }
}
