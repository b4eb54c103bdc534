package org.vigil.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class GazetteerDataTest {

    private static byte[] bundledRaw() throws IOException {
        try (InputStream in = new GZIPInputStream(GazetteerData.class.getResourceAsStream(GazetteerData.RESOURCE))) {
            return in.readAllBytes();
        }
    }

    @Test
    void writeOfAReadGazetteerGivesTheSameBytes() throws IOException {
        byte[] raw = bundledRaw();
        GazetteerData data = GazetteerData.read(new ByteArrayInputStream(raw));
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        data.write(out);
        assertThat(Arrays.equals(out.toByteArray(), raw)).isTrue();
    }

    @Test
    void theIndexIsSortedAndPostingsAscendWithinEachKey() throws IOException {
        GazetteerData data = GazetteerData.read(new ByteArrayInputStream(bundledRaw()));
        GazetteerData.NameIndex index = data.index();
        String previous = "";
        for (int k = 0; k < index.keyCount(); k += 997) {
            String key = new String(index.keys(), index.keyOffsets()[k], index.keyOffsets()[k + 1]
                    - index.keyOffsets()[k], java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(key).matches("[a-z0-9]+").isGreaterThan(previous);
            assertThat(index.find(key)).isEqualTo(k);
            previous = key;
            for (int p = index.postingOffsets()[k] + 1; p < index.postingOffsets()[k + 1]; p++) {
                assertThat(index.postings()[p] >>> 1).isGreaterThan(index.postings()[p - 1] >>> 1);
            }
        }
        assertThat(index.find("zzzzzzzzzzzz")).isEqualTo(-1);
        assertThat(index.find("")).isEqualTo(-1);
    }

    @Test
    void truncatedOrWrongVersionStreamsAreRejected() throws IOException {
        byte[] raw = bundledRaw();
        assertThatThrownBy(() -> GazetteerData.read(new ByteArrayInputStream(Arrays.copyOf(raw, raw.length - 1))))
                .isInstanceOf(IOException.class);
        byte[] otherVersion = raw.clone();
        otherVersion[7] = 99;
        assertThatThrownBy(() -> GazetteerData.read(new ByteArrayInputStream(otherVersion)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 99");
        byte[] longer = Arrays.copyOf(raw, raw.length + 1);
        assertThatThrownBy(() -> GazetteerData.read(new ByteArrayInputStream(longer)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extra data");
    }
}
