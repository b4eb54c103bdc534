package org.vigil.geo.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CentroidTest {

    private static Sources.Place place(double lat, double lon, long population) {
        return new Sources.Place(1, "x", "x", new String[0], (int) Math.round(lat * 1e5),
                (int) Math.round(lon * 1e5), "P", "PPL", "XX", "01", population);
    }

    @Test
    void eachOccupiedCellCountsOnceWhateverItsTownsAndPeople() {
        Centroid c = new Centroid();
        c.add(place(0.2, 0.2, 5_000_000)); // a big city and its suburbs in cell (0, 0)
        c.add(place(0.3, 0.7, 100_000));
        c.add(place(0.9, 0.1, 100_000));
        c.add(place(0.5, 2.5, 600)); // one village two cells east
        assertThat(c.latE5()).isCloseTo(50_000, within(20)); // a mean on the sphere, a hair poleward
        assertThat(c.lonE5()).isBetween(149_990, 150_010); // the mean of cell centres 0.5 and 2.5
        assertThat(c.population).isEqualTo(5_200_600);
    }

    @Test
    void cellsAcrossTheAntimeridianAverageToIt() {
        Centroid c = new Centroid();
        c.add(place(-17.5, 179.5, 1));
        c.add(place(-17.5, -179.5, 1));
        assertThat(Math.abs(c.lonE5())).isGreaterThan(17_999_000);
        assertThat(c.latE5()).isCloseTo(-1_750_000, within(100)); // both cells' centres are at 17.5 S
    }
}
