package org.vigil.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFileTest {
  @TempDir
  Path dir;

  @Test
  void gzipIsRecognisedByItsBytesNotItsName() throws Exception {
    String text = "{\"id\": 1}\n\n{\"id\": 2}\n{\"id\": 3}\n";
    Path plain = dir.resolve("a.jsonl.gz"); // misleading name, plain content
    Files.writeString(plain, text);
    Path gz = dir.resolve("b.data");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(new DataFile(plain).jsonLines()).hasSize(3);
    assertThat(new DataFile(gz).jsonLines()).extracting(n -> n.get("id").asInt()).containsExactly(1, 2, 3);
    java.util.List<Integer> firstTwo = new java.util.ArrayList<>();
    new DataFile(gz).forEachLine(n -> firstTwo.add(n.get("id").asInt()), 2);
    assertThat(firstTwo).containsExactly(1, 2);
  }

  @Test
  void sha256IsOfTheStoredBytes() throws Exception {
    Path p = dir.resolve("x.txt");
    Files.writeString(p, "abc");
    assertThat(new DataFile(p).sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aBadLineOrAMissingFileIsAClearError() throws Exception {
    Path p = dir.resolve("bad.jsonl");
    Files.writeString(p, "{\"ok\": 1}\nnot json\n");
    assertThatThrownBy(() -> new DataFile(p).jsonLines()).hasMessageContaining("line 2 is not JSON");
    assertThatThrownBy(() -> new DataFile(dir.resolve("none")).jsonLines()).isInstanceOf(NoSuchFileException.class);
  }
}
