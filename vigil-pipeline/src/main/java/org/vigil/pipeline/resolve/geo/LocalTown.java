package org.vigil.pipeline.resolve.geo;

import static org.vigil.pipeline.resolve.geo.PlaceResolver.COUNTY;
import static org.vigil.pipeline.resolve.geo.PlaceResolver.TOWN;
import static org.vigil.pipeline.resolve.geo.PlaceResolver.near;
import static org.vigil.pipeline.resolve.geo.PlaceResolver.specificity;
import static org.vigil.pipeline.resolve.geo.PlaceResolver.withPrecision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.geo.GeoName;
import org.vigil.model.Evidence;
import org.vigil.model.IncidentPlace;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.RelatedLinks;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;

/**
 * {@link PlaceResolver}'s fallback chain for the town an article is about when the incident's own sentences name
 * none ({@link #of}), and the town standing in for a county ({@link #seat}). Thread-safe, as the parts it is given
 * are; the gazetteer is shared.
 */
final class LocalTown {
  private final SentencePlace sentence;
  private final OutletClues clues;
  private final Counties counties;
  private final CountyTown countyTown;
  private final Address address;
  private final Masthead masthead;
  private final LearnedHome learned;

  LocalTown(SentencePlace sentence, OutletClues clues, Counties counties, CountyTown countyTown, Address address,
      Masthead masthead, LearnedHome learned) {
    this.sentence = sentence;
    this.clues = clues;
    this.counties = counties;
    this.countyTown = countyTown;
    this.address = address;
    this.masthead = masthead;
    this.learned = learned;
  }

  /**
   * The town the article is about when the incident's own sentences name none, as a local reader would take it
   * (a video playlist's titles and a widget's captions aside, {@link RelatedLinks#furniture}):
   * the town in the opening paragraph (the headline), else the town whose police force speaks ("Stockton police
   * said"), else the outlet's town in the page title ("… - WMC Action News 5 - Memphis, Tennessee"), else the town the
   * article names most, else (for a page that names none) the place its address names, else the town its host name
   * is the masthead of ({@link Masthead}), else the town the outlet's other pages are about ({@link LearnedHome}).
   * Near the incident rather than at it: precision 2. Only a town of the given country when one is given; without
   * {@code outletToo} only the article's own words count (opening, headline, police, the town it names most), not
   * the outlet's town, address, masthead or learned home. Null when none is found.
   */
  IncidentPlace of(Annotated doc, List<Sentence> incident, Names r, Forces forces, String country,
      boolean outletToo) {
    List<Span> paragraphs = doc.article().paragraphs();
    IncidentPlace county = null;
    Set<Integer> links = RelatedLinks.furniture(doc.text(), doc.sentences());
    if (!paragraphs.isEmpty()) {
      Span opening = paragraphs.get(0);
      for (Sentence s : doc.sentences()) {
        if (s.span().start() >= opening.end()) {
          break;
        }
        if (incident.contains(s) || links.contains(s.index())) {
          continue;
        }
        IncidentPlace p = sentence.find(doc.text(), s, r, 0, Integer.MAX_VALUE, false);
        if (p != null && specificity(p) == TOWN && (country == null || country.equals(p.countryCode()))) {
          return withPrecision(p, 2);
        }
        county = county == null && p != null && specificity(p) == COUNTY ? p : county;
      }
    }
    IncidentPlace headed = TownRun.headline(doc, r, country);
    if (headed != null && (county == null || near(headed, county))) {
      return headed;
    }
    for (Sentence s : doc.sentences()) {
      IncidentPlace p = links.contains(s.index()) ? null : forces.first(s);
      if (p != null && (country == null || country.equals(p.countryCode())) && (county == null || near(p, county))) {
        return p;
      }
    }
    if (county != null) {
      // "2 killed in Gaston County shootings": the county the opening names is nearer than the outlet's city
      return seat(county, doc);
    }
    IncidentPlace town = outletToo ? clues.town(doc.article().title(), country) : null;
    town = town != null || !outletToo ? town : clues.cityPlace(doc.article(), country);
    town = town == null ? null : counties.beyond(town, doc.text());
    town = town != null ? town : mostNamed(doc, r, country);
    town = town != null || !outletToo ? town : address.place(doc.article(), country);
    town = town != null || !outletToo ? town : masthead.town(doc.article(), country);
    return town != null || !outletToo ? town : learned.place(doc.article(), country);
  }

  /**
   * The town standing in for a county no town the tagger found places more closely: a town of the county the
   * article names all the same ({@link CountyTown}), else the county's seat ({@link Counties#seat}).
   */
  IncidentPlace seat(IncidentPlace county, Annotated doc) {
    IncidentPlace town = countyTown.town(county, doc.text(), doc.article().title());
    return town != null ? town : counties.seat(county);
  }

  /**
   * The town the toponym tagger found most often and most surely in the article (the highest sum of confidences), of
   * the given country when one is given: the last resort of a page whose incident, headline, police and outlet name
   * none ("the student had moved from Bakersfield"). Near the incident rather than at it: precision 2.
   */
  private IncidentPlace mostNamed(Annotated doc, Names r, String country) {
    Map<Long, Double> weights = new HashMap<>();
    Toponym best = null;
    GeoName bestPlace = null;
    for (Toponym t : r.toponyms()) {
      // each name as the resolver reads it (Names#chosen): a village abroad in a country the page never names is
      // its own country's namesake or no place ("Mothers in Charge" on a Kansas City station's page had been
      // Chargé, France, named more surely than Kansas City)
      GeoName g = t.basis() != Toponym.Basis.GAZETTEER ? null : r.chosen(t).orElse(null);
      if (g == null || g.kind() != GeoName.Kind.POPULATED_PLACE
          || country != null && !country.equals(g.countryCode())) {
        continue;
      }
      double w = weights.merge(g.geonameId(), t.confidence(), Double::sum);
      if (best == null || w > weights.get(bestPlace.geonameId())) {
        best = t;
        bestPlace = g;
      }
    }
    if (best == null) {
      return null;
    }
    Evidence ev = null;
    for (Sentence s : doc.sentences()) {
      if (s.span().contains(best.span())) {
        ev = new Evidence(best.span(), best.span().of(doc.text()), s.span());
      }
    }
    return SentencePlace.build(best.name(), null, best.name(), bestPlace, 2, ev);
  }
}
