package org.vigil.pipeline.resolve.geo;

import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;

/**
 * A county's seat where GeoNames marks none near the county's centre ({@link Counties#seat} reads only PPLA2): a
 * state's capital is marked PPLA (the country's PPLC), not PPLA2, though it is its county's seat ("Sacramento County"
 * pages had stayed "Sacramento (county)"). Stateless.
 */
final class CountySeat {

  private CountySeat() {}

  /**
   * The capital of the county's state (PPLA), or of the country (PPLC), nearest the county's centre within
   * {@link Counties#SEAT_KM} of it; null when there is none.
   *
   * @param county a county (ADM2) with a point
   */
  static GeoName standIn(Gazetteer gazetteer, IncidentPlace county) {
    for (GeoName g : gazetteer.near(county.lat(), county.lon(), Counties.SEAT_KM, 200)) {
      if (g.kind() == GeoName.Kind.POPULATED_PLACE && g.admin1Name().equals(county.admin1())
          && (g.featureCode().equals("PPLA") || g.featureCode().equals("PPLC"))) {
        return g;
      }
    }
    return null;
  }
}
