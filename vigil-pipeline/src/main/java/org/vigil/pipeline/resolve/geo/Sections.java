package org.vigil.pipeline.resolve.geo;

import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;

/**
 * Sections of towns the gazetteer knows as places of their own (GeoNames PPLX: "Portage Park" in Chicago,
 * "Williamsburg" in New York): an incident there happened in the town, as the town's own registers and reports name
 * it. Thread-safe; the gazetteer is shared.
 */
final class Sections {
  /** How far from a town's point a section of it may lie. */
  static final double REACH_KM = 30;

  private final Gazetteer gazetteer;

  Sections(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The town a section is part of, at the section's point (the more precise one): the most populous county seat or
   * capital of the section's division within {@link #REACH_KM} of it, when one is larger than the section. Any other
   * place, or a section with no such town, as it was.
   */
  IncidentPlace town(IncidentPlace p) {
    if (!"PPLX".equals(p.featureCode()) || p.lat() == null || p.geonameId() == null) {
      return p;
    }
    long people = gazetteer.byId(p.geonameId()).map(GeoName::population).orElse(0L);
    GeoName town = null;
    for (GeoName g : gazetteer.near(p.lat(), p.lon(), REACH_KM, Integer.MAX_VALUE)) {
      if ((g.featureCode().startsWith("PPLA") || g.featureCode().equals("PPLC"))
          && g.countryCode().equals(p.countryCode()) && g.admin1Name().equals(p.admin1())
          && g.population() > Math.max(people, town == null ? 0 : town.population())) {
        town = g;
      }
    }
    return town == null ? p : new IncidentPlace(p.name(), p.locality(), p.near(), town.name(), town.geonameId(),
        p.lat(), p.lon(), town.admin1Name(), town.countryCode(), town.featureCode(), p.precision(), p.evidence());
  }
}
