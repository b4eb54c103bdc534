package org.vigil.geo.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vigil.geo.internal.GazetteerData;
import org.vigil.geo.internal.NameKey;

/** The per-country rows of the gazetteer: codes, official name, capital, demonyms, independence. */
final class CountryRows {

    private CountryRows() {
    }

    /**
     * The capital is the country's only PPLC place if GeoNames marks exactly one; otherwise the best-ranked place of
     * that country whose names include world-countries' first capital (PPLC, then PPLA, then population).
     */
    static GazetteerData.Countries build(List<Sources.WcCountry> countries, GazetteerData.Entries e,
                                         GazetteerData.NameIndex index) {
        int nc = countries.size();
        int firstPlace = e.countryCount() + e.admin1Count();
        int[] pplc = new int[nc];
        int[] pplcCount = new int[nc];
        Arrays.fill(pplc, -1);
        for (int i = firstPlace; i < e.size(); i++) {
            if ("PPLC".equals(e.featureCode()[e.feature()[i]])) {
                pplc[e.country()[i]] = i;
                pplcCount[e.country()[i]]++;
            }
        }
        String[] iso2 = new String[nc];
        String[] iso3 = new String[nc];
        String[] official = new String[nc];
        String[] capitalName = new String[nc];
        String[][] demonyms = new String[nc][];
        boolean[] independent = new boolean[nc];
        int[] capital = new int[nc];
        for (int i = 0; i < nc; i++) {
            Sources.WcCountry c = countries.get(i);
            iso2[i] = c.iso2();
            iso3[i] = c.iso3();
            official[i] = c.officialName();
            independent[i] = c.independent();
            capital[i] = pplcCount[i] == 1 ? pplc[i] : findCapital(c, i, e, index, firstPlace);
            capitalName[i] = capital[i] >= 0 ? e.name(capital[i]) : c.capitals().isEmpty() ? "" : c.capitals().get(0);
            List<String> d = new ArrayList<>(c.demonyms());
            for (String extra : NewsAliases.DEMONYMS.getOrDefault(c.iso2(), List.of())) {
                if (!d.contains(extra)) {
                    d.add(extra);
                }
            }
            demonyms[i] = d.toArray(String[]::new);
        }
        return new GazetteerData.Countries(iso2, iso3, official, capitalName, demonyms, independent, capital);
    }

    private static int findCapital(Sources.WcCountry c, int countryIdx, GazetteerData.Entries e,
                                   GazetteerData.NameIndex index, int firstPlace) {
        if (c.capitals().isEmpty()) {
            return -1;
        }
        int k = index.find(NameKey.fold(c.capitals().get(0)));
        if (k < 0) {
            return -1;
        }
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int p = index.postingOffsets()[k]; p < index.postingOffsets()[k + 1]; p++) {
            int entry = index.postings()[p] >>> 1;
            if (entry < firstPlace || e.country()[entry] != countryIdx) {
                continue;
            }
            String code = e.featureCode()[e.feature()[entry]];
            int rank = "PPLC".equals(code) ? 0 : "PPLA".equals(code) ? 1 : 2;
            if (rank < bestRank) { // postings are in population order, so the first of a rank is the largest
                best = entry;
                bestRank = rank;
            }
        }
        return best;
    }
}
