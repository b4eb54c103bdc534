package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cli.Cli.Result;

/** The real {@code vigil} command with captured output. */
class ExtractCommandTest {
  private static final Path SEED = Path.of("..", "samples", "kangaba.txt");

  @TempDir
  Path tmp;

  @Test
  void helpListsTheExtractCommand() {
    Result r = run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("extract");
  }

  @Test
  void badDateIsAUsageError() {
    Result r = run("extract", "--published", "19/06/2017", SEED.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--published must be a date as YYYY-MM-DD");
  }

  @Test
  void missingFileIsOneClearLine() {
    Result r = run("extract", tmp.resolve("nope.txt").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).contains("no such file").doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void fiftyMegabyteFileIsRejectedWithoutLoadingModels() throws Exception {
    Path big = tmp.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    Result r = run("extract", big.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).contains("too-large").doesNotContain("\n");
  }

  @Test
  void textSummaryOfTheSeed() {
    Result r = run("extract", "--published", "2017-06-19", "--format", "text", SEED.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("MAIN INCIDENT", "2017-06-18", "hostage_taking", "Bamako", "killed: 2",
        "hostages freed: 32", "Modibo Traore", "BACKGROUND");
  }

  @Test
  void batchCountsAddUpAndBadLinesAreRejected() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("..", "samples", "articles.jsonl")));
    lines.add("{not json");
    lines.add("{\"id\":\"no-content\",\"published\":\"2019-01-01\"}");
    lines.add("{\"id\":\"empty\",\"text\":\"   \"}");
    lines.add("{\"id\":\"bad-date\",\"text\":\"Gunmen attacked a bank.\",\"published\":\"yesterday\"}");
    lines.add("{\"id\":\"html-no-text\",\"html\":\"<html><body><nav><a href='/'>Home</a></nav></body></html>\"}");
    Path batch = tmp.resolve("batch.jsonl");
    Files.write(batch, lines, StandardCharsets.UTF_8);
    Result r = run("extract", batch.toString());
    assertThat(r.exit()).isZero();
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String l : r.out().split("\n")) {
      if (!l.isBlank()) {
        out.add(m.readTree(l));
      }
    }
    assertThat(out).hasSize(8);
    assertThat(out.stream().filter(n -> n.get("outcome").asText().equals("extracted"))).hasSize(3);
    assertThat(out.stream().filter(n -> n.get("outcome").asText().equals("rejected"))).hasSize(5);
    JsonNode seed = out.get(0);
    assertThat(seed.get("id").asText()).isEqualTo("kangaba");
    assertThat(seed.at("/extraction/incidents/0/status").asText()).isEqualTo("main");
    assertThat(seed.at("/extraction/incidents/0/time/start").asText()).isEqualTo("2017-06-18");
    assertThat(out.get(3).get("reason").asText()).isEqualTo("malformed-json");
    assertThat(out.get(4).get("reason").asText()).isEqualTo("no-content");
    assertThat(out.get(5).get("reason").asText()).isEqualTo("empty");
    assertThat(out.get(6).get("reason").asText()).isEqualTo("bad-date");
    assertThat(out.get(7).get("reason").asText()).isEqualTo("no-text");
    assertThat(r.err()).contains("8 read · 3 extracted · 0 skipped · 5 rejected").contains("articles/s");
  }
}
