package org.vigil.eval.score;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of a MUC-4 scorer: P/R/F1 per key (incident_type and the roles for template F1; the roles for CEAF-REE)
 * and micro-averaged over the keys, with the raw counts.
 *
 * @param byKey P/R/F1 per key, in the reference scorer's order
 * @param counts per key the four counts: correct predictions, predictions, gold found, gold
 * @param micro the micro average over all keys
 */
public record Muc4Scores(Map<String, Prf> byKey, Map<String, long[]> counts, Prf micro) {
  public Muc4Scores {
    byKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** From per-key counts, in order. */
  static Muc4Scores of(Map<String, long[]> counts) {
    Map<String, Prf> byKey = new LinkedHashMap<>();
    long[] micro = new long[4];
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      byKey.put(e.getKey(), Prf.of(c[0], c[1], c[2], c[3]));
      for (int i = 0; i < 4; i++) {
        micro[i] += c[i];
      }
    }
    return new Muc4Scores(byKey, counts, Prf.of(micro[0], micro[1], micro[2], micro[3]));
  }

  /** The reference scorer's dictionary: {@code {key: {p, r, f}, ..., micro_avg: {p, r, f}}}. */
  public Map<String, Prf> asMap() {
    Map<String, Prf> out = new LinkedHashMap<>(byKey);
    out.put("micro_avg", micro);
    return out;
  }

  /** The table {@code score_muc4.py} prints. */
  public String table() {
    StringBuilder b = new StringBuilder();
    asMap().forEach((k, v) -> b.append(v.format(k)).append('\n'));
    return b.toString();
  }
}
