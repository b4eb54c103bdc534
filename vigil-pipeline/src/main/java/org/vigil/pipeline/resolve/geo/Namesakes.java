package org.vigil.pipeline.resolve.geo;

import java.util.function.Predicate;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;

/**
 * The namesakes of a town name in the gazetteer, for the rules that take the most populous one: a bare city name's
 * city ({@link City#meant}), a quarter's town ({@link QuarterOf}), a police force's city ({@link PoliceCity}), a
 * place in the story's country ({@link Names}). Stateless.
 */
final class Namesakes {
  private Namesakes() {}

  /**
   * The most populous populated place whose name has exactly the letters of {@code name} ({@link Outlet#letters}:
   * case, accents, spaces and punctuation aside) and that {@code also} accepts; the first the gazetteer lists on a
   * tie; null when there is none.
   */
  static GeoName largest(Gazetteer gazetteer, String name, Predicate<GeoName> also) {
    String key = Outlet.letters(name);
    GeoName best = null;
    for (GeoName g : gazetteer.lookup(name)) {
      if (g.kind() == GeoName.Kind.POPULATED_PLACE && Outlet.letters(g.name()).equals(key) && also.test(g)
          && (best == null || g.population() > best.population())) {
        best = g;
      }
    }
    return best;
  }
}
