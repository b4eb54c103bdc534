package org.vigil.pipeline.resolve.geo;

import java.util.List;
import java.util.function.Predicate;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;

/**
 * A city: a town of 100,000 people or more. Large enough to have quarters named after its directions ("South Los
 * Angeles"), hospitals named after it ("Atlanta Medical Center") and outlets named after it
 * ("chicago.cbslocal.com"), and to be what its bare name means; a smaller town's name says none of that. Stateless.
 */
final class City {
  /** The smallest population of a city. */
  static final long POPULATION = 100_000;

  private City() {}

  /** Whether the place has 100,000 people or more. */
  static boolean is(GeoName place) {
    return place.population() >= POPULATION;
  }

  /**
   * The city a bare town name means when the toponym tagger chose a small namesake in a state the article never names:
   * "Baltimore" beside streets the tagger took for Ohio villages is Baltimore, Maryland, and "Oakland" beside "Uptown"
   * is Oakland, California; but not a town that lies by a county the article names ("Lancaster" beside "Lancaster
   * County"), nor one in the state of another city the article names ({@link #implied}: "Odessa" on a page that names
   * Jacksonville is Odessa, Florida, not Texas'). The most populous city of exactly that name in the same country, at
   * the same precision; the place as it was when the tagger's choice is a city itself, or none has the name.
   */
  static IncidentPlace meant(IncidentPlace p, Gazetteer gazetteer, Predicate<String> divisionNamed,
      List<GeoName> counties, List<Toponym> toponyms) {
    if (p.geonameId() == null || p.featureCode() == null || !p.featureCode().startsWith("PPL")
        || p.locality() != null || divisionNamed.test(p.admin1()) || Counties.near(p.lat(), p.lon(), counties)
        || implied(p, toponyms)) {
      return p;
    }
    GeoName chosen = gazetteer.byId(p.geonameId()).orElse(null);
    if (chosen == null || is(chosen)) {
      return p;
    }
    GeoName best = Namesakes.largest(gazetteer, p.name(), g -> is(g) && g.countryCode().equals(p.countryCode()));
    return best == null ? p : SentencePlace.build(p.name(), p.locality(), p.near(), best, p.precision(),
        p.evidence());
  }

  /**
   * Whether the article names another city (a town of {@link #POPULATION} or more, as the toponym tagger resolved
   * it from the gazetteer) in the place's state: a bare city name implies its state as surely as the state's name.
   */
  static boolean implied(IncidentPlace p, List<Toponym> toponyms) {
    for (Toponym t : toponyms) {
      if (t.basis() == Toponym.Basis.GAZETTEER && t.place() != null
          && t.place().kind() == GeoName.Kind.POPULATED_PLACE && is(t.place())
          && t.place().countryCode().equals(p.countryCode()) && t.place().admin1Name() != null
          && t.place().admin1Name().equals(p.admin1())
          && !Long.valueOf(t.place().geonameId()).equals(p.geonameId())
          && !Outlet.letters(t.name()).equals(Outlet.letters(p.name()))) {
        return true;
      }
    }
    return false;
  }
}
