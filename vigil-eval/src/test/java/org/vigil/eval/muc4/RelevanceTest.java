package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelevanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode line(String text, boolean template) throws Exception {
    return JSON.readTree("{\"id\": \"T\", \"raw_text\": \"LIMA, 3 JAN 90 -- [TEXT] " + text + "\", \"templates\": "
        + (template ? "[{\"incident_type\": \"bombing\"}]" : "[]") + "}");
  }

  @Test
  void learnsWhichWordsMarkDocumentsWithTemplates() throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      lines.add(line("TERRORISTS EXPLODED A BOMB AND KILLED A JUDGE IN LIMA.", true));
      lines.add(line("THE MINISTER DISCUSSED THE ECONOMY AND THE TALKS IN LIMA.", false));
    }
    Relevance r = Relevance.train(lines);
    assertThat(r.relevant("A BOMB KILLED A JUDGE")).isTrue();
    assertThat(r.relevant("THE MINISTER DISCUSSED THE TALKS")).isFalse();
    assertThat(r.probability("BOMB")).isGreaterThan(r.probability("ECONOMY"));
  }

  @Test
  void theThresholdHasTheBestF1InFindingDocumentsWithTemplates() {
    // at 0.5 one of two documents with templates is dropped (F1 2/3); from 0.31 to 0.35 both are kept and the
    // document without one at 0.3 is not (F1 1); 0.35 is nearest 0.5
    List<double[]> scored = List.of(new double[] {0.9, 1}, new double[] {0.35, 1}, new double[] {0.3, 0},
        new double[] {0.1, 0});
    assertThat(Relevance.bestThreshold(scored)).isEqualTo(0.35);
    assertThat(Relevance.bestThreshold(List.of(new double[] {0.9, 1}, new double[] {0.1, 0}))).isEqualTo(0.5);
  }

  @Test
  void wordsAreDistinctLowerCaseLetterRuns() {
    assertThat(Relevance.words("THE FMLN'S 2 BOMBS; the bombs")).containsExactly("the", "fmln", "s", "bombs");
  }

  @Test
  void writtenModelReadsBack(@TempDir Path dir) throws Exception {
    Relevance r = new Relevance(Map.of("bomb", 2.0, "economy", -2.0), -0.5);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    r.write(bytes, "test");
    Path f = dir.resolve("relevance.tsv.gz");
    Files.copy(new ByteArrayInputStream(bytes.toByteArray()), f);
    Relevance back = Relevance.read(f);
    assertThat(back.size()).isEqualTo(2);
    assertThat(back.probability("bomb economy")).isEqualTo(r.probability("bomb economy"));
    assertThat(back.relevant("a bomb")).isTrue();
    Relevance strict = new Relevance(Map.of("bomb", 2.0), -0.5, 0.9);
    ByteArrayOutputStream strictBytes = new ByteArrayOutputStream();
    strict.write(strictBytes, "test");
    Files.write(f, strictBytes.toByteArray());
    assertThat(Relevance.read(f).threshold()).isEqualTo(0.9);
    assertThat(Relevance.read(f).relevant("a bomb")).isFalse();
    assertThat(Relevance.always().relevant("anything")).isTrue();
  }

  @Test
  void theBundledModelLoads() {
    assertThat(Relevance.bundled().size()).isGreaterThan(1000);
    assertThat(Relevance.bundled().threshold()).isBetween(0.2, 0.8);
  }
}
