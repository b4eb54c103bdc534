package org.vigil.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.vigil.eval.data.DataFile;
import org.vigil.eval.run.EvalJson;
import org.vigil.eval.run.RunCounts;
import org.vigil.eval.run.RunOptions;
import org.vigil.eval.run.RunReport;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;
import org.vigil.pipeline.clean.Cleaner;

/**
 * The shared run of the article-extraction benchmarks: each page's {@code html} through {@link Cleaner}, the main text
 * written as {@code {key: {"articleBody": text}}} to {@code predictions.json} (a rejected page gets an empty body), and
 * the benchmark's scorer applied. Only the key field, {@code url} and {@code html} are read for predictions.
 */
final class PageCleaning {
  private PageCleaning() {}

  /**
   * @param keyField the field that names a page in the predictions ({@code id} or {@code file})
   * @param scorer scores the read lines against the predictions object, as a JSON-serialisable value
   */
  static int run(String data, RunOptions run, PrintWriter out, PrintWriter err, String keyField,
      String scorerName, BiFunction<List<JsonNode>, JsonNode, Object> scorer) throws Exception {
    RunReport report = new RunReport(out);
    DataFile file = DataFile.of(data);
    report.data("data", file);
    List<JsonNode> lines = new ArrayList<>();
    file.forEachLine(lines::add, run.limitOrAll());
    Cleaner cleaner = new Cleaner();
    List<java.util.concurrent.Future<String>> texts = new ArrayList<>();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, run.threads));
    try {
      for (JsonNode l : lines) {
        texts.add(pool.submit(() -> clean(cleaner, l, keyField)));
      }
      ObjectNode predictions = EvalJson.mapper().createObjectNode();
      long cleaned = 0;
      long rejected = 0;
      for (int i = 0; i < lines.size(); i++) {
        String text = texts.get(i).get();
        if (text == null) {
          rejected++;
          text = "";
        } else {
          cleaned++;
        }
        predictions.putObject(lines.get(i).get(keyField).asText()).put("articleBody", text);
      }
      Path predFile = EvalJson.write(run.out, "predictions.json", predictions);
      report.counts(new RunCounts(lines.size(), cleaned, 0, rejected), null, 0);
      report.predictions(predFile);
      Object scores = scorer.apply(lines, predictions);
      report.scores("scores (score.py " + scorerName + "):", EvalJson.pretty(scores));
      EvalJson.write(run.out, "scores.json", scores);
      report.done(lines.size());
      if (rejected > 0) {
        err.println("note: " + rejected + " pages were rejected by the cleaner and scored with an empty body");
      }
      return 0;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The cleaned main text of one page, or null when the cleaner rejects it. */
  private static String clean(Cleaner cleaner, JsonNode line, String keyField) {
    JsonNode html = line.get("html");
    JsonNode url = line.get("url");
    RawDocument doc = RawDocument.ofText(line.get(keyField).asText(), html == null ? "" : html.asText(), "text/html",
        url == null || url.isNull() ? null : url.asText(), null, null);
    try {
      return cleaner.clean(doc).text();
    } catch (RejectedException e) {
      return null;
    }
  }
}
