package org.vigil.geo.build;

import java.util.List;

/**
 * A country's representative point from its shape: the area-weighted centroid of its largest polygon.
 *
 * <p>Why the largest polygon: a country's point stands for its main territory. The centroid of all its land is
 * dragged by distant parts (Alaska and Hawaii put the United States' in Wyoming, overseas departments put France's in
 * Spain); the centroid of the main landmass is where gazetteers put the country (GeoNames' point for the
 * United States is the centre of the contiguous states).
 *
 * <p>How: each ring is unwrapped so that no edge is longer than 180° of longitude (rings that cross the antimeridian
 * jump from +180 to -180 in the data), then projected to the Lambert cylindrical equal-area projection
 * ({@code x = longitude, y = sin(latitude)}), where the shoelace formula gives true areas and area moments. Holes are
 * subtracted whatever their winding. The centroid is taken back to latitude with {@code asin}. Over a country the edges
 * of a 1:50m shape are short enough that straight lines in the projection stand for the real edges.
 *
 * <p>No point, so that the caller keeps its own, when the shape cannot give a meaningful one:
 * <ul>
 *   <li>a ring winds around a pole (Antarctica): it has no centroid in the projection;</li>
 *   <li>the largest polygon holds less than two thirds of the country's area: an archipelago or a country of two
 *       main islands (Indonesia, the Philippines, New Zealand), whose largest island does not stand for the country.
 *       Measured on the LGL and GeoVirus evaluations, any share from 0.6 to 0.75 gives the same accuracy, and a
 *       half does worse (New Zealand's South Island holds 56% of its land and its centre is 430 km from the usual
 *       point of New Zealand);</li>
 *   <li>the centroid falls outside the largest polygon: a bent or hollow shape (Vietnam, Norway) whose centroid lies
 *       in a neighbour or at sea.</li>
 * </ul>
 *
 * <p>Stateless.
 */
final class ShapePoint {

    /** The least share of a country's area that its largest polygon must hold to stand for the country. */
    static final double DOMINANT_SHARE = 2.0 / 3;

    private ShapePoint() {
    }

    /** How a country's point was decided. */
    enum Basis {
        /** The centroid of the largest polygon. */
        SHAPE,
        /** The country has no polygon in the shapes. */
        NO_SHAPE,
        /** A ring winds around a pole. */
        ENCLOSES_POLE,
        /** The largest polygon holds less than {@link #DOMINANT_SHARE} of the area. */
        NO_DOMINANT_LANDMASS,
        /** The centroid is not inside the largest polygon. */
        CENTRE_OFF_LAND
    }

    /**
     * The outcome; {@code lat} and {@code lon} are meaningful only for {@link Basis#SHAPE}.
     *
     * @param basis how it was decided
     * @param lat   degrees, in [-90, 90]
     * @param lon   degrees, in [-180, 180)
     */
    record Result(Basis basis, double lat, double lon) {
        boolean found() {
            return basis == Basis.SHAPE;
        }

        static Result none(Basis basis) {
            return new Result(basis, Double.NaN, Double.NaN);
        }
    }

    /**
     * The representative point of a shape.
     *
     * @param polygons the country's polygons, each its exterior ring and then its holes; may be empty
     */
    static Result of(List<List<TopoJson.Ring>> polygons) {
        Polygon largest = null;
        double total = 0;
        for (List<TopoJson.Ring> rings : polygons) {
            if (rings.isEmpty()) {
                continue;
            }
            Polygon p = Polygon.of(rings);
            if (p == null) {
                return Result.none(Basis.ENCLOSES_POLE);
            }
            if (p.area <= 0) {
                continue; // degenerate
            }
            total += p.area;
            if (largest == null || p.area > largest.area) {
                largest = p;
            }
        }
        if (largest == null) {
            return Result.none(Basis.NO_SHAPE);
        }
        if (largest.area < DOMINANT_SHARE * total) {
            return Result.none(Basis.NO_DOMINANT_LANDMASS);
        }
        double cx = largest.mx / largest.area;
        double cy = largest.my / largest.area;
        if (!largest.contains(cx, cy)) {
            return Result.none(Basis.CENTRE_OFF_LAND);
        }
        double lat = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, cy))));
        double lon = cx - 360 * Math.floor((cx + 180) / 360);
        return new Result(Basis.SHAPE, lat, lon);
    }

    /** A polygon in the projection: unwrapped rings, its area and its area moments. */
    private static final class Polygon {
        final double[][] xs;
        final double[][] ys;
        double area;
        double mx;
        double my;

        private Polygon(int rings) {
            xs = new double[rings][];
            ys = new double[rings][];
        }

        /** The polygon, or null if a ring winds around a pole. */
        static Polygon of(List<TopoJson.Ring> rings) {
            Polygon p = new Polygon(rings.size());
            for (int r = 0; r < rings.size(); r++) {
                TopoJson.Ring ring = rings.get(r);
                int n = ring.size();
                double[] x = new double[n];
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    if (i == 0) {
                        x[0] = ring.lon()[0];
                    } else {
                        double d = ring.lon()[i] - ring.lon()[i - 1];
                        x[i] = x[i - 1] + d - 360 * Math.rint(d / 360);
                    }
                    y[i] = Math.sin(Math.toRadians(ring.lat()[i]));
                }
                if (n > 0 && Math.abs(x[n - 1] - x[0]) > 180) {
                    return null; // the ring went once around: it encloses a pole
                }
                if (r > 0 && n > 0) {
                    // a hole in the same longitude frame as the exterior ring
                    double shift = 360 * Math.rint((x[0] - p.xs[0][0]) / 360);
                    for (int i = 0; i < n; i++) {
                        x[i] -= shift;
                    }
                }
                p.xs[r] = x;
                p.ys[r] = y;
            }
            if (p.xs[0].length == 0) {
                return p;
            }
            // moments relative to the first position, which keeps the shoelace sums small and exact enough
            double ox = p.xs[0][0];
            double oy = p.ys[0][0];
            for (int r = 0; r < rings.size(); r++) {
                double a = 0;
                double sx = 0;
                double sy = 0;
                double[] x = p.xs[r];
                double[] y = p.ys[r];
                for (int i = 0; i < x.length; i++) {
                    int j = i + 1 < x.length ? i + 1 : 0; // closes the ring if its last position is not its first
                    double x0 = x[i] - ox;
                    double y0 = y[i] - oy;
                    double x1 = x[j] - ox;
                    double y1 = y[j] - oy;
                    double c = x0 * y1 - x1 * y0;
                    a += c;
                    sx += (x0 + x1) * c;
                    sy += (y0 + y1) * c;
                }
                a /= 2;
                sx /= 6;
                sy /= 6;
                // the exterior counts positively and the holes negatively, whichever way they wind
                double sign = Math.signum(a) * (r == 0 ? 1 : -1);
                p.area += sign * a;
                p.mx += sign * (sx + ox * a);
                p.my += sign * (sy + oy * a);
            }
            return p;
        }

        /** Even-odd rule over the exterior ring and the holes. */
        boolean contains(double px, double py) {
            boolean inside = false;
            for (int r = 0; r < xs.length; r++) {
                double[] x = xs[r];
                double[] y = ys[r];
                for (int i = 0; i < x.length; i++) {
                    int j = i + 1 < x.length ? i + 1 : 0;
                    if ((y[i] > py) != (y[j] > py)) {
                        double cross = x[i] + (py - y[i]) * (x[j] - x[i]) / (y[j] - y[i]);
                        if (cross > px) {
                            inside = !inside;
                        }
                    }
                }
            }
            return inside;
        }
    }
}
