package org.vigil.geo.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The gazetteer as columnar arrays, and its binary format. The builder fills it, writes it with {@link #write}, and
 * the runtime reads it back with {@link #read}; nothing else knows the layout.
 *
 * <h2>Entries</h2>
 * Every place is an <em>entry</em> with an index: first the countries ({@code [0, countryCount)}), then the
 * first-level divisions ({@code [countryCount, countryCount + admin1Count)}), then the populated places, each group in
 * descending population order. A posting list in ascending index order is therefore already in the order that
 * {@code Gazetteer.lookup} promises. Coordinates are stored as integers in units of 10<sup>-5</sup> degrees, which
 * is the precision GeoNames publishes.
 *
 * <h2>Format, version {@value #VERSION}</h2>
 * A {@code DataOutputStream} (big-endian) stream, normally gzip-compressed: the magic {@value #MAGIC_TEXT}, the
 * version, then the sections {@link Entries}, {@link Countries}, {@link Admin1Table}, {@link Lexicon},
 * {@link NameIndex}, {@link Counties}, {@link PostalTowns} in that order, and the magic again as a trailer. Strings
 * are {@code writeUTF}; arrays are a length followed by their elements. The arrays are handed out as they are,
 * without copies: callers in this module treat them as read-only.
 */
public record GazetteerData(Entries entries, Countries countries, Admin1Table admin1, Lexicon lexicon,
                            NameIndex index, Counties counties, PostalTowns postal) {

    /** Class-path location of the bundled gazetteer. */
    public static final String RESOURCE = "/org/vigil/geo/gazetteer.bin";
    /** Format version; bump it whenever the layout changes. */
    public static final int VERSION = 4;
    static final String MAGIC_TEXT = "VGZ1";
    private static final int MAGIC = 0x56475A31;

    /** Populated places and the country and division entries, column by column. */
    public record Entries(int countryCount, int admin1Count, long[] ids, int[] latE5, int[] lonE5, short[] country,
                          int[] admin1, byte[] feature, String[] featureClass, String[] featureCode,
                          int[] population, byte[] names, int[] nameOffsets, int[] idOrder) {
        public int size() {
            return ids.length;
        }

        public String name(int entry) {
            int start = nameOffsets[entry];
            return new String(names, start, nameOffsets[entry + 1] - start, StandardCharsets.UTF_8);
        }

        /** Entry index of a GeoNames id, or -1. {@code idOrder} lists entry indices by ascending id. */
        public int findId(long id) {
            int lo = 0;
            int hi = idOrder.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                long v = ids[idOrder[mid]];
                if (v < id) {
                    lo = mid + 1;
                } else if (v > id) {
                    hi = mid - 1;
                } else {
                    return idOrder[mid];
                }
            }
            return -1;
        }
    }

    /** One row per country entry (same index): the fields that only countries have. */
    public record Countries(String[] iso2, String[] iso3, String[] officialName, String[] capitalName,
                            String[][] demonyms, boolean[] independent, int[] capitalEntry) {
    }

    /** Every (country, admin1 code) pair used by an entry; {@code entry} is the ADMIN1 entry or -1. */
    public record Admin1Table(short[] country, String[] code, String[] name, int[] entry) {
    }

    /**
     * Keys for {@code country()} (names, codes, news short forms → country entry), for {@code nationality()}
     * (demonym → country entries, preferred first) and the combining forms of compounds ("franco" → FR).
     */
    public record Lexicon(String[] countryKeys, int[] countryTargets, String[] demonymKeys, int[][] demonymTargets,
                          String[] combiningKeys, int[] combiningTargets) {
    }

    /**
     * Sorted name keys (ASCII, see {@link NameKey}) with posting lists of entries. A posting is
     * {@code entry << 1 | primary}, where primary means the key came from the entry's own name rather than from an
     * alternate name.
     */
    public record NameIndex(byte[] keys, int[] keyOffsets, int[] postingOffsets, int[] postings) {
        public int keyCount() {
            return keyOffsets.length - 1;
        }

        /** Index of the key, or -1. */
        public int find(String key) {
            int lo = 0;
            int hi = keyCount() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = compare(mid, key);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        private int compare(int k, String key) {
            int start = keyOffsets[k];
            int len = keyOffsets[k + 1] - start;
            int n = Math.min(len, key.length());
            for (int i = 0; i < n; i++) {
                int d = (keys[start + i] & 0xff) - key.charAt(i);
                if (d != 0) {
                    return d;
                }
            }
            return len - key.length();
        }
    }

    /**
     * US counties (and parishes, boroughs, census areas; not the independent cities) by {@linkplain NameKey#countyKey
     * county key}: {@code keys} sorted, {@code states[i]} the ADMIN1 entries of the states that have a county with
     * key {@code keys[i]}, in ascending entry order; {@code names[i][j]}, {@code latE5[i][j]} and {@code lonE5[i][j]}
     * the name (without affix) and the representative point of that county in state {@code states[i][j]}. Added in
     * version 2, the names and points in version 3.
     */
    public record Counties(String[] keys, int[][] states, String[][] names, int[][] latE5, int[][] lonE5) {
        /** The ADMIN1 entries of the states having a county with this key; empty if none. */
        public int[] states(String key) {
            int i = Arrays.binarySearch(keys, key);
            return i < 0 ? new int[0] : states[i];
        }

        /** The row of this key, or a negative number if no county has it. */
        public int row(String key) {
            return Arrays.binarySearch(keys, key);
        }
    }

    /**
     * US ZIP codes, one row each, grouped by state: {@code state[i]} the state's postal code (GeoNames' ADMIN1 code
     * of US states, "PA"), {@code city[i]} the ZIP code's primary postal city ("Pittsburgh" for 15221, which
     * covers Wilkinsburg), {@code latE5[i], lonE5[i]} its point. Added in version 4.
     */
    public record PostalTowns(String[] state, String[] city, int[] latE5, int[] lonE5) {
    }

    /** Writes the uncompressed format; the caller wraps the stream in gzip if it wants to. */
    public void write(OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        Entries e = entries;
        out.writeInt(e.countryCount());
        out.writeInt(e.admin1Count());
        writeLongs(out, e.ids());
        writeInts(out, e.latE5());
        writeInts(out, e.lonE5());
        writeShorts(out, e.country());
        writeInts(out, e.admin1());
        writeBytes(out, e.feature());
        writeStrings(out, e.featureClass());
        writeStrings(out, e.featureCode());
        writeInts(out, e.population());
        writeBytes(out, e.names());
        writeInts(out, e.nameOffsets());
        writeInts(out, e.idOrder());
        Countries c = countries;
        writeStrings(out, c.iso2());
        writeStrings(out, c.iso3());
        writeStrings(out, c.officialName());
        writeStrings(out, c.capitalName());
        out.writeInt(c.demonyms().length);
        for (String[] d : c.demonyms()) {
            writeStrings(out, d);
        }
        out.writeInt(c.independent().length);
        for (boolean b : c.independent()) {
            out.writeBoolean(b);
        }
        writeInts(out, c.capitalEntry());
        Admin1Table a = admin1;
        writeShorts(out, a.country());
        writeStrings(out, a.code());
        writeStrings(out, a.name());
        writeInts(out, a.entry());
        Lexicon l = lexicon;
        writeStrings(out, l.countryKeys());
        writeInts(out, l.countryTargets());
        writeStrings(out, l.demonymKeys());
        out.writeInt(l.demonymTargets().length);
        for (int[] t : l.demonymTargets()) {
            writeInts(out, t);
        }
        writeStrings(out, l.combiningKeys());
        writeInts(out, l.combiningTargets());
        NameIndex x = index;
        writeBytes(out, x.keys());
        writeInts(out, x.keyOffsets());
        writeInts(out, x.postingOffsets());
        writeInts(out, x.postings());
        writeStrings(out, counties.keys());
        out.writeInt(counties.states().length);
        for (int i = 0; i < counties.states().length; i++) {
            writeInts(out, counties.states()[i]);
            writeStrings(out, counties.names()[i]);
            writeInts(out, counties.latE5()[i]);
            writeInts(out, counties.lonE5()[i]);
        }
        writeStrings(out, postal.state());
        writeStrings(out, postal.city());
        writeInts(out, postal.latE5());
        writeInts(out, postal.lonE5());
        out.writeInt(MAGIC);
        out.flush();
    }

    /**
     * Reads the uncompressed format written by {@link #write}, and checks that the stream ends after the trailer.
     *
     * @throws IllegalArgumentException if the stream is not a gazetteer of this version
     * @throws IOException on read errors or a truncated stream
     */
    public static GazetteerData read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(is);
        if (in.readInt() != MAGIC) {
            throw new IllegalArgumentException("not a Vigil gazetteer (magic " + MAGIC_TEXT + " missing)");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IllegalArgumentException(
                    "gazetteer format version " + version + " is not supported (expected " + VERSION + ")");
        }
        Entries e = new Entries(in.readInt(), in.readInt(), readLongs(in), readInts(in), readInts(in),
                readShorts(in), readInts(in), readBytes(in), readStrings(in), readStrings(in), readInts(in),
                readBytes(in), readInts(in), readInts(in));
        String[] iso2 = readStrings(in);
        String[] iso3 = readStrings(in);
        String[] official = readStrings(in);
        String[] capital = readStrings(in);
        String[][] demonyms = new String[in.readInt()][];
        for (int i = 0; i < demonyms.length; i++) {
            demonyms[i] = readStrings(in);
        }
        boolean[] independent = new boolean[in.readInt()];
        for (int i = 0; i < independent.length; i++) {
            independent[i] = in.readBoolean();
        }
        Countries c = new Countries(iso2, iso3, official, capital, demonyms, independent, readInts(in));
        Admin1Table a = new Admin1Table(readShorts(in), readStrings(in), readStrings(in), readInts(in));
        String[] countryKeys = readStrings(in);
        int[] countryTargets = readInts(in);
        String[] demonymKeys = readStrings(in);
        int[][] demonymTargets = new int[in.readInt()][];
        for (int i = 0; i < demonymTargets.length; i++) {
            demonymTargets[i] = readInts(in);
        }
        Lexicon l = new Lexicon(countryKeys, countryTargets, demonymKeys, demonymTargets, readStrings(in),
                readInts(in));
        NameIndex x = new NameIndex(readBytes(in), readInts(in), readInts(in), readInts(in));
        String[] countyKeys = readStrings(in);
        int[][] countyStates = new int[in.readInt()][];
        String[][] countyNames = new String[countyStates.length][];
        int[][] countyLat = new int[countyStates.length][];
        int[][] countyLon = new int[countyStates.length][];
        for (int i = 0; i < countyStates.length; i++) {
            countyStates[i] = readInts(in);
            countyNames[i] = readStrings(in);
            countyLat[i] = readInts(in);
            countyLon[i] = readInts(in);
        }
        PostalTowns postal = new PostalTowns(readStrings(in), readStrings(in), readInts(in), readInts(in));
        if (in.readInt() != MAGIC || in.read() != -1) {
            throw new IllegalArgumentException("gazetteer stream is corrupt (trailer missing or extra data)");
        }
        GazetteerData data = new GazetteerData(e, c, a, l, x,
                new Counties(countyKeys, countyStates, countyNames, countyLat, countyLon), postal);
        data.check();
        return data;
    }

    /** Cheap consistency checks, so a damaged file fails at load time and not with an index error later. */
    void check() {
        int n = entries.size();
        Entries e = entries;
        boolean ok = e.latE5().length == n && e.lonE5().length == n && e.country().length == n
                && e.admin1().length == n && e.feature().length == n && e.population().length == n
                && e.nameOffsets().length == n + 1 && e.idOrder().length == n
                && e.countryCount() + e.admin1Count() <= n
                && countries.iso2().length == e.countryCount()
                && index.postingOffsets().length == index.keyOffsets().length
                && lexicon.countryKeys().length == lexicon.countryTargets().length
                && lexicon.demonymKeys().length == lexicon.demonymTargets().length
                && lexicon.combiningKeys().length == lexicon.combiningTargets().length
                && admin1.code().length == admin1.name().length && admin1.code().length == admin1.entry().length
                && counties.keys().length == counties.states().length
                && postal.state().length == postal.city().length && postal.city().length == postal.latE5().length
                && postal.latE5().length == postal.lonE5().length;
        if (!ok) {
            throw new IllegalArgumentException("gazetteer stream is corrupt (section sizes disagree)");
        }
    }

    private static void writeStrings(DataOutputStream out, String[] a) throws IOException {
        out.writeInt(a.length);
        for (String s : a) {
            out.writeUTF(s);
        }
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        String[] a = new String[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readUTF().intern();
        }
        return a;
    }

    private static void writeBytes(DataOutputStream out, byte[] a) throws IOException {
        out.writeInt(a.length);
        out.write(a);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] a = new byte[length(in)];
        in.readFully(a);
        return a;
    }

    private static void writeShorts(DataOutputStream out, short[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * Short.BYTES);
        b.asShortBuffer().put(a);
        out.writeInt(a.length);
        out.write(b.array());
    }

    private static short[] readShorts(DataInputStream in) throws IOException {
        short[] a = new short[length(in)];
        byte[] raw = new byte[a.length * Short.BYTES];
        in.readFully(raw);
        ByteBuffer.wrap(raw).asShortBuffer().get(a);
        return a;
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * Integer.BYTES);
        b.asIntBuffer().put(a);
        out.writeInt(a.length);
        out.write(b.array());
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] a = new int[length(in)];
        byte[] raw = new byte[a.length * Integer.BYTES];
        in.readFully(raw);
        ByteBuffer.wrap(raw).asIntBuffer().get(a);
        return a;
    }

    private static void writeLongs(DataOutputStream out, long[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * Long.BYTES);
        b.asLongBuffer().put(a);
        out.writeInt(a.length);
        out.write(b.array());
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        long[] a = new long[length(in)];
        byte[] raw = new byte[a.length * Long.BYTES];
        in.readFully(raw);
        ByteBuffer.wrap(raw).asLongBuffer().get(a);
        return a;
    }

    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64_000_000) {
            throw new IllegalArgumentException("gazetteer stream is corrupt (array length " + n + ")");
        }
        return n;
    }

    @Override
    public String toString() {
        return "GazetteerData[" + entries.size() + " entries, " + index.keyCount() + " keys]";
    }
}
