package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The real command with captured output, on the hand-made fixtures (no CoreNLP: scoring and page cleaning only). */
class EvalCommandTest {
  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = EvalMain.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String fixture(String name) throws Exception {
    return Path.of(EvalCommandTest.class.getResource("/" + name).toURI()).toString();
  }

  @Test
  void scoreGvaPrintsTheReferenceKeys() throws Exception {
    Run r = run("score", "gva", fixture("score/handmade_gva_articles.jsonl"),
        fixture("score/handmade_gva_incidents.jsonl"),
        fixture("score/handmade_gva_pred.jsonl"));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"injured_acc\": 0.75", "\"dedup_bcubed_f1\": 0.75", "\"with_incident\": 3");
  }

  @Test
  void scoreMuc4PrintsTheReferenceTable() throws Exception {
    Run r = run("score", "muc4-tf", fixture("score/handmade_muc4_gold.jsonl"), fixture("score/muc4_pred.json"));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("micro_avg      P  52.38  R  64.71  F1  57.89");
  }

  @Test
  void zyteCleansPagesWritesPredictionsAndScores() throws Exception {
    Run r = run("zyte", "--data", fixture("score/zyte_gold.jsonl"), "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("sha256 ", "4 read · ", "\"f1\": ", "time:");
    assertThat(Files.readString(dir.resolve("predictions.json"))).contains("Rain fell on the city");
  }

  @Test
  void badUsageExitsWithTwo() {
    assertThat(run("score", "nonsense", "a", "b").code()).isEqualTo(2);
    assertThat(run("muc4").code()).isEqualTo(2);
  }

  @Test
  void aMissingFileIsAFailureNotAStackTrace() {
    Run r = run("score", "zyte", dir.resolve("missing.jsonl").toString(), dir.resolve("p.json").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("vigil eval: ").contains("missing.jsonl").doesNotContain("\tat ");
    Run verbose = run("zyte", "--data", dir.resolve("missing.jsonl").toString(), "--out", dir.toString(),
        "--verbose");
    assertThat(verbose.code()).isEqualTo(1);
    assertThat(verbose.err()).contains("\tat ");
  }
}
