package org.vigil.pipeline.resolve.geo;

import java.util.Locale;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Annotated;
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
  /**
   * How far from a county's centre a town of it may lie when the county is the incident's place after every other
   * stage: the large counties of the West reach far beyond {@link PlaceResolver#COUNTY_REACH_KM} (Alpine lies 70 km
   * from Brewster County's centre).
   */
  private static final double WIDE_REACH_KM = 80;

  private final Gazetteer gazetteer;

  CountyTown(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The place itself, or, when it is a county the article names as such or by a site or region in it, the town of
   * it the article names ({@link #town}, within {@link #WIDE_REACH_KM} of the county's centre): a county is what a
   * later stage made of the incident's place as often as what the article said ("Brewster County Sheriff Ronny
   * Dodson said … a female shooter shot a student" beside "Alpine High School"; "four teenagers were shot … as they
   * left a party at Granger" after "The Yakima County sheriff's office says"), and registers name the town. A county
   * standing in for a town the article names and the gazetteer lacks ("Hartsville", placed in Bartholomew County)
   * keeps that town.
   *
   * @param p the incident's place after every other stage
   * @param doc the article
   */
  IncidentPlace over(IncidentPlace p, Annotated doc) {
    if (p == null || !"ADM2".equals(p.featureCode()) || p.name() == null || p.resolvedName() == null
        || !namesNoTown(p.name(), p.resolvedName())) {
      return p;
    }
    IncidentPlace town = town(p, doc.text(), doc.article().title(), WIDE_REACH_KM);
    return town != null ? town : p;
  }

  /**
   * Whether the article's name for a place placed at its county names no town: it holds the county's own name
   * ("Troup County", "Brewster County Sheriff Ronny Dodson"), a division's word ("Big Bend Region") or a word in
   * lower case ("San Antonio hospital", "Town of Shelby"), or ends in a site's ("Alpine High School"; "Temple Hills"
   * is a town); of "X in Y" only X is the article's name for the place ("Temple Hills in Prince George's County").
   */
  static boolean namesNoTown(String name, String county) {
    String own = county.split(" ")[0];
    String[] words = name.split(" in ")[0].split("\\s+");
    if (Candidate.SITE_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (String w : words) {
      if (w.equals(own) || QuarterOf.DIVISIONS.contains(w) || !w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
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
    return town(county, text, title, PlaceResolver.COUNTY_REACH_KM);
  }

  private IncidentPlace town(IncidentPlace county, String text, String title, double reachKm) {
    if (!"ADM2".equals(county.featureCode()) || county.lat() == null || county.admin1() == null) {
      return null;
    }
    String[] parts = Headline.parts(title);
    String headline = parts.length == 0 ? "" : parts[0];
    GeoName best = null;
    int bestCount = 0;
    for (GeoName g : gazetteer.near(county.lat(), county.lon(), reachKm, LIMIT)) {
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
