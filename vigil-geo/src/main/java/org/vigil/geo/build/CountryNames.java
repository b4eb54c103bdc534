package org.vigil.geo.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The written forms of a country name that the gazetteer indexes besides the name itself. News writes official names
 * with or without their inner article ("Republic of the Congo", "Republic of Congo") and list-style names the other
 * way round ("Korea, Republic of" is "Republic of Korea"). A leading "the" needs no variant: the index and the
 * lookups drop it ({@code NameKey.stripLeadingThe}).
 */
final class CountryNames {

    private static final Pattern INNER_THE = Pattern.compile("(?i) of the ");
    /** The part after the comma of a list-style name: a form ending in "of" or "of the", or one word. */
    private static final Pattern INVERTED_TAIL = Pattern.compile("(?i)(.+\\s+of(\\s+the)?|\\S+)");

    private CountryNames() {
    }

    /**
     * The name, its list-style inversion undone if it is one ("Congo, the Democratic Republic of the" → "the
     * Democratic Republic of the Congo", "Virgin Islands, British" → "British Virgin Islands"), and each of those
     * without an inner "of the" article ("Republic of Congo").
     *
     * @param name a country name, not null
     * @return the distinct forms, the name first
     */
    static List<String> variants(String name) {
        List<String> forms = new ArrayList<>(4);
        forms.add(name);
        int comma = name.indexOf(',');
        if (comma > 0 && comma == name.lastIndexOf(',')) {
            String head = name.substring(0, comma).strip();
            String tail = name.substring(comma + 1).strip();
            if (!head.isEmpty() && INVERTED_TAIL.matcher(tail).matches()) {
                forms.add(tail + " " + head);
            }
        }
        for (int i = 0, n = forms.size(); i < n; i++) {
            String f = forms.get(i);
            if (f.toLowerCase(Locale.ROOT).contains(" of the ")) {
                forms.add(INNER_THE.matcher(f).replaceAll(" of "));
            }
        }
        return forms.stream().distinct().toList();
    }
}
