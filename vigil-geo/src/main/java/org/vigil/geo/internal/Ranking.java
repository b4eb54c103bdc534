package org.vigil.geo.internal;

import java.util.Set;

/**
 * The prior behind {@code Gazetteer.best}: which of several same-named entries a news text most likely means.
 *
 * <ol>
 *   <li>A country named by the text wins, unless context countries are given, the country is not among them, and
 *       one of them has a first-level division of that name ("Georgia" with context {US} is the US state).</li>
 *   <li>Otherwise candidates in the context countries are preferred; if there are none, all candidates compete.</li>
 *   <li>A division gives way to a place inside it that carries the same name as its own name ("Bamako" the
 *       capital, not the Bamako district; "Kano" the city, not Kano State).</li>
 *   <li>The rest are scored by {@code (population + 1) × feature weight × (0.1 if matched only through an alternate
 *       name)}; a division's population is the sum of its places. Ties go to the larger entry.</li>
 * </ol>
 */
public final class Ranking {

    private Ranking() {
    }

    /**
     * @param entries matching entries, ascending
     * @param primary for each, whether it matched by its own name
     * @param context country indices of the context (maybe empty)
     * @return the chosen entry, or -1 if there are no entries
     */
    public static int best(GazetteerData data, int[] entries, boolean[] primary, Set<Integer> context) {
        if (entries.length == 0) {
            return -1;
        }
        GazetteerData.Entries e = data.entries();
        int nc = e.countryCount();
        int firstPlace = nc + e.admin1Count();
        int country = -1;
        for (int entry : entries) {
            if (entry < nc && (country < 0
                    || (!in(context, e, country) && in(context, e, entry)))) {
                country = entry; // the largest country of that name, or the first one in the context
            }
        }
        if (country >= 0) {
            if (context.isEmpty() || in(context, e, country)) {
                return country;
            }
            int division = -1;
            for (int i = 0; i < entries.length; i++) {
                int entry = entries[i];
                if (entry >= nc && entry < firstPlace && primary[i] && in(context, e, entry)) {
                    division = entry;
                    break; // divisions are in population order
                }
            }
            return division >= 0 ? division : country;
        }

        boolean anyInContext = false;
        for (int entry : entries) {
            anyInContext |= in(context, e, entry);
        }
        int best = -1;
        double bestScore = -1;
        for (int i = 0; i < entries.length; i++) {
            int entry = entries[i];
            if (anyInContext && !in(context, e, entry)) {
                continue;
            }
            if (entry < firstPlace && hasNamesakeInside(e, entries, primary, entry, firstPlace)) {
                continue;
            }
            double score = (e.population()[entry] + 1.0) * weight(e.featureCode()[e.feature()[entry]])
                    * (primary[i] ? 1 : 0.1);
            if (score > bestScore) {
                best = entry;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether the entry's country is in the context; {@code short} must not be boxed into a {@code Set<Integer>}. */
    private static boolean in(Set<Integer> context, GazetteerData.Entries e, int entry) {
        return context.contains((int) e.country()[entry]);
    }

    /** Feature weights: a capital or seat of government counts more than its population alone. */
    static double weight(String featureCode) {
        switch (featureCode) {
            case "PPLC": return 10;
            case "PPLG": case "PPLA": return 3;
            case "PPLA2": return 1.5;
            case "PPLX": return 0.5;
            case "PPLH": case "PPLQ": case "PPLW": case "PPLCH": return 0.1;
            default: return 1;
        }
    }

    private static boolean hasNamesakeInside(GazetteerData.Entries e, int[] entries, boolean[] primary,
                                             int division, int firstPlace) {
        int table = e.admin1()[division];
        for (int i = 0; i < entries.length; i++) {
            int entry = entries[i];
            if (entry >= firstPlace && primary[i] && e.admin1()[entry] == table) {
                return true;
            }
        }
        return false;
    }
}
