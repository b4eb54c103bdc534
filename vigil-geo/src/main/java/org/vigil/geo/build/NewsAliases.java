package org.vigil.geo.build;

import java.util.List;
import java.util.Map;

/**
 * The short, hand-made lists that world-countries lacks but English news uses. Everything here is baked into the
 * gazetteer resource at build time. Keep each list small and keep the reason for an entry obvious: a name or
 * demonym that a wire story would plausibly print.
 */
final class NewsAliases {

    private NewsAliases() {
    }

    /**
     * Country names and short forms by ISO 3166-1 alpha-2 code. They resolve in {@code Gazetteer.country} and are
     * indexed as names of the country entry for {@code Gazetteer.lookup}. Periods do not matter ("U.S." folds to
     * "us"), nor does a leading "the".
     */
    static final Map<String, List<String>> COUNTRY_NAMES = Map.ofEntries(
            Map.entry("US", List.of("U.S.", "USA", "U.S.A.", "America", "United States")),
            Map.entry("GB", List.of("UK", "U.K.", "Britain", "Great Britain")),
            Map.entry("AE", List.of("UAE", "U.A.E.", "Emirates")),
            Map.entry("CD", List.of("DRC", "D.R.C.", "Democratic Republic of Congo", "Congo-Kinshasa")),
            Map.entry("CG", List.of("Congo-Brazzaville")),
            Map.entry("KP", List.of("DPRK")),
            Map.entry("TR", List.of("Turkey", "Türkiye")),
            Map.entry("CZ", List.of("Czech Republic")),
            Map.entry("MM", List.of("Burma")),
            Map.entry("CV", List.of("Cabo Verde")),
            Map.entry("SZ", List.of("Swaziland")),
            Map.entry("MK", List.of("Macedonia")),
            Map.entry("TL", List.of("East Timor")),
            Map.entry("NL", List.of("Holland")),
            Map.entry("VA", List.of("Holy See")),
            Map.entry("VN", List.of("Viet Nam")),
            Map.entry("BA", List.of("Bosnia")),
            Map.entry("RU", List.of("Russian Federation")),
            Map.entry("PS", List.of("Palestinian Territories", "Palestinian territory")));

    /**
     * Demonyms and nationality nouns by ISO2, in addition to world-countries' {@code demonyms.eng}. Plurals and
     * "-man/-men" forms are derived at run time and need no entry.
     */
    static final Map<String, List<String>> DEMONYMS = Map.ofEntries(
            Map.entry("GB", List.of("Briton", "Brit", "English", "Scottish", "Scots", "Scot", "Welsh",
                    "Northern Irish")),
            Map.entry("DK", List.of("Dane")),
            Map.entry("SE", List.of("Swede")),
            Map.entry("FI", List.of("Finn")),
            Map.entry("PL", List.of("Pole")),
            Map.entry("TR", List.of("Turk")),
            Map.entry("ES", List.of("Spaniard")),
            Map.entry("SA", List.of("Saudi")),
            Map.entry("LA", List.of("Lao")),
            Map.entry("PH", List.of("Filipina")),
            Map.entry("KZ", List.of("Kazakh")),
            Map.entry("UZ", List.of("Uzbek")),
            Map.entry("TJ", List.of("Tajik", "Tajikistani")),
            Map.entry("KG", List.of("Kyrgyz", "Kyrgyzstani")),
            Map.entry("AZ", List.of("Azeri")),
            Map.entry("DJ", List.of("Djiboutian")),
            Map.entry("CV", List.of("Cape Verdean")),
            Map.entry("KM", List.of("Comorian")),
            Map.entry("MV", List.of("Maldivian")),
            Map.entry("EC", List.of("Ecuadorian")),
            Map.entry("SI", List.of("Slovenian")),
            Map.entry("SR", List.of("Surinamese")),
            Map.entry("GW", List.of("Bissau-Guinean")),
            Map.entry("GQ", List.of("Equatoguinean")),
            Map.entry("XK", List.of("Kosovan")),
            Map.entry("NP", List.of("Nepali")),
            Map.entry("AR", List.of("Argentinian")),
            Map.entry("TL", List.of("Timorese")),
            Map.entry("BW", List.of("Batswana")),
            Map.entry("LS", List.of("Basotho")),
            Map.entry("IS", List.of("Icelandic")),
            Map.entry("LU", List.of("Luxembourgish")));

    /**
     * Combining forms used in compounds ("Franco-Gabonese", "Sino-Indian", "Russo-Ukrainian"), by ISO2. They count
     * only as the non-final part of a hyphenated word, or alone with a trailing hyphen ("Sino-").
     */
    static final Map<String, String> COMBINING_FORMS = Map.ofEntries(
            Map.entry("Franco", "FR"), Map.entry("Anglo", "GB"), Map.entry("Sino", "CN"),
            Map.entry("Russo", "RU"), Map.entry("Italo", "IT"), Map.entry("Indo", "IN"),
            Map.entry("Germano", "DE"), Map.entry("Hispano", "ES"), Map.entry("Luso", "PT"),
            Map.entry("Greco", "GR"), Map.entry("Graeco", "GR"), Map.entry("Helleno", "GR"),
            Map.entry("Austro", "AT"), Map.entry("Serbo", "RS"), Map.entry("Dano", "DK"),
            Map.entry("Belgo", "BE"), Map.entry("Turko", "TR"), Map.entry("Nippo", "JP"),
            Map.entry("Japano", "JP"), Map.entry("Syro", "SY"), Map.entry("Irano", "IR"),
            Map.entry("Israelo", "IL"), Map.entry("Hungaro", "HU"), Map.entry("Polono", "PL"),
            Map.entry("Swedo", "SE"));
}
