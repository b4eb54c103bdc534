package org.vigil.pipeline.resolve.geo;

import java.util.List;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;

/**
 * A country's name that a local outlet's page uses as a town's: "Police in Lebanon said", "a Lebanon boy" on a
 * station whose pages are about one state, which has a town of that name. The toponym tagger reads the bare name as
 * the country ({@link Names} leaves countries alone), and the page then has no town at all. Thread-safe; the
 * gazetteer is shared.
 */
final class CountryTown {
  private final Gazetteer gazetteer;
  private final OutletClues clues;
  private final LearnedHome learned;

  CountryTown(Gazetteer gazetteer, OutletClues clues, LearnedHome learned) {
    this.gazetteer = gazetteer;
    this.clues = clues;
    this.learned = learned;
  }

  /**
   * The town of the country's name in the outlet's state (the state its title or address names,
   * {@link OutletClues#state}, else the one its other pages place their incidents in, {@link LearnedHome#state}),
   * the most populous of exactly that name, when the place is a country the page never calls by a nationality word
   * ("Lebanese") and in which it names no other place (its capital, a province): a story of that country would.
   * Precision 1: the text names the town. Otherwise the place as it was.
   */
  IncidentPlace over(IncidentPlace p, Annotated doc, List<Toponym> toponyms) {
    if (p == null || p.featureCode() == null || !p.featureCode().startsWith("PCL") || p.name() == null
        || p.countryCode() == null) {
      return p;
    }
    String named = clues.state(doc.article());
    String state = named != null ? named : learned.state(doc.article());
    if (state == null || nationalityNamed(p.countryCode(), doc) || placeIn(p.countryCode(), toponyms)) {
      return p;
    }
    GeoName best = null;
    for (GeoName g : gazetteer.lookup(p.name())) {
      if (g.kind() == GeoName.Kind.POPULATED_PLACE && g.name().equals(p.name()) && state.equals(g.admin1Name())
          && !p.countryCode().equals(g.countryCode()) && (best == null || g.population() > best.population())) {
        best = g;
      }
    }
    return best == null ? p : SentencePlace.build(p.name(), p.locality(), p.near(), best, 1, p.evidence());
  }

  /** Whether the toponym tagger put a place other than the country itself in it ("Beirut"). */
  private static boolean placeIn(String country, List<Toponym> toponyms) {
    for (Toponym t : toponyms) {
      if (t.place() != null && country.equals(t.place().countryCode()) && t.place().kind() != GeoName.Kind.COUNTRY) {
        return true;
      }
    }
    return false;
  }

  /** Whether a capitalised word of the text is a nationality of the country ("Lebanese" for Lebanon). */
  private boolean nationalityNamed(String country, Annotated doc) {
    for (Sentence s : doc.sentences()) {
      for (Token k : s.tokens()) {
        if (k.isCapitalised() && k.word().length() >= 3
            && gazetteer.nationality(k.word()).stream().anyMatch(c -> c.iso2().equals(country))) {
          return true;
        }
      }
    }
    return false;
  }
}
