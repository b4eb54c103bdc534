package org.vigil.pipeline.resolve.geo.toponym;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;

/**
 * A representative point for a first-level division: the area centroid of the one-degree cells that hold at least
 * one of its populated places.
 *
 * <p>Why: the gazetteer places a division at the population-weighted centroid of its places, which sits in its
 * biggest city (Texas near Austin–Houston, Ontario near Toronto, Queensland near Brisbane), often hundreds of
 * kilometres from the centre of the territory that GeoNames and Wikipedia give as the division's point. Counting each
 * inhabited cell once approximates the territory instead. On the divisions named in the LGL and GeoVirus development
 * data, 81% of points land within 161 km of the reference point with this centroid, 63% with the population-weighted
 * one. This belongs in the gazetteer's build; until then it is computed here, once per division, and memoised.
 *
 * <p>Thread-safe.
 */
final class DivisionPoints {
  private static final double CELL = 1.0;
  private static final double RADIUS_KM = 3000;

  private final Gazetteer gazetteer;
  private final ConcurrentHashMap<Long, double[]> points = new ConcurrentHashMap<>();

  DivisionPoints(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The point of a division ({@code [lat, lon]}); the entry's own point for anything else. */
  double[] point(GeoName division) {
    if (division.kind() != GeoName.Kind.ADMIN1) {
      return new double[] {division.lat(), division.lon()};
    }
    return points.computeIfAbsent(division.geonameId(), id -> compute(division));
  }

  private double[] compute(GeoName d) {
    Set<Long> cells = new HashSet<>();
    double x = 0;
    double y = 0;
    double z = 0;
    for (GeoName p : gazetteer.near(d.lat(), d.lon(), RADIUS_KM, Integer.MAX_VALUE)) {
      if (!p.countryCode().equals(d.countryCode()) || !p.admin1Code().equals(d.admin1Code())) {
        continue;
      }
      long row = (long) Math.floor((p.lat() + 90) / CELL);
      long col = (long) Math.floor((p.lon() + 180) / CELL);
      if (cells.add(row * 1000 + col)) {
        double lat = Math.toRadians((row + 0.5) * CELL - 90);
        double lon = Math.toRadians((col + 0.5) * CELL - 180);
        double w = Math.cos(lat); // a cell's area shrinks towards the poles
        x += w * Math.cos(lat) * Math.cos(lon);
        y += w * Math.cos(lat) * Math.sin(lon);
        z += w * Math.sin(lat);
      }
    }
    if (cells.isEmpty()) {
      return new double[] {d.lat(), d.lon()};
    }
    return new double[] {Math.toDegrees(Math.atan2(z, Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x))};
  }
}
