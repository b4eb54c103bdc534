package org.vigil.geo;

import org.vigil.geo.internal.Spherical;

/** Spherical geometry helpers. Stateless. */
public final class Geo {

    /** Mean Earth radius (IUGG), in kilometres. */
    public static final double EARTH_RADIUS_KM = Spherical.EARTH_RADIUS_KM;

    private Geo() {
    }

    /**
     * Great-circle distance by the haversine formula, on a sphere of {@link #EARTH_RADIUS_KM}.
     *
     * @return the distance in kilometres, between 0 and about 20,015; NaN if any argument is NaN
     */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return Spherical.distanceKm(lat1, lon1, lat2, lon2);
    }
}
