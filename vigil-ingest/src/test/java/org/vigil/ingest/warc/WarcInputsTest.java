package org.vigil.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.Input;

class WarcInputsTest {
  private static final long LIMIT = 1 << 20;

  @TempDir
  Path dir;

  private static List<Input> all(WarcInputs w) {
    List<Input> out = new ArrayList<>();
    w.forEachRemaining(out::add);
    return out;
  }

  /** outcome kind and reason → count */
  private static Map<String, Integer> tally(List<Input> inputs) {
    Map<String, Integer> m = new TreeMap<>();
    for (Input in : inputs) {
      String k = in.doc() != null ? "doc" : (in.rejected() != null ? "rejected:" + in.rejected().reason()
          : "skipped:" + in.skipped().reason());
      m.merge(k, 1, Integer::sum);
    }
    return m;
  }

  @Test
  void aThousandPageGzipWarcWithErrorsImagesABombGarbageAndATruncatedRecordIsReadWithCountsThatAddUp()
      throws Exception {
    Warcs w = new Warcs(true);
    for (int i = 0; i < 1000; i++) {
      if (i % 10 == 0) {
        w.request("https://news.example/" + i);
      }
      w.html(i);
      if (i % 50 == 0) {
        w.response("https://news.example/img" + i + ".png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N'});
        w.response("https://news.example/gone" + i, 404, "text/html", "<p>not found</p>".getBytes());
      }
      if (i == 500) {
        w.raw("this is not a WARC record at all\r\n\r\n".repeat(20).getBytes(StandardCharsets.US_ASCII));
        w.bomb("https://news.example/bomb", 8 << 20);
      }
    }
    byte[] good = w.bytes();
    byte[] last = new Warcs(true).html(1000).bytes();
    byte[] file = Arrays.copyOf(good, good.length + last.length / 2);
    System.arraycopy(last, 0, file, good.length, last.length / 2);
    Path warc = Files.write(dir.resolve("news.warc.gz"), file);

    List<Input> inputs;
    long passedOver;
    try (WarcInputs in = new WarcInputs(warc, "news.warc.gz", LIMIT)) {
      inputs = all(in);
      passedOver = in.passedOver();
    }
    assertThat(tally(inputs)).containsExactlyInAnyOrderEntriesOf(Map.of("doc", 1000, "skipped:not-html", 20,
        "skipped:http-status", 20, "rejected:too-large", 1, "rejected:corrupt-record", 1,
        "rejected:truncated-record", 1));
    assertThat(inputs).hasSize(1043);
    assertThat(passedOver).isEqualTo(100);
    Input first = inputs.get(0);
    assertThat(first.doc().url()).isEqualTo("https://news.example/0");
    assertThat(first.doc().published()).hasToString("2019-11-19");
    assertThat(first.doc().contentType()).isEqualTo("text/html");
    assertThat(first.doc().charset()).isEqualTo("utf-8");
    assertThat(new String(first.doc().bytes(), StandardCharsets.UTF_8)).isEqualTo(Warcs.page(0));
    assertThat(first.id()).startsWith("urn:uuid:");
    assertThat(inputs.stream().filter(i -> i.doc() != null).map(i -> i.doc().url()).distinct()).hasSize(1000);
    assertThat(inputs.stream().filter(i -> i.rejected() != null).map(i -> i.rejected().stage().name()))
        .containsOnly("INGEST");
  }

  @Test
  void anUncompressedWarcResyncsAfterGarbageAndRejectsARecordCutShort() throws Exception {
    Warcs w = new Warcs(false);
    w.html(1).raw("garbage garbage\r\n".getBytes(StandardCharsets.US_ASCII)).html(2);
    byte[] last = new Warcs(false).html(3).bytes();
    byte[] good = w.bytes();
    byte[] file = Arrays.copyOf(good, good.length + last.length - 100);
    System.arraycopy(last, 0, file, good.length, last.length - 100);
    Path warc = Files.write(dir.resolve("plain.warc"), file);
    try (WarcInputs in = new WarcInputs(warc, "plain.warc", LIMIT)) {
      List<Input> inputs = all(in);
      assertThat(tally(inputs)).containsExactlyInAnyOrderEntriesOf(Map.of("doc", 2, "rejected:corrupt-record", 1,
          "rejected:truncated-record", 1));
      assertThat(inputs.get(0).doc().url()).isEqualTo("https://news.example/1");
    }
  }

  @Test
  void anEmptyFileHasNoInputs() throws Exception {
    Path warc = Files.write(dir.resolve("empty.warc"), new byte[0]);
    try (WarcInputs in = new WarcInputs(warc, "empty.warc", LIMIT)) {
      assertThat(in.hasNext()).isFalse();
    }
  }
}
