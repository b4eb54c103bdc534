package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cli.Cli.Result;

/** {@code vigil corenlp-bench}, the real command with captured output. */
class CoreNlpBenchCommandTest {
  @TempDir
  Path tmp;

  @Test
  void aMissingFileOrNoPassIsBadUsage() throws Exception {
    assertThat(run("corenlp-bench", "--data", tmp.resolve("nope.jsonl").toString()).exit()).isEqualTo(2);
    Path data = Files.writeString(tmp.resolve("one.jsonl"), "{\"id\": \"a\", \"text\": \"Gunmen shot two men.\"}\n");
    Result r = run("corenlp-bench", "--data", data.toString(), "--passes", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--passes must be >= 1");
  }

  @Test
  void timesTheFullNerPipelineOnTheTextsAndPrintsTheMedianRate() throws Exception {
    Path data = Files.writeString(tmp.resolve("two.jsonl"),
        "{\"id\": \"a\", \"text\": \"Gunmen killed two soldiers in Bamako on Sunday.\"}\n"
            + "{\"id\": \"b\", \"html\": \"<p>not plain text</p>\"}\n"
            + "{\"id\": \"c\", \"text\": \"Three people were wounded in a shooting in Chicago.\"}\n");
    Result r = run("corenlp-bench", "--data", data.toString(), "--warm-up", "1", "--passes", "1", "--threads", "1");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("CoreNLP full NER pipeline (tokenize,ssplit,pos,lemma,ner), 2 documents")
        .containsPattern("\\d+\\.\\d\\d articles/s, [\\d,]+ tokens/s \\(median of 1 passes")
        .contains("issue 10 asks Vigil for twice this");
    assertThat(r.err()).contains("1 documents warmed up").contains("pass 1:");
  }
}
