package org.vigil.geo.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarGzTest {

    @TempDir
    Path dir;

    @Test
    void readsWantedEntriesIncludingPaxLongNames() throws IOException {
        String longName = "package/" + "d".repeat(120) + "/data.txt";
        Path tgz = dir.resolve("t.tgz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            entry(out, "package/skip.txt", '0', "skipped".getBytes(StandardCharsets.UTF_8));
            byte[] pax = paxRecord("path", longName);
            entry(out, "PaxHeader", 'x', pax);
            entry(out, "truncated-name", '0', "long body".getBytes(StandardCharsets.UTF_8));
            entry(out, "package/a.txt", '0', "é".repeat(600).getBytes(StandardCharsets.UTF_8));
            out.write(new byte[1024]);
        }
        Map<String, byte[]> found = TarGz.read(tgz, Set.of("package/a.txt", longName));
        assertThat(new String(found.get("package/a.txt"), StandardCharsets.UTF_8)).isEqualTo("é".repeat(600));
        assertThat(new String(found.get(longName), StandardCharsets.UTF_8)).isEqualTo("long body");
        assertThat(found).doesNotContainKey("package/skip.txt");
        assertThatThrownBy(() -> TarGz.read(tgz, Set.of("package/missing.txt")))
                .isInstanceOf(IOException.class).hasMessageContaining("missing.txt");
    }

    @Test
    void theBundledSourcesAreReadable() throws IOException {
        Path npm = Path.of("target", "npm", Sources.WORLD_COUNTRIES);
        Map<String, byte[]> found = TarGz.read(npm, Set.of("package/countries.json"));
        assertThat(new String(found.get("package/countries.json"), StandardCharsets.UTF_8)).contains("\"Mali\"");
    }

    private static byte[] paxRecord(String key, String value) {
        String body = " " + key + "=" + value + "\n";
        int len = body.length();
        len += String.valueOf(len + String.valueOf(len).length()).length();
        return (len + body).getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(OutputStream out, String name, char type, byte[] data) throws IOException {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, "0000644");
        put(h, 124, String.format("%011o", data.length));
        put(h, 136, "00000000000");
        h[156] = (byte) type;
        put(h, 257, "ustar");
        put(h, 263, "00");
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        int sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o", sum));
        out.write(h);
        out.write(data);
        out.write(new byte[(512 - data.length % 512) % 512]);
    }

    private static void put(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, b.length);
    }
}
