package org.vigil.geo.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.geo.internal.GazetteerData;
import org.vigil.geo.internal.NameKey;

/** Builds the country-name, demonym and combining-form tables of the gazetteer. */
final class Lexicons {

    private Lexicons() {
    }

    /**
     * Country keys are taken in priority order, the first claim on a key winning: the news short forms, common
     * names, official names, ISO2, ISO3, then world-countries' alt spellings, each with its
     * {@linkplain CountryNames variants}. Demonym lists keep the countries in
     * entry order (largest population first) and, when a demonym belongs to an independent country, drop the
     * dependencies that share it ("French" → FR, not also TF).
     */
    static GazetteerData.Lexicon build(List<Sources.WcCountry> countries, GazetteerData.Countries rows) {
        Map<String, Integer> iso = new LinkedHashMap<>();
        for (int i = 0; i < countries.size(); i++) {
            iso.put(countries.get(i).iso2(), i);
        }

        Map<String, Integer> countryKeys = new TreeMap<>();
        for (int i = 0; i < countries.size(); i++) {
            for (String alias : NewsAliases.COUNTRY_NAMES.getOrDefault(countries.get(i).iso2(), List.of())) {
                claim(countryKeys, alias, i);
            }
        }
        for (int i = 0; i < countries.size(); i++) {
            claim(countryKeys, countries.get(i).name(), i);
        }
        for (int i = 0; i < countries.size(); i++) {
            claim(countryKeys, countries.get(i).officialName(), i);
        }
        for (int i = 0; i < countries.size(); i++) {
            claim(countryKeys, countries.get(i).iso2(), i);
        }
        for (int i = 0; i < countries.size(); i++) {
            claim(countryKeys, countries.get(i).iso3(), i);
        }
        for (int i = 0; i < countries.size(); i++) {
            for (String alt : countries.get(i).altSpellings()) {
                claim(countryKeys, alt, i);
            }
        }

        Map<String, List<Integer>> demonyms = new TreeMap<>();
        for (int i = 0; i < countries.size(); i++) {
            for (String d : rows.demonyms()[i]) {
                String key = NameKey.fold(d);
                if (!key.isEmpty()) {
                    List<Integer> list = demonyms.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!list.contains(i)) {
                        list.add(i);
                    }
                }
            }
        }
        for (List<Integer> list : demonyms.values()) {
            if (list.stream().anyMatch(i -> rows.independent()[i])) {
                list.removeIf(i -> !rows.independent()[i]);
            }
        }

        Map<String, Integer> combining = new TreeMap<>();
        NewsAliases.COMBINING_FORMS.forEach((form, code) -> {
            Integer i = iso.get(code);
            if (i == null) {
                throw new IllegalStateException("combining form " + form + ": no country " + code);
            }
            combining.put(NameKey.fold(form), i);
        });
        NewsAliases.COUNTRY_NAMES.keySet().forEach(code -> {
            if (!iso.containsKey(code)) {
                throw new IllegalStateException("news alias for unknown country " + code);
            }
        });
        NewsAliases.DEMONYMS.keySet().forEach(code -> {
            if (!iso.containsKey(code)) {
                throw new IllegalStateException("demonym for unknown country " + code);
            }
        });

        return new GazetteerData.Lexicon(
                countryKeys.keySet().toArray(String[]::new),
                countryKeys.values().stream().mapToInt(Integer::intValue).toArray(),
                demonyms.keySet().toArray(String[]::new),
                demonyms.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                        .toArray(int[][]::new),
                combining.keySet().toArray(String[]::new),
                combining.values().stream().mapToInt(Integer::intValue).toArray());
    }

    private static void claim(Map<String, Integer> keys, String name, int country) {
        for (String form : CountryNames.variants(name)) {
            String key = NameKey.fold(NameKey.stripLeadingThe(form));
            if (!key.isEmpty()) {
                keys.putIfAbsent(key, country);
            }
        }
    }
}
