package org.vigil.pipeline.resolve.geo.toponym;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Article;

/** The evaluation harness: usage errors, articles on the untouched text, and a run from cached annotations. */
class GeoEvalTest {
  @TempDir
  Path dir;

  private int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
    return GeoEval.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void badUsageExitsTwoWithTheUsage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(out, err, "--data")).isEqualTo(2);
    assertThat(run(out, err, "--out", "x")).isEqualTo(2);
    assertThat(run(out, err, "--data", "a", "--out", "b", "--demonyms", "maybe")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: GeoEval");
  }

  @Test
  void articleKeepsTheTextAndSplitsParagraphsAtBlankLines() throws Exception {
    String text = "Headline in Gao.\n\n  Second paragraph, Bamako.\n \nThird.";
    JsonNode n = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(
        java.util.Map.of("id", "7", "text", text, "date", "2009-03-20 12:24:52.002364-05")));
    Article a = GeoEval.article(n);
    assertThat(a.text()).isEqualTo(text);
    assertThat(a.paragraphs()).extracting(p -> p.of(text))
        .containsExactly("Headline in Gao.", "Second paragraph, Bamako.", "Third.");
    assertThat(a.published()).hasToString("2009-03-20");
  }

  @Test
  void writesOnePredictionLinePerArticleFromCachedAnnotations() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    String[] texts = {"Troops entered Timbuktu, Mali, on Sunday.", "Nothing to see here."};
    Path data = dir.resolve("gold.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < texts.length; i++) {
      lines.append(mapper.writeValueAsString(java.util.Map.of("id", "a" + i, "text", texts[i],
          "toponyms", List.of()))).append('\n');
    }
    Files.writeString(data, lines.toString());
    Path cache = dir.resolve("annotations.jsonl.gz");
    AnnotationCache c = AnnotationCache.open(cache);
    for (int i = 0; i < texts.length; i++) {
      c.put(Fixtures.annotator().annotate(GeoEval.article("a" + i, null, null, null, texts[i])));
    }
    c.save();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = run(out, err, "--data", data.toString(), "--out", dir.resolve("out").toString(), "--annotations",
        cache.toString(), "--threads", "2");
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 read · 2 tagged · 0 failed (0 annotated now)");
    List<String> pred = Files.readAllLines(dir.resolve("out").resolve("predictions.jsonl"));
    assertThat(pred).hasSize(2);
    JsonNode first = mapper.readTree(pred.get(0));
    assertThat(first.get("id").asText()).isEqualTo("a0");
    JsonNode timbuktu = first.get("toponyms").get(0);
    assertThat(texts[0].substring(timbuktu.get("start").asInt(), timbuktu.get("end").asInt())).isEqualTo("Timbuktu");
    assertThat(timbuktu.get("lat").asDouble()).isBetween(16.0, 17.5);
    assertThat(mapper.readTree(pred.get(1)).get("toponyms")).isEmpty();
  }
}
