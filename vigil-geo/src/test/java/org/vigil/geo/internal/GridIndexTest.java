package org.vigil.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GridIndexTest {

    // entries 0..4: two near the antimeridian, one at the pole, one at Bamako, one not indexed (index 4)
    private static final int[] LAT = {-1_680_000, -1_690_000, 9_000_000, 1_265_000, 1_265_001};
    private static final int[] LON = {17_990_000, -17_995_000, 0, -800_000, -800_000};

    private final GridIndex grid = new GridIndex(LAT, LON, 0, 4);

    @Test
    void findsNeighboursOnBothSidesOfTheAntimeridian() {
        assertThat(grid.near(-16.85, 180.0, 50, 10)).containsExactlyInAnyOrder(0, 1);
        assertThat(grid.near(-16.85, -180.0, 50, 10)).containsExactlyInAnyOrder(0, 1);
        assertThat(grid.near(-16.8, 179.89, 50, 10)).containsExactly(0, 1);
    }

    @Test
    void nearestComesFirstAndTheLimitApplies() {
        assertThat(grid.near(-16.9, -179.95, 50, 10)).containsExactly(1, 0);
        assertThat(grid.near(-16.9, -179.95, 50, 1)).containsExactly(1);
    }

    @Test
    void theNorthPoleIsReachableFromAnyLongitude() {
        assertThat(grid.near(89.9, 123.0, 20, 10)).containsExactly(2);
    }

    @Test
    void onlyTheIndexedRangeIsSearchedAndTheRadiusIsInclusiveOfExactHits() {
        assertThat(grid.near(12.65, -8.0, 0, 10)).containsExactly(3);
        assertThat(grid.near(12.65, -8.0, 1, 10)).doesNotContain(4);
        assertThat(grid.near(0, 0, 100, 10)).isEmpty();
    }

    @Test
    void aRadiusAsLargeAsTheEarthFindsEverything() {
        assertThat(grid.near(0, 0, 20_100, 10)).containsExactlyInAnyOrder(0, 1, 2, 3);
    }
}
