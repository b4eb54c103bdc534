package org.vigil.geo.build;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * A minimal reader for gzip-compressed tar files such as npm tarballs: ustar headers, with the GNU long-name and
 * pax {@code path} extensions. It reads only the regular files it is asked for, into memory.
 */
final class TarGz {

    private static final int BLOCK = 512;

    private TarGz() {
    }

    /**
     * Reads the named regular files from a {@code .tgz}.
     *
     * @param tgz    the archive
     * @param wanted entry paths as stored in the archive, e.g. {@code package/countries.json}
     * @return the contents by path, in archive order
     * @throws IOException if the archive cannot be read or a wanted entry is missing
     */
    static Map<String, byte[]> read(Path tgz, Set<String> wanted) throws IOException {
        Map<String, byte[]> found = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tgz), 1 << 16),
                1 << 16)) {
            byte[] header = new byte[BLOCK];
            String longName = null;
            while (readBlock(in, header)) {
                if (isZero(header)) {
                    break; // end-of-archive marker
                }
                String name = string(header, 0, 100);
                String prefix = string(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = number(header, 124, 12);
                byte type = header[156];
                boolean meta = type == 'L' || type == 'x';
                boolean regular = type == '0' || type == 0;
                String effective = longName != null ? longName : name;
                byte[] data = null;
                if (meta || (regular && wanted.contains(effective))) {
                    if (size > Integer.MAX_VALUE - 16) {
                        throw new IOException(tgz + ": entry " + effective + " is too large");
                    }
                    data = in.readNBytes((int) size);
                    if (data.length != size) {
                        throw new IOException(tgz + ": truncated entry " + effective);
                    }
                } else {
                    skipFully(in, size, tgz);
                }
                skipFully(in, (BLOCK - size % BLOCK) % BLOCK, tgz);
                if (type == 'L') {
                    longName = string(data, 0, data.length);
                } else if (type == 'x') {
                    longName = paxPath(data);
                } else {
                    longName = null;
                    if (data != null) {
                        found.put(effective, data);
                    }
                }
            }
        }
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            throw new IOException(tgz + " lacks " + missing);
        }
        return found;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, BLOCK);
        if (n == 0) {
            return false;
        }
        if (n != BLOCK) {
            throw new IOException("truncated tar header");
        }
        return true;
    }

    private static void skipFully(InputStream in, long n, Path tgz) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException(tgz + ": unexpected end of archive");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String string(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    /** Octal, or GNU base-256 when the high bit of the first byte is set. */
    private static long number(byte[] b, int off, int len) {
        if ((b[off] & 0x80) != 0) {
            long v = b[off] & 0x7f;
            for (int i = off + 1; i < off + len; i++) {
                v = (v << 8) | (b[i] & 0xff);
            }
            return v;
        }
        long v = 0;
        for (int i = off; i < off + len; i++) {
            int c = b[i];
            if (c >= '0' && c <= '7') {
                v = v * 8 + (c - '0');
            } else if (c != ' ' && c != 0) {
                break;
            }
        }
        return v;
    }

    /** Pax records are "LEN key=value\n" with LEN counted in bytes; only {@code path} matters here. */
    private static String paxPath(byte[] data) {
        int i = 0;
        while (i < data.length) {
            int space = i;
            while (space < data.length && data[space] != ' ') {
                space++;
            }
            if (space >= data.length) {
                break;
            }
            int len = Integer.parseInt(new String(data, i, space - i, StandardCharsets.US_ASCII).trim());
            if (len <= 0) {
                break;
            }
            int end = Math.min(data.length, i + len - 1); // drop the record's newline
            String record = new String(data, space + 1, Math.max(0, end - space - 1), StandardCharsets.UTF_8);
            if (record.startsWith("path=")) {
                return record.substring(5);
            }
            i += len;
        }
        return null;
    }
}
