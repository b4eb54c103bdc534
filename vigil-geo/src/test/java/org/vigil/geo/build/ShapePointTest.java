package org.vigil.geo.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapePointTest {

    /** A closed ring through the given (lon, lat) corners. */
    private static TopoJson.Ring ring(double... lonLat) {
        int n = lonLat.length / 2;
        double[] lon = new double[n + 1];
        double[] lat = new double[n + 1];
        for (int i = 0; i < n; i++) {
            lon[i] = lonLat[2 * i];
            lat[i] = lonLat[2 * i + 1];
        }
        lon[n] = lon[0];
        lat[n] = lat[0];
        return new TopoJson.Ring(lon, lat);
    }

    private static TopoJson.Ring box(double west, double south, double east, double north) {
        return ring(west, south, east, south, east, north, west, north);
    }

    @Test
    void aBoxNearTheEquatorHasItsMiddleAsCentroid() {
        ShapePoint.Result r = ShapePoint.of(List.of(List.of(box(10, -1, 12, 1))));
        assertThat(r.basis()).isEqualTo(ShapePoint.Basis.SHAPE);
        assertThat(r.lat()).isCloseTo(0, within(1e-9));
        assertThat(r.lon()).isCloseTo(11, within(1e-9));
    }

    @Test
    void areaIsWeightedOnTheSphereSoLowLatitudesCountMore() {
        // a box from 0 to 60 N: equal-area centroid at asin((sin 0 + sin 60) / 2) = 25.66, not 30
        ShapePoint.Result r = ShapePoint.of(List.of(List.of(box(0, 0, 10, 60))));
        assertThat(r.lat()).isCloseTo(Math.toDegrees(Math.asin(Math.sqrt(3) / 4)), within(1e-9));
        // the winding does not matter
        TopoJson.Ring reversed = ring(0, 0, 0, 60, 10, 60, 10, 0);
        assertThat(ShapePoint.of(List.of(List.of(reversed))).lat()).isCloseTo(r.lat(), within(1e-9));
    }

    @Test
    void aHoleIsSubtracted() {
        // a 4 x 2 box with its eastern half cut out but for a rim: the centroid moves west of the middle
        TopoJson.Ring outer = box(0, -1, 4, 1);
        TopoJson.Ring hole = box(2, -0.9, 3.9, 0.9);
        ShapePoint.Result r = ShapePoint.of(List.of(List.of(outer, hole)));
        assertThat(r.basis()).isEqualTo(ShapePoint.Basis.SHAPE);
        assertThat(r.lon()).isBetween(1.0, 1.9);
    }

    @Test
    void theLargestPolygonAloneGivesThePointSoDistantPartsDoNotDragIt() {
        TopoJson.Ring mainland = box(-120, 30, -80, 45);
        TopoJson.Ring farIsland = box(-160, 60, -145, 68);
        ShapePoint.Result r = ShapePoint.of(List.of(List.of(farIsland), List.of(mainland)));
        assertThat(r.basis()).isEqualTo(ShapePoint.Basis.SHAPE);
        assertThat(r.lon()).isCloseTo(-100, within(1e-9));
        assertThat(r.lat()).isBetween(37.0, 38.0);
    }

    @Test
    void aRingAcrossTheAntimeridianIsUnwrapped() {
        // 178 E to 178 W, written as the data does: jumping from 180 to -180
        TopoJson.Ring r = ring(178, -1, 180, -1, -180, -1, -178, -1, -178, 1, -180, 1, 180, 1, 178, 1);
        ShapePoint.Result p = ShapePoint.of(List.of(List.of(r)));
        assertThat(p.basis()).isEqualTo(ShapePoint.Basis.SHAPE);
        assertThat(Math.abs(p.lon())).isCloseTo(180, within(1e-9));
        assertThat(p.lat()).isCloseTo(0, within(1e-9));
    }

    @Test
    void noPointForARingAroundAPole() {
        List<Double> lonLat = new ArrayList<>();
        for (int lon = -180; lon < 180; lon += 30) {
            lonLat.add((double) lon);
            lonLat.add(-70.0);
        }
        TopoJson.Ring antarctic = ring(lonLat.stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(ShapePoint.of(List.of(List.of(antarctic))).basis()).isEqualTo(ShapePoint.Basis.ENCLOSES_POLE);
    }

    @Test
    void noPointForAnArchipelagoWithoutADominantIsland() {
        List<List<TopoJson.Ring>> islands = List.of(
                List.of(box(0, 0, 3, 1)), List.of(box(5, 0, 7, 1)), List.of(box(9, 0, 11, 1)));
        assertThat(ShapePoint.of(islands).basis()).isEqualTo(ShapePoint.Basis.NO_DOMINANT_LANDMASS);
        // two main islands, the larger with 56% of the land, as New Zealand's South Island
        List<List<TopoJson.Ring>> twoIslands = List.of(List.of(box(0, 0, 5.6, 1)), List.of(box(10, 0, 14.4, 1)));
        assertThat(ShapePoint.of(twoIslands).basis()).isEqualTo(ShapePoint.Basis.NO_DOMINANT_LANDMASS);
    }

    @Test
    void noPointWhenTheCentroidFallsOutsideTheShape() {
        // a C open to the east: its centroid lies in the gap
        TopoJson.Ring c = ring(0, 0, 10, 0, 10, 1, 1, 1, 1, 9, 10, 9, 10, 10, 0, 10);
        assertThat(ShapePoint.of(List.of(List.of(c))).basis()).isEqualTo(ShapePoint.Basis.CENTRE_OFF_LAND);
    }

    @Test
    void noPointWithoutPolygons() {
        assertThat(ShapePoint.of(List.of()).basis()).isEqualTo(ShapePoint.Basis.NO_SHAPE);
        assertThat(ShapePoint.of(List.of()).found()).isFalse();
    }
}
