package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
  @TempDir
  Path dir;

  private static List<Input> all(Sources s) {
    List<Input> out = new ArrayList<>();
    s.forEachRemaining(out::add);
    return out;
  }

  @Test
  void filesDirectoriesGzipBatchesAndStdinAreReadInAStableOrder() throws Exception {
    Path d = Files.createDirectories(dir.resolve("in"));
    Files.writeString(d.resolve("b.html"), "<p>Gunmen attacked</p>");
    Files.writeString(d.resolve("a.txt"), "Gunmen attacked a hotel.");
    Files.createDirectories(d.resolve(".git"));
    Files.writeString(d.resolve(".git/config"), "hidden");
    Path gz = dir.resolve("batch.jsonl.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(("{\"doc_id\":\"x1\",\"text\":\"one\",\"dct\":\"2018-01-20\",\"url\":\"http://u/1\",\"title\":\"T\"}\n"
          + "\n{broken\n{\"id\":\"x3\"}\n{\"id\":\"x4\",\"html\":\"<p>h</p>\",\"published\":\"20 Jan\"}\n"
          + "{\"id\":\"x5\",\"title\":\"Two shot at a bar\"}\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    var stdin = new ByteArrayInputStream("Plain text from stdin".getBytes(StandardCharsets.UTF_8));
    List<Input> in = all(new Sources(List.of(d.toString(), gz.toString(), "-"), stdin));
    assertThat(in).extracting(Input::id).containsExactly(d.resolve("a.txt").toString(),
        d.resolve("b.html").toString(), "x1", gz + ":3", "x3", "x4", "x5", "stdin");
    assertThat(in.get(0).doc().contentType()).isEqualTo("text/plain");
    assertThat(in.get(1).doc().contentType()).isEqualTo("text/html");
    assertThat(in.get(2).doc().published()).hasToString("2018-01-20");
    assertThat(in.get(2).url()).isEqualTo("http://u/1");
    assertThat(in.get(3).rejected().reason()).isEqualTo("malformed-json");
    assertThat(in.get(4).rejected().reason()).isEqualTo("no-content");
    assertThat(in.get(5).rejected().reason()).isEqualTo("bad-date");
    // a headline alone goes on to the clean stage with an empty body
    assertThat(in.get(6).doc().bytes()).isEmpty();
    assertThat(in.get(6).doc().title()).isEqualTo("Two shot at a bar");
    assertThat(in.get(7).doc().bytes()).asString(StandardCharsets.UTF_8).isEqualTo("Plain text from stdin");
    assertThat(in).allSatisfy(i -> assertThat(i.hash()).hasSize(64));
  }

  @Test
  void stdinStartingWithABraceIsABatch() {
    var stdin = new ByteArrayInputStream("  {\"id\":\"s1\",\"text\":\"a\"}\n{\"id\":\"s2\",\"text\":\"b\"}\n"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(all(new Sources(List.of("-"), stdin))).extracting(Input::id).containsExactly("s1", "s2");
  }

  @Test
  void missingSourcesAreReportedBeforeAnythingIsRead() {
    assertThat(Sources.missing(List.of("-", dir.toString(), dir.resolve("nope.txt").toString())))
        .containsExactly(dir.resolve("nope.txt").toString());
  }

  @Test
  void aCutGzipBatchIsRejectedFromTheCutOnAndTheRunGoesOnWithProgressBytesAddingUp() throws Exception {
    Path gz = dir.resolve("cut.jsonl.gz");
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(b)) {
      for (int i = 0; i < 2000; i++) {
        o.write(("{\"id\":\"l" + i + "\",\"text\":\"line " + i + " " + "x".repeat(i % 50) + "\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = b.toByteArray();
    Files.write(gz, java.util.Arrays.copyOf(whole, whole.length / 2));
    Path txt = Files.writeString(dir.resolve("after.txt"), "still read");
    List<Input> in;
    try (Sources s = new Sources(List.of(gz.toString(), "jsonl:" + gz, txt.toString()),
        new ByteArrayInputStream(new byte[0]))) {
      assertThat(s.bytesTotal()).isEqualTo(2L * (whole.length / 2) + 10);
      in = all(s);
      assertThat(s.bytesDone()).isEqualTo(s.bytesTotal());
    }
    assertThat(in.get(in.size() - 1).id()).isEqualTo(txt.toString());
    List<Input> rejected = in.stream().filter(i -> i.rejected() != null).toList();
    assertThat(rejected).hasSize(2).allSatisfy(r -> assertThat(r.rejected().reason()).isEqualTo("unreadable"));
    // the lines decoded before the cut are kept, except those still in the reader's buffer (up to 64 K chars)
    assertThat(in.stream().filter(i -> i.doc() != null).map(Input::id)).allMatch(id -> id.startsWith("l")
        || id.equals(txt.toString()));
  }

  @Test
  void urlsAreNotMissingFiles() {
    assertThat(Sources.missing(List.of("https://n.example/a", "feed:http://n.example/rss", "jsonl:" + dir)))
        .isEmpty();
    assertThat(Sources.isUrl("HTTPS://n.example")).isTrue();
    assertThat(Sources.isUrl("httpfile.txt")).isFalse();
  }
}
