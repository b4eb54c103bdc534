package org.vigil.geo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves nationality words to country indices, with the general rules the data does not spell out:
 *
 * <ul>
 *   <li>plurals and nouns in -man/-men/-woman/-women: "Malians", "Britons", "Frenchmen" (not for words that are
 *       country names, so "Laos" stays a country);</li>
 *   <li>hyphenated compounds whose parts are each a demonym or a combining form: "Franco-Gabonese" → FR, GA,
 *       "Anglo-French", "Israeli-Palestinian", and a bare combining form with a trailing hyphen: "Sino-";</li>
 *   <li>a compound ending in -born, -based, -led, -backed and the like, whose head may also be a country name or
 *       code: "German-born", "U.S.-led", "Iran-backed".</li>
 * </ul>
 *
 * A word is tried whole before it is split, so "Guinea-Bissauan" and "I-Kiribati" resolve. Immutable.
 */
public final class Nationalities {

    private static final Pattern HYPHEN = Pattern.compile("[-\u2010\u2011\u2012\u2013]");
    private static final Set<String> SUFFIXES = Set.of("born", "based", "led", "backed", "funded", "sponsored",
            "trained", "owned", "allied", "aligned", "brokered");
    private static final String[] NOUN_ENDINGS = {"women", "woman", "men", "man"};

    private final Map<String, int[]> demonyms;
    private final Map<String, Integer> combining;
    private final Map<String, Integer> countries;

    /**
     * @param lexicon   the gazetteer's tables
     * @param countries country-name keys (already built by the caller) to country index
     */
    public Nationalities(GazetteerData.Lexicon lexicon, Map<String, Integer> countries) {
        this.demonyms = new HashMap<>(lexicon.demonymKeys().length * 2);
        for (int i = 0; i < lexicon.demonymKeys().length; i++) {
            demonyms.put(lexicon.demonymKeys()[i], lexicon.demonymTargets()[i]);
        }
        this.combining = new HashMap<>();
        for (int i = 0; i < lexicon.combiningKeys().length; i++) {
            combining.put(lexicon.combiningKeys()[i], lexicon.combiningTargets()[i]);
        }
        this.countries = countries;
    }

    /**
     * @param word a single word as printed, e.g. "Malians", "Franco-Gabonese"; may be null
     * @return country indices in preference order, without duplicates; empty if the word is not a nationality
     */
    public int[] resolve(String word) {
        if (word == null || word.isBlank()) {
            return new int[0];
        }
        String w = word.strip();
        int[] whole = demonym(NameKey.fold(w));
        if (whole != null) {
            return whole;
        }
        List<String> parts = new ArrayList<>(List.of(HYPHEN.split(w, -1)));
        if (parts.size() < 2) {
            return new int[0];
        }
        boolean suffixed = false;
        String last = NameKey.fold(parts.get(parts.size() - 1));
        if (SUFFIXES.contains(last)) {
            suffixed = true;
            parts.remove(parts.size() - 1);
        } else if (last.isEmpty() && parts.size() == 2) {
            parts.remove(1); // "Sino-"
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (String part : parts) {
            String key = NameKey.fold(part);
            if (key.isEmpty()) {
                return new int[0];
            }
            int[] d = demonym(key);
            if (d == null && combining.containsKey(key)) {
                d = new int[] {combining.get(key)};
            }
            if (d == null && suffixed && countries.containsKey(key)) {
                d = new int[] {countries.get(key)};
            }
            if (d == null) {
                return new int[0];
            }
            for (int c : d) {
                out.add(c);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] demonym(String key) {
        if (key.isEmpty()) {
            return null;
        }
        int[] d = demonyms.get(key);
        if (d != null || countries.containsKey(key)) {
            return d;
        }
        if (key.endsWith("s")) {
            d = demonyms.get(key.substring(0, key.length() - 1));
            if (d != null) {
                return d;
            }
        }
        for (String ending : NOUN_ENDINGS) {
            if (key.endsWith(ending) && key.length() > ending.length() + 2) {
                d = demonyms.get(key.substring(0, key.length() - ending.length()));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }
}
