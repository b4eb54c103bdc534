package org.vigil.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.geo.internal.GazetteerData;
import org.vigil.geo.internal.Spherical;

/**
 * The primary postal cities of the US ZIP codes: the town name a postal address carries, which for a suburb, a
 * census-designated place or a small town inside a metro is often a neighbouring city's (ZIP code 15221 covers
 * Wilkinsburg, and its postal city is Pittsburgh). Names are compared by a loose key: case, spaces, punctuation and
 * the short forms "St.", "Mt.", "Ft." do not matter. States are given by their postal code, which is GeoNames' ADMIN1
 * code of US states ("PA").
 *
 * <p>Immutable and thread-safe. Data: the free zip code database of federalgovernmentzipcodes.us, via the npm
 * package zipcodes (BSD); see {@link Gazetteer#attribution()}.
 */
public final class PostalTowns {

    private final GazetteerData.PostalTowns data;
    /** Each state's rows, {from, to}. */
    private final Map<String, int[]> rows = new HashMap<>();
    /** State code + "|" + key of every primary postal city. */
    private final Set<String> cities = new HashSet<>();

    PostalTowns(GazetteerData.PostalTowns data) {
        this.data = data;
        String[] state = data.state();
        for (int i = 0; i < state.length; i++) {
            int from = i;
            rows.computeIfAbsent(state[i], s -> new int[] {from, from})[1] = i + 1;
            cities.add(state[i] + "|" + key(data.city()[i]));
        }
    }

    /** Whether some ZIP code of this state has this town as its primary postal city; false for nulls. */
    public boolean isPostalCity(String town, String stateCode) {
        return town != null && stateCode != null && cities.contains(stateCode + "|" + key(town));
    }

    /**
     * The primary postal city of the ZIP code of this state whose point lies nearest to the given point, if within
     * {@code maxKm}; empty for a state without ZIP codes (or null).
     */
    public Optional<String> nearest(double lat, double lon, String stateCode, double maxKm) {
        int[] r = stateCode == null ? null : rows.get(stateCode);
        if (r == null) {
            return Optional.empty();
        }
        int best = -1;
        double bestKm = maxKm;
        for (int i = r[0]; i < r[1]; i++) {
            double km = Spherical.distanceKm(lat, lon, data.latE5()[i] / 1e5, data.lonE5()[i] / 1e5);
            if (km <= bestKm) {
                best = i;
                bestKm = km;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(data.city()[best]);
    }

    /**
     * The primary postal cities of the ZIP codes of this state whose points lie within {@code maxKm} of the given
     * point, each once, the nearest first; empty for a state without ZIP codes (or null).
     */
    public List<String> within(double lat, double lon, String stateCode, double maxKm) {
        int[] r = stateCode == null ? null : rows.get(stateCode);
        if (r == null) {
            return List.of();
        }
        Map<String, Double> nearest = new HashMap<>();
        for (int i = r[0]; i < r[1]; i++) {
            double km = Spherical.distanceKm(lat, lon, data.latE5()[i] / 1e5, data.lonE5()[i] / 1e5);
            if (km <= maxKm) {
                nearest.merge(data.city()[i], km, Math::min);
            }
        }
        List<String> out = new ArrayList<>(nearest.keySet());
        out.sort(Comparator.comparingDouble((String c) -> nearest.get(c)).thenComparing(Comparator.naturalOrder()));
        return out;
    }

    /**
     * The point of each state whose ZIP codes have this town as their primary postal city, by state code: the mean of
     * those ZIP codes' points. For a town the populated places lack (GeoNames keeps a New England town such as
     * Waitsfield, Vermont as a division). Empty for a town no ZIP code has, or null.
     */
    public Map<String, double[]> points(String town) {
        Map<String, double[]> sums = new HashMap<>();
        if (town == null) {
            return sums;
        }
        String k = key(town);
        for (int i = 0; i < data.city().length; i++) {
            if (key(data.city()[i]).equals(k)) {
                double[] sum = sums.computeIfAbsent(data.state()[i], x -> new double[3]);
                sum[0] += data.latE5()[i] / 1e5;
                sum[1] += data.lonE5()[i] / 1e5;
                sum[2]++;
            }
        }
        Map<String, double[]> out = new HashMap<>();
        sums.forEach((state, sum) -> out.put(state, new double[] {sum[0] / sum[2], sum[1] / sum[2]}));
        return out;
    }

    /**
     * Whether two names of towns are one by the loose key ("Pāhoa" and "Pahoa", "St. Louis" and "Saint Louis"), or
     * one is the other with words added at its end ("New York City" and "New York").
     */
    public boolean sameName(String a, String b) {
        return a != null && b != null && (key(a).startsWith(key(b)) || key(b).startsWith(key(a)));
    }

    // compiled once: the town of every ZIP code is keyed at load (a regex compiled per call was 1 % of an extraction)
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SAINT = Pattern.compile("\\bsaint\\b");
    private static final Pattern MOUNT = Pattern.compile("\\bmount\\b");
    private static final Pattern FORT = Pattern.compile("\\bfort\\b");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

    /**
     * The loose key of a town's name: "St. Louis", "Saint Louis" and "saint-louis" are one, so are "Pāhoa", "Pahoa".
     */
    static String key(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
            .toLowerCase(Locale.ROOT);
        s = FORT.matcher(MOUNT.matcher(SAINT.matcher(s).replaceAll("st")).replaceAll("mt")).replaceAll("ft");
        return NOT_LETTER.matcher(s).replaceAll("");
    }
}
