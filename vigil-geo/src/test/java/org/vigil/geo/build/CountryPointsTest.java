package org.vigil.geo.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryPointsTest {

    private static final ShapePoint.Result CENTROID = new ShapePoint.Result(ShapePoint.Basis.SHAPE, 38.9, -99.0);

    @Test
    void aWorldCountriesPointFarFromTheCentroidMovesToIt() {
        CountryPoints.Point p = CountryPoints.choose(3_800_000, -9_700_000, CENTROID); // about 200 km away
        assertThat(p.decision()).isEqualTo(CountryPoints.Decision.CENTROID);
        assertThat(p.latE5()).isEqualTo(3_890_000);
        assertThat(p.lonE5()).isEqualTo(-9_900_000);
    }

    @Test
    void aWorldCountriesPointNearTheCentroidIsKept() {
        CountryPoints.Point p = CountryPoints.choose(3_900_000, -9_800_000, CENTROID); // about 87 km away
        assertThat(p.decision()).isEqualTo(CountryPoints.Decision.LATLNG_NEAR_CENTROID);
        assertThat(p.latE5()).isEqualTo(3_900_000);
        assertThat(p.lonE5()).isEqualTo(-9_800_000);
    }

    @Test
    void withoutACentroidTheWorldCountriesPointIsKeptAndTheReasonRecorded() {
        CountryPoints.Point p = CountryPoints.choose(-500_000, 12_000_000,
                ShapePoint.Result.none(ShapePoint.Basis.NO_DOMINANT_LANDMASS));
        assertThat(p.decision()).isEqualTo(CountryPoints.Decision.LATLNG_NO_CENTROID);
        assertThat(p.basis()).isEqualTo(ShapePoint.Basis.NO_DOMINANT_LANDMASS);
        assertThat(p.latE5()).isEqualTo(-500_000);
    }

    @Test
    void countriesArePairedWithShapesByNumericCodeOrElseByName() {
        TopoJson.Ring far = ring(10, 10, 20, 20); // a box centred far from (0, 0)
        List<TopoJson.Shape> shapes = List.of(
                new TopoJson.Shape("004", "", List.of(List.of(far))),
                new TopoJson.Shape("", "Kosovo", List.of(List.of(far))));
        List<Sources.WcCountry> countries = List.of(country("AF", "004", "Afghanistan"),
                country("XK", "", "Kosovo"), country("ZZ", "999", "Nowhere"));
        var points = CountryPoints.of(countries, shapes);
        assertThat(points.get("AF").decision()).isEqualTo(CountryPoints.Decision.CENTROID);
        assertThat(points.get("XK").decision()).isEqualTo(CountryPoints.Decision.CENTROID);
        assertThat(points.get("ZZ").basis()).isEqualTo(ShapePoint.Basis.NO_SHAPE);
        assertThat(points.get("ZZ").latE5()).isZero();
    }

    private static Sources.WcCountry country(String iso2, String numeric, String name) {
        return new Sources.WcCountry(iso2, iso2 + "X", numeric, name, name, List.of(), List.of(), 0, 0, List.of(),
                true);
    }

    private static TopoJson.Ring ring(double west, double south, double east, double north) {
        return new TopoJson.Ring(new double[] {west, east, east, west, west},
                new double[] {south, south, north, north, south});
    }
}
