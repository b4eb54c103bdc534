package org.vigil.geo.internal;

import java.util.Arrays;

/**
 * A one-degree grid over a range of entries, for nearest-place queries. Built in linear time from the coordinate
 * columns (a counting sort by cell); immutable and thread-safe once built.
 */
public final class GridIndex {

    private static final int ROWS = 180;
    private static final int COLS = 360;

    private final int[] latE5;
    private final int[] lonE5;
    private final int[] cellStart;
    private final int[] items;

    /** Indexes the entries {@code [from, to)}. */
    public GridIndex(int[] latE5, int[] lonE5, int from, int to) {
        this.latE5 = latE5;
        this.lonE5 = lonE5;
        int[] count = new int[ROWS * COLS + 1];
        for (int e = from; e < to; e++) {
            count[cell(latE5[e], lonE5[e]) + 1]++;
        }
        for (int c = 0; c < ROWS * COLS; c++) {
            count[c + 1] += count[c];
        }
        cellStart = count.clone();
        items = new int[to - from];
        int[] fill = Arrays.copyOf(count, count.length);
        for (int e = from; e < to; e++) {
            items[fill[cell(latE5[e], lonE5[e])]++] = e;
        }
    }

    /**
     * Entries within {@code radiusKm} of the point, nearest first (ties by entry index), at most {@code limit}.
     *
     * @throws IllegalArgumentException if a coordinate or the radius is not a finite, valid number, or the limit is
     *     negative
     */
    public int[] near(double lat, double lon, double radiusKm, int limit) {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
        if (!(radiusKm >= 0) || Double.isInfinite(radiusKm) || limit < 0) {
            throw new IllegalArgumentException("bad radius or limit: " + radiusKm + ", " + limit);
        }
        if (limit == 0) {
            return new int[0];
        }
        double dLat = radiusKm / Spherical.KM_PER_DEGREE;
        int rowMin = Math.max(0, (int) Math.floor(lat - dLat + 90));
        int rowMax = Math.min(ROWS - 1, (int) Math.floor(lat + dLat + 90));
        int colMin = 0;
        int colMax = COLS - 1;
        double maxAbsLat = Math.max(Math.abs(lat - dLat), Math.abs(lat + dLat));
        if (maxAbsLat < 89) {
            double dLon = dLat / Math.cos(Math.toRadians(maxAbsLat));
            if (dLon < 179) {
                colMin = (int) Math.floor(lon - dLon + 180);
                colMax = (int) Math.floor(lon + dLon + 180);
            }
        }
        long[] hits = new long[16];
        int n = 0;
        for (int row = rowMin; row <= rowMax; row++) {
            for (int col = colMin; col <= colMax; col++) {
                int cell = row * COLS + Math.floorMod(col, COLS);
                for (int i = cellStart[cell]; i < cellStart[cell + 1]; i++) {
                    int e = items[i];
                    double d = Spherical.distanceKm(lat, lon, latE5[e] / 1e5, lonE5[e] / 1e5);
                    if (d <= radiusKm) {
                        if (n == hits.length) {
                            hits = Arrays.copyOf(hits, n * 2);
                        }
                        // distance in metres (well below 2^31) in the high bits, entry in the low bits: one sort
                        hits[n++] = (Math.round(d * 1000) << 32) | e;
                    }
                }
            }
        }
        Arrays.sort(hits, 0, n);
        int[] out = new int[Math.min(n, limit)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) hits[i];
        }
        return out;
    }

    private static int cell(int latE5, int lonE5) {
        int row = Math.min(ROWS - 1, Math.max(0, Math.floorDiv(latE5 + 9_000_000, 100_000)));
        int col = Math.floorMod(Math.floorDiv(lonE5 + 18_000_000, 100_000), COLS);
        return row * COLS + col;
    }
}
