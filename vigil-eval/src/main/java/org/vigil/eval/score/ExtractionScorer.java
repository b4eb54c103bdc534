package org.vigil.eval.score;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Java port of the article-extraction scorers of {@code shared/eval/score.py}: {@code zyte} (4-gram shingle
 * precision/recall/F1, the article-extraction-benchmark metric) and {@code traf} (trafilatura's snippet test).
 * Stateless and thread-safe.
 */
public final class ExtractionScorer {
  private ExtractionScorer() {}

  /** Scores of either metric, with the reference's key names. */
  public record Scores(@JsonProperty("pages") int pages, @JsonProperty("precision") double precision,
      @JsonProperty("recall") double recall, @JsonProperty("f1") double f1) {}

  /**
   * {@code score.py zyte}: per page, \w+ tokens, 4-gram shingles with counts, tp/fp/fn normalised to sum 1;
   * precision and recall are means over the pages where they are defined; F1 their harmonic mean.
   *
   * @param goldLines lines with {@code id} and {@code article_body}
   * @param pred {@code {id: {"articleBody": text}}}
   */
  public static Scores zyte(List<JsonNode> goldLines, JsonNode pred) {
    Map<String, JsonNode> gold = new LinkedHashMap<>();
    for (JsonNode r : goldLines) {
      gold.put(r.get("id").asText(), r.get("article_body"));
    }
    List<Double> precisions = new ArrayList<>();
    List<Double> recalls = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
      double[] x = pageCounts(textOrEmpty(e.getValue()), textOrEmpty(articleBody(pred, e.getKey())));
      double tp = x[0];
      double fp = x[1];
      double fn = x[2];
      if (tp + fp > 0) {
        precisions.add(fp == fn && fn == 0 ? 1.0 : (tp == fp && fp == 0 ? 0.0 : tp / (tp + fp)));
      }
      if (tp + fn > 0) {
        recalls.add(fp == fn && fn == 0 ? 1.0 : (tp == fn && fn == 0 ? 0.0 : tp / (tp + fn)));
      }
    }
    double p = PyValues.mean(precisions);
    double r = PyValues.mean(recalls);
    return new Scores(gold.size(), p, r, p + r != 0 ? 2 * p * r / (p + r) : 0.0);
  }

  /**
   * {@code score.py traf}: each 'with' snippet found in the whitespace-normalised prediction is a true positive, a
   * missing one a false negative; each 'without' snippet found is a false positive.
   *
   * @param goldLines lines with {@code file}, {@code with} and {@code without}
   * @param pred {@code {file: {"articleBody": text}}}
   */
  public static Scores traf(List<JsonNode> goldLines, JsonNode pred) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (JsonNode g : goldLines) {
      String text = PyText.collapseSpace(textOrEmpty(articleBody(pred, g.get("file").asText())));
      for (JsonNode s : listOrEmpty(g.get("with"))) {
        if (text.contains(PyText.collapseSpace(textOrEmpty(s)))) {
          tp++;
        } else {
          fn++;
        }
      }
      for (JsonNode s : listOrEmpty(g.get("without"))) {
        if (text.contains(PyText.collapseSpace(textOrEmpty(s)))) {
          fp++;
        }
      }
    }
    double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
    double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
    return new Scores(goldLines.size(), p, r, p + r != 0 ? 2 * p * r / (p + r) : 0.0);
  }

  /** {@code page_counts}: the shingle tp, fp, fn of one page, normalised to sum 1 (all 0 when both are empty). */
  static double[] pageCounts(String gold, String pred) {
    Map<List<String>, Integer> a = shingles(gold);
    Map<List<String>, Integer> b = shingles(pred);
    Set<List<String>> keys = new HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> k : keys) {
      int tc = a.getOrDefault(k, 0);
      int pc = b.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double s = tp + fp + fn;
    return s != 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {tp, fp, fn};
  }

  /** {@code shingles}: counts of 4-token windows; a text of fewer than 4 tokens is one shorter shingle. */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> toks = PyText.words(text);
    Map<List<String>, Integer> out = new HashMap<>();
    int n = 4;
    for (int i = 0; i < Math.max(1, toks.size() - n + 1); i++) {
      List<String> window = toks.subList(Math.min(i, toks.size()), Math.min(i + n, toks.size()));
      if (!window.isEmpty()) {
        out.merge(List.copyOf(window), 1, Integer::sum);
      }
    }
    return out;
  }

  private static JsonNode articleBody(JsonNode pred, String key) {
    JsonNode page = pred == null ? null : pred.get(key);
    return page == null || !page.isObject() ? null : page.get("articleBody");
  }

  private static String textOrEmpty(JsonNode v) {
    return PyValues.truthy(v) ? (v.isTextual() ? v.textValue() : PyValues.str(v)) : "";
  }

  private static Iterable<JsonNode> listOrEmpty(JsonNode v) {
    return PyValues.truthy(v) ? v : List.of();
  }
}
