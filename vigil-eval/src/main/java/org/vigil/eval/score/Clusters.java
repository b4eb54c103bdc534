package org.vigil.eval.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise and B-cubed agreement of two clusterings of the same documents, as the de-duplication measures of
 * {@code score.py} compute them. Pair counts come from the contingency table (the number of unordered pairs in the
 * same gold and the same predicted cluster), which equals the reference's set-of-pairs count without building the
 * pairs.
 */
final class Clusters {
  private Clusters() {}

  /** Pair counts: pairs in the same predicted cluster, in the same gold cluster, and in both. */
  record Pairs(long predicted, long gold, long both) {}

  /**
   * @param docs the documents (each once)
   * @param gold each document's gold cluster key
   * @param pred each document's predicted cluster key
   */
  static Pairs pairs(List<String> docs, Map<String, String> gold, Map<String, String> pred) {
    Map<String, Long> g = new HashMap<>();
    Map<String, Long> p = new HashMap<>();
    Map<List<String>, Long> both = new HashMap<>();
    for (String d : docs) {
      g.merge(gold.get(d), 1L, Long::sum);
      p.merge(pred.get(d), 1L, Long::sum);
      both.merge(List.of(gold.get(d), pred.get(d)), 1L, Long::sum);
    }
    return new Pairs(choose2(p), choose2(g), choose2(both));
  }

  private static <K> long choose2(Map<K, Long> sizes) {
    long n = 0;
    for (long s : sizes.values()) {
      n += s * (s - 1) / 2;
    }
    return n;
  }

  /** Per document: |gold ∩ pred| / |pred| (B-cubed precision term) and / |gold| (recall term). */
  static double[][] bcubedTerms(List<String> docs, Map<String, String> gold, Map<String, String> pred) {
    Map<String, Long> g = new HashMap<>();
    Map<String, Long> p = new HashMap<>();
    Map<List<String>, Long> both = new HashMap<>();
    for (String d : docs) {
      g.merge(gold.get(d), 1L, Long::sum);
      p.merge(pred.get(d), 1L, Long::sum);
      both.merge(List.of(gold.get(d), pred.get(d)), 1L, Long::sum);
    }
    double[][] out = new double[docs.size()][2];
    for (int i = 0; i < docs.size(); i++) {
      String d = docs.get(i);
      long inter = both.get(List.of(gold.get(d), pred.get(d)));
      out[i][0] = (double) inter / p.get(pred.get(d));
      out[i][1] = (double) inter / g.get(gold.get(d));
    }
    return out;
  }
}
