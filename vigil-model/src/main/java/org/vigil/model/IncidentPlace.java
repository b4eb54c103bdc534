package org.vigil.model;

import java.util.Objects;

/**
 * Where an incident happened.
 *
 * @param name the most specific place name the article gives (a site such as "Le Campement Kangaba", or a town)
 * @param locality the locality the site is in, as written ("Dougourakoro"), or null
 * @param near the place it is said to be near ("Bamako"), or null
 * @param resolvedName the gazetteer place the coordinates come from, or null when unresolved
 * @param geonameId GeoNames id of the resolved place, or null
 * @param lat latitude of the resolved place, or of the part of it the article names when that is a section of a
 *     town the gazetteer knows ("Portage Park" in Chicago), or null
 * @param lon longitude, likewise, or null
 * @param admin1 first-level division name, or null
 * @param countryCode ISO 3166-1 alpha-2 country code, or null
 * @param featureCode GeoNames feature code of the resolved place (PPLC, PPL, ADM1, PCLI), or null
 * @param precision ACLED geo_precision: 1 the exact town, 2 near a town or part of a region, 3 a region only;
 *     0 when unresolved
 * @param evidence the supporting text
 * @param postalTown the town a postal address of the place carries when that is not the place's own name and the
 *     article names it too (Pittsburgh for Wilkinsburg, whose ZIP code's postal city it is), or null
 */
public record IncidentPlace(String name, String locality, String near, String resolvedName, Long geonameId,
    Double lat, Double lon, String admin1, String countryCode, String featureCode, int precision,
    Evidence evidence, String postalTown) {
  /** A place without a postal town of its own. */
  public IncidentPlace(String name, String locality, String near, String resolvedName, Long geonameId,
      Double lat, Double lon, String admin1, String countryCode, String featureCode, int precision,
      Evidence evidence) {
    this(name, locality, near, resolvedName, geonameId, lat, lon, admin1, countryCode, featureCode, precision,
        evidence, null);
  }

  /** This place with the given postal town. */
  public IncidentPlace withPostalTown(String town) {
    return new IncidentPlace(name, locality, near, resolvedName, geonameId, lat, lon, admin1, countryCode,
        featureCode, precision, evidence, town);
  }

  public IncidentPlace {
    Objects.requireNonNull(name, "name");
    if (precision < 0 || precision > 3) {
      throw new IllegalArgumentException("precision must be 0..3, was " + precision);
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon must both be set or both be null");
    }
  }
}
