package org.vigil.geo.build;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.geo.internal.Spherical;

/**
 * The point of every country: world-countries' {@code latlng}, moved to the {@linkplain ShapePoint centroid of the
 * country's largest polygon} in the Natural Earth shapes when it is more than {@value #KEEP_WITHIN_KM} km from it.
 *
 * <p>Why move it: {@code latlng} is rounded to whole degrees and for some large countries is far from the centre of
 * their main land, where gazetteers put them (the United States' (38, -97) is 235 km from GeoNames' point, the centre
 * of the contiguous states), which geoparsing benchmarks count as a wrong answer for every mention of the country.
 *
 * <p>Why not always: for most countries {@code latlng} is the conventional point, the one GeoNames and Wikipedia
 * share, and is as central as a centroid. A whole-degree point is up to 79 km from the point it rounds, so a
 * {@code latlng} within {@value #KEEP_WITHIN_KM} km of the centroid differs from it by little more than its rounding
 * and is kept. Measured on the LGL and GeoVirus evaluations: accuracy within 161 km is the same whether countries
 * within 0 or up to 150 km of their centroid keep their point, but moving every country puts many mentions that
 * were exactly on the gold point 20 to 140 km off (median error 20.9 and 50.2 km, against 11.1 and 39.6 km keeping
 * those within 100 km, and 2.4 and 21.1 km with world-countries' points alone, which are 3.4 and 9.5 points less
 * accurate).
 *
 * <p>A country is paired with the shapes whose id is its ISO 3166-1 numeric code (all of them: Natural Earth splits
 * some countries into several geometries with one id); a country without a numeric code, or whose code no shape has,
 * is paired with the shapes without an id whose name is its common name (Kosovo).
 */
final class CountryPoints {

    /** A {@code latlng} this close to the centroid of the main land is kept. */
    static final double KEEP_WITHIN_KM = 100;

    private CountryPoints() {
    }

    /** Where a country's point comes from, and why. */
    enum Decision {
        /** Moved to the centroid of the largest polygon: {@code latlng} was more than {@link #KEEP_WITHIN_KM} away. */
        CENTROID,
        /** {@code latlng}, within {@link #KEEP_WITHIN_KM} of the centroid. */
        LATLNG_NEAR_CENTROID,
        /** {@code latlng}: the shapes give no centroid ({@link ShapePoint.Basis} says why). */
        LATLNG_NO_CENTROID
    }

    /**
     * A country's point in 10^-5 degrees.
     *
     * @param decision where it comes from
     * @param basis    what the shapes gave: {@link ShapePoint.Basis#SHAPE} or why they gave no centroid
     */
    record Point(int latE5, int lonE5, Decision decision, ShapePoint.Basis basis) {
    }

    /**
     * The points, by ISO2 code, in the order of {@code countries}.
     *
     * @param countries world-countries
     * @param shapes    the country geometries of world-atlas
     */
    static Map<String, Point> of(List<Sources.WcCountry> countries, List<TopoJson.Shape> shapes) {
        Map<String, List<List<TopoJson.Ring>>> byId = new HashMap<>();
        Map<String, List<List<TopoJson.Ring>>> byName = new HashMap<>();
        for (TopoJson.Shape s : shapes) {
            Map<String, List<List<TopoJson.Ring>>> target = s.id().isEmpty() ? byName : byId;
            String key = s.id().isEmpty() ? s.name() : s.id();
            if (!key.isEmpty()) {
                target.computeIfAbsent(key, k -> new ArrayList<>()).addAll(s.polygons());
            }
        }
        Map<String, Point> out = new LinkedHashMap<>();
        for (Sources.WcCountry c : countries) {
            List<List<TopoJson.Ring>> polygons = byId.get(c.numeric());
            if (c.numeric().isEmpty() || polygons == null) {
                polygons = byName.getOrDefault(c.name(), List.of());
            }
            out.put(c.iso2(), choose(c.latE5(), c.lonE5(), ShapePoint.of(polygons)));
        }
        return out;
    }

    /** The country's point given its {@code latlng} and what its shape gave. */
    static Point choose(int latE5, int lonE5, ShapePoint.Result shape) {
        if (!shape.found()) {
            return new Point(latE5, lonE5, Decision.LATLNG_NO_CENTROID, shape.basis());
        }
        double km = Spherical.distanceKm(latE5 / 1e5, lonE5 / 1e5, shape.lat(), shape.lon());
        if (km <= KEEP_WITHIN_KM) {
            return new Point(latE5, lonE5, Decision.LATLNG_NEAR_CENTROID, shape.basis());
        }
        return new Point(e5(shape.lat()), e5(shape.lon()), Decision.CENTROID, shape.basis());
    }

    /** How many points each decision and basis gave, for the build log. */
    static String tally(Map<String, Point> points) {
        Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
        Map<ShapePoint.Basis, Integer> bases = new EnumMap<>(ShapePoint.Basis.class);
        for (Point p : points.values()) {
            decisions.merge(p.decision(), 1, Integer::sum);
            if (p.decision() == Decision.LATLNG_NO_CENTROID) {
                bases.merge(p.basis(), 1, Integer::sum);
            }
        }
        return decisions + ", no centroid because " + bases;
    }

    private static int e5(double degrees) {
        return (int) Math.round(degrees * 1e5);
    }
}
