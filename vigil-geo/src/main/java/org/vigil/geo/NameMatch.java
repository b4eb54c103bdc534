package org.vigil.geo;

import java.util.Objects;

/**
 * One result of {@link Gazetteer#lookupMatches}: an entry and whether the query matched one of its own names or only
 * one of its alternate names.
 *
 * @param place the entry, not null
 * @param via   which kind of name matched, not null
 */
public record NameMatch(GeoName place, Via via) {

    /** Which kind of name a lookup matched. */
    public enum Via {
        /**
         * One of the entry's own names: a place's GeoNames name or ASCII name; a country's common or official name or
         * a news short form ("U.S."), with their written variants ("Republic of Congo"); a division's name with or
         * without its affix ("Borno State", "Borno").
         */
        OWN_NAME,
        /** Only an alternate name: a GeoNames alternate name of a place, a world-countries alt spelling. */
        ALTERNATE_NAME
    }

    /** Validates: neither field is null. */
    public NameMatch {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(via, "via");
    }
}
