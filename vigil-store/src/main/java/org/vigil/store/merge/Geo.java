package org.vigil.store.merge;

/** Great-circle distance, and the degrees a box needs to cover a radius. */
public final class Geo {
  private static final double EARTH_KM = 6371.0088;

  private Geo() {}

  /** Haversine distance in km. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }

  /** Degrees of latitude spanning {@code km}. */
  public static double latDegrees(double km) {
    return km / 111.195;
  }

  /** Degrees of longitude spanning {@code km} at latitude {@code lat} (capped at 180). */
  public static double lonDegrees(double km, double lat) {
    double c = Math.cos(Math.toRadians(Math.min(89.0, Math.abs(lat))));
    return Math.min(180.0, km / (111.195 * c));
  }
}
