package org.vigil.geo;

import java.util.Objects;

/**
 * One gazetteer entry: a populated place from GeoNames cities500, a first-level administrative division, or a
 * country.
 *
 * <ul>
 *   <li>{@link Kind#POPULATED_PLACE}: a GeoNames row; {@code geonameId} is the GeoNames id, {@code featureClass} is
 *       "P" and {@code featureCode} the GeoNames code (PPL, PPLA, PPLC, …).</li>
 *   <li>{@link Kind#ADMIN1}: a division, {@code featureClass} "A", {@code featureCode} "ADM1"; coordinates are the
 *       area-weighted mean of the centres of the 1° x 1° cells that hold its cities500 places (an approximation of
 *       the centre of its territory) and {@code population} is their sum (an undercount of the real population).
 *       {@code geonameId} is a stable negative synthetic id derived from the country and admin1 code, because the
 *       sources carry no GeoNames id for divisions.</li>
 *   <li>{@link Kind#COUNTRY}: {@code featureClass} "A", {@code featureCode} "PCLI" for every country and territory
 *       (see {@link Country#independent()} for the difference); coordinates are world-countries' {@code latlng},
 *       except where that is more than 100 km from the area-weighted centroid of the country's largest polygon in
 *       Natural Earth's 1:50m shapes (the contiguous United States, not Alaska): there they are that centroid.
 *       Population is the sum of the country's cities500 places,
 *       {@code geonameId} is a stable negative synthetic id ({@code -1 … -676}, from the ISO2 letters).</li>
 * </ul>
 *
 * Strings are never null: an absent admin1 code or name is the empty string (always empty for countries).
 *
 * @param geonameId    the GeoNames id of a place; a synthetic negative id for countries and divisions
 * @param name         the display name as in the source, with its accents ("Ségou")
 * @param lat          latitude in degrees, 5 decimals as GeoNames publishes them
 * @param lon          longitude in degrees
 * @param countryCode  ISO 3166-1 alpha-2 code
 * @param admin1Code   the GeoNames first-level division code within the country ("OK", "27"), or ""
 * @param admin1Name   that division's name ("Oklahoma", "Borno State"), or "" if unknown
 * @param featureClass GeoNames feature class: "P" for places, "A" for countries and divisions
 * @param featureCode  GeoNames feature code: PPL, PPLA…, PPLC for places, "ADM1", "PCLI"
 * @param population   GeoNames population (0 when unknown); for countries and divisions the sum over their places
 * @param kind         what the entry is
 */
public record GeoName(long geonameId, String name, double lat, double lon, String countryCode, String admin1Code,
                      String admin1Name, String featureClass, String featureCode, long population, Kind kind) {

    /** What an entry is. */
    public enum Kind {
        /** A country or territory of world-countries. */
        COUNTRY,
        /** A first-level administrative division (state, province, region…). */
        ADMIN1,
        /** A populated place of GeoNames cities500 (city, town, village, section of a city). */
        POPULATED_PLACE
    }

    /** Validates: strings and kind not null, coordinates in range, population not negative. */
    public GeoName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(admin1Code, "admin1Code");
        Objects.requireNonNull(admin1Name, "admin1Name");
        Objects.requireNonNull(featureClass, "featureClass");
        Objects.requireNonNull(featureCode, "featureCode");
        Objects.requireNonNull(kind, "kind");
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
        if (population < 0) {
            throw new IllegalArgumentException("negative population: " + population);
        }
    }

    /**
     * Great-circle distance to another entry; see {@link Geo#distanceKm}.
     *
     * @param other not null
     * @return kilometres
     */
    public double distanceKm(GeoName other) {
        return Geo.distanceKm(lat, lon, other.lat, other.lon);
    }
}
