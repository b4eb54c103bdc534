package org.vigil.geo;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory of world-countries (ODbL).
 *
 * @param iso2         ISO 3166-1 alpha-2 code, e.g. "ML"
 * @param iso3         ISO 3166-1 alpha-3 code, e.g. "MLI"
 * @param name         common English name, e.g. "Mali"
 * @param officialName official English name, e.g. "Republic of Mali"
 * @param lat          the latitude of the country's {@link GeoName.Kind#COUNTRY} entry: world-countries'
 *                     {@code latlng}, or the centroid of its largest Natural Earth polygon where that is far from it
 *                     (see {@link GeoName})
 * @param lon          its longitude
 * @param capital      the capital's name as in the gazetteer (see {@link Gazetteer#capital}), or world-countries'
 *                     capital when no gazetteer place matched; empty if the country has none
 * @param demonyms     English demonyms: world-countries' plus the news forms the gazetteer adds ("Briton"); an
 *                     unmodifiable list, possibly empty
 * @param independent  whether world-countries marks it independent (false for territories and for Kosovo)
 * @param geonameId    the id of this country's {@link GeoName.Kind#COUNTRY} entry, which
 *                     {@link Gazetteer#byId} resolves: in the bundled data a synthetic negative id, since the sources
 *                     have no GeoNames ids for countries; 0 if unknown
 */
public record Country(String iso2, String iso3, String name, String officialName, double lat, double lon,
                      String capital, List<String> demonyms, boolean independent, long geonameId) {

    /** Validates non-null fields and copies the demonyms. */
    public Country {
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(officialName, "officialName");
        Objects.requireNonNull(capital, "capital");
        demonyms = List.copyOf(demonyms);
    }
}
