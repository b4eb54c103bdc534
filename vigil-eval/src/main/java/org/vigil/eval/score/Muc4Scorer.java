package org.vigil.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Java port of {@code shared/eval/score_muc4.py}: template F1 in the GTT convention ({@link #templateF1}) and
 * CEAF-REE in the GRIT convention ({@link #ceafRee}). Documents are keyed by {@link Muc4Text#numericId}; the
 * caller maps prediction keys the same way (the last of two keys with one numeric id wins, as in the reference).
 *
 * <p>Template F1 tries every one-to-one alignment of a document's predicted templates with its gold templates in the
 * reference's order and keeps the first with the highest micro F1, so that per-role counts agree on ties too.
 * Stateless and thread-safe.
 */
public final class Muc4Scorer {
  private static final int KEYS = Muc4Role.values().length + 1;
  private static final List<String> TF_KEYS = keys(true);
  private static final List<String> CEAF_KEYS = keys(false);

  private Muc4Scorer() {}

  private static List<String> keys(boolean withType) {
    List<String> k = new ArrayList<>();
    if (withType) {
      k.add("incident_type");
    }
    for (Muc4Role r : Muc4Role.values()) {
      k.add(r.key());
    }
    return List.copyOf(k);
  }

  /** {@code load_gold}: a gold line's templates, normalised, without duplicates. */
  public static List<Muc4Template> goldTemplates(JsonNode line) {
    List<Muc4Template> out = new ArrayList<>();
    for (JsonNode t : line.get("templates")) {
      Muc4Template tt = template(t.get("incident_type").asText(), t);
      if (!out.contains(tt)) {
        out.add(tt);
      }
    }
    return out;
  }

  /** A predicted template as {@code score_tf} reads it: a non-string incident type counts as "attack". */
  public static Muc4Template predictedTemplate(JsonNode t) {
    JsonNode type = t.get("incident_type");
    return template(type != null && type.isTextual() ? type.textValue() : "attack", t);
  }

  private static Muc4Template template(String type, JsonNode t) {
    List<List<List<String>>> roles = new ArrayList<>();
    for (Muc4Role r : Muc4Role.values()) {
      roles.add(Muc4Text.entities(t.get(r.key())));
    }
    return new Muc4Template(type, roles);
  }

  /** {@code gold_role_fillers}: the GRIT role fillers if the line has them, else the union over its templates. */
  public static List<List<List<String>>> goldRoleFillers(JsonNode line) {
    List<List<List<String>>> out = new ArrayList<>();
    JsonNode rf = line.get("role_fillers");
    for (Muc4Role r : Muc4Role.values()) {
      if (rf != null && !rf.isNull()) {
        out.add(Muc4Text.entities(rf.get(r.key())));
      } else {
        List<List<String>> union = new ArrayList<>();
        for (JsonNode t : line.get("templates")) {
          for (List<String> e : Muc4Text.entities(t.get(r.key()))) {
            if (!union.contains(e)) {
              union.add(e);
            }
          }
        }
        out.add(union);
      }
    }
    return out;
  }

  /**
   * Template F1 over the gold documents (in their order); a gold document without predictions counts all its templates
   * as missed, predictions for documents not in gold are ignored.
   */
  public static Muc4Scores templateF1(Map<String, List<Muc4Template>> gold, Map<String, List<Muc4Template>> preds) {
    long[][] tot = new long[KEYS][4];
    for (Map.Entry<String, List<Muc4Template>> e : gold.entrySet()) {
      long[][] c = TemplateAlignment.best(preds.getOrDefault(e.getKey(), List.of()), e.getValue());
      for (int k = 0; k < KEYS; k++) {
        for (int i = 0; i < 4; i++) {
          tot[k][i] += c[k][i];
        }
      }
    }
    return scores(TF_KEYS, tot);
  }

  /**
   * CEAF-REE: per gold line and role, the size of the maximum one-to-one matching between gold and predicted entities
   * with strict similarity. {@code preds} holds per document the predicted entities of each role.
   */
  public static Muc4Scores ceafRee(List<JsonNode> goldLines, Map<String, List<List<List<String>>>> preds) {
    long[][] tot = new long[KEYS - 1][4];
    for (JsonNode line : goldLines) {
      List<List<List<String>>> g = goldRoleFillers(line);
      List<List<List<String>>> p = preds.get(Muc4Text.numericId(line.get("id").asText()));
      for (Muc4Role r : Muc4Role.values()) {
        List<List<String>> ge = g.get(r.ordinal());
        List<List<String>> pe = p == null ? List.of() : p.get(r.ordinal());
        long m = maxMatch(ge, pe);
        long[] t = tot[r.ordinal()];
        t[0] += m;
        t[1] += pe.size();
        t[2] += m;
        t[3] += ge.size();
      }
    }
    return scores(CEAF_KEYS, tot);
  }

  /** A document's predicted role fillers for CEAF-REE, read from {@code {PerpInd: [[m..]..], ...}}. */
  public static List<List<List<String>>> ceafPrediction(JsonNode doc) {
    List<List<List<String>>> out = new ArrayList<>();
    for (Muc4Role r : Muc4Role.values()) {
      out.add(Muc4Text.entities(doc == null ? null : doc.get(r.key())));
    }
    return out;
  }

  /** Maximum bipartite matching (Kuhn's augmenting paths) with {@link Muc4Text#strict} as the edge relation. */
  static int maxMatch(List<List<String>> gold, List<List<String>> pred) {
    List<List<Integer>> adj = new ArrayList<>();
    for (List<String> g : gold) {
      List<Integer> row = new ArrayList<>();
      for (int j = 0; j < pred.size(); j++) {
        if (Muc4Text.strict(g, pred.get(j))) {
          row.add(j);
        }
      }
      adj.add(row);
    }
    int[] matchP = new int[pred.size()];
    java.util.Arrays.fill(matchP, -1);
    int n = 0;
    for (int i = 0; i < gold.size(); i++) {
      if (augment(i, adj, matchP, new boolean[pred.size()])) {
        n++;
      }
    }
    return n;
  }

  private static boolean augment(int i, List<List<Integer>> adj, int[] matchP, boolean[] seen) {
    for (int j : adj.get(i)) {
      if (seen[j]) {
        continue;
      }
      seen[j] = true;
      if (matchP[j] < 0 || augment(matchP[j], adj, matchP, seen)) {
        matchP[j] = i;
        return true;
      }
    }
    return false;
  }

  private static Muc4Scores scores(List<String> keys, long[][] tot) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      counts.put(keys.get(k), tot[k].clone());
    }
    return Muc4Scores.of(counts);
  }
}
