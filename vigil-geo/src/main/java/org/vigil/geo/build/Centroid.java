package org.vigil.geo.build;

/**
 * The population-weighted centroid of a division's places (unweighted if none has a population), as the mean of
 * unit vectors, so that divisions across the antimeridian come out right.
 */
final class Centroid {
    long population;
    private double wx;
    private double wy;
    private double wz;
    private double ux;
    private double uy;
    private double uz;

    void add(Sources.Place p) {
        double la = Math.toRadians(p.latE5() / 1e5);
        double lo = Math.toRadians(p.lonE5() / 1e5);
        double x = Math.cos(la) * Math.cos(lo);
        double y = Math.cos(la) * Math.sin(lo);
        double z = Math.sin(la);
        population += p.population();
        wx += p.population() * x;
        wy += p.population() * y;
        wz += p.population() * z;
        ux += x;
        uy += y;
        uz += z;
    }

    int latE5() {
        double x = population > 0 ? wx : ux;
        double y = population > 0 ? wy : uy;
        double z = population > 0 ? wz : uz;
        return (int) Math.round(Math.toDegrees(Math.atan2(z, Math.hypot(x, y))) * 1e5);
    }

    int lonE5() {
        double x = population > 0 ? wx : ux;
        double y = population > 0 ? wy : uy;
        return (int) Math.round(Math.toDegrees(Math.atan2(y, x)) * 1e5);
    }
}
