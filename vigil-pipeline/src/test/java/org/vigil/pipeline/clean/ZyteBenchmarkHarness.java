package org.vigil.pipeline.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;

/**
 * Throw-away evaluation harness, not a unit test: runs the cleaner over the Zyte article-extraction benchmark pages
 * and writes predictions ({@code {id: {"articleBody": text}}}) for {@code score.py zyte}. Disabled unless
 * {@code -Dvigil.zyte=PAGES.jsonl.gz} is given; the benchmark data stays outside the repository. With
 * {@code -Dvigil.zyte.passes=N} the pages are cleaned N times and each pass is timed (the first includes JIT warm-up).
 *
 * <pre>
 * mvn -q -pl vigil-pipeline test -Dtest=ZyteBenchmarkHarness -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dvigil.zyte=/work/shared/data/article-extraction/pages_dev.jsonl.gz
 * python3 /work/shared/eval/score.py zyte /work/shared/data/article-extraction/pages_dev.jsonl.gz /tmp/zyte-pred.json
 * </pre>
 */
@Tag("benchmark")
class ZyteBenchmarkHarness {
  @Test
  @EnabledIfSystemProperty(named = "vigil.zyte", matches = ".+")
  void writePredictions() throws IOException {
    run(Path.of(System.getProperty("vigil.zyte")),
        Path.of(System.getProperty("vigil.zyte.out", "/tmp/zyte-pred.json")),
        Integer.getInteger("vigil.zyte.passes", 1));
  }

  /** Arguments: pages file, predictions file, number of passes. */
  public static void main(String[] args) throws IOException {
    run(Path.of(args.length > 0 ? args[0] : "/work/shared/data/article-extraction/pages_dev.jsonl.gz"),
        Path.of(args.length > 1 ? args[1] : "/tmp/zyte-pred.json"), args.length > 2 ? Integer.parseInt(args[2]) : 1);
  }

  record Page(String id, RawDocument doc) {}

  static void run(Path pages, Path out, int passes) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Page> input = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(pages)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          JsonNode page = json.readTree(line);
          String id = page.get("id").asText();
          input.add(new Page(id, new RawDocument(id, page.get("html").asText().getBytes(StandardCharsets.UTF_8),
              "text/html", "UTF-8", page.path("url").asText(null), null, null)));
        }
      }
    }
    Cleaner cleaner = new Cleaner();
    ObjectNode predictions = json.createObjectNode();
    for (int pass = 1; pass <= passes; pass++) {
      int rejected = 0;
      long t0 = System.nanoTime();
      for (Page page : input) {
        String body = "";
        try {
          body = cleaner.clean(page.doc()).text();
        } catch (RejectedException e) {
          rejected++;
          if (pass == 1) {
            System.err.println(page.id() + " rejected: " + e.reason() + ": " + e.getMessage());
          }
        }
        predictions.putObject(page.id()).put("articleBody", body);
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      System.err.printf("pass %d: %d pages, %d rejected, %.0f ms (%.1f ms/page)%n", pass, input.size(), rejected, ms,
          ms / Math.max(1, input.size()));
    }
    json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), predictions);
    System.err.println("predictions -> " + out);
  }
}
