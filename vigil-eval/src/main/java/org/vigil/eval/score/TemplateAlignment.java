package org.vigil.eval.score;

import java.util.List;

/**
 * The GTT template alignment of one document ({@code tf_doc} in {@code score_muc4.py}): every injective map from a
 * subset of predicted templates to gold templates, enumerated in the reference's order (by size, then gold
 * permutations, then predicted combinations, all lexicographic), keeping the first with the highest micro F1.
 * A predicted template aligned to a gold template whose type string does not contain its type counts as unaligned.
 * Not thread-safe per instance; {@link #best} makes its own.
 */
final class TemplateAlignment {
  private static final int KEYS = Muc4Role.values().length + 1;

  private final List<Muc4Template> pred;
  private final List<Muc4Template> gold;
  /** The four totals of every template left unaligned. */
  private final long[] base = new long[4];
  /** What aligning p with g changes in the totals; null when the types do not match. */
  private final long[][][] gain;
  private final int[] gsub;
  private final int[] psub;
  private final boolean[] usedGold;
  private double bestScore = -1;
  private int[] bestG = new int[0];
  private int[] bestP = new int[0];

  private TemplateAlignment(List<Muc4Template> pred, List<Muc4Template> gold) {
    this.pred = pred;
    this.gold = gold;
    int n = Math.min(pred.size(), gold.size());
    gsub = new int[n];
    psub = new int[n];
    usedGold = new boolean[gold.size()];
    gain = new long[pred.size()][gold.size()][];
    for (Muc4Template p : pred) {
      add(base, total(alone(p, true)));
    }
    for (Muc4Template g : gold) {
      add(base, total(alone(g, false)));
    }
    for (int i = 0; i < pred.size(); i++) {
      for (int j = 0; j < gold.size(); j++) {
        if (compatible(pred.get(i), gold.get(j))) {
          long[] t = total(pair(pred.get(i), gold.get(j)));
          long[] pa = total(alone(pred.get(i), true));
          long[] ga = total(alone(gold.get(j), false));
          long[] d = new long[4];
          for (int k = 0; k < 4; k++) {
            d[k] = t[k] - pa[k] - ga[k];
          }
          gain[i][j] = d;
        }
      }
    }
  }

  /** The per-key counts ({@code incident_type}, then the roles; each pn, pd, rn, rd) of the best alignment. */
  static long[][] best(List<Muc4Template> pred, List<Muc4Template> gold) {
    TemplateAlignment a = new TemplateAlignment(pred, gold);
    for (int k = 0; k <= a.gsub.length; k++) {
      a.permuteGold(0, k);
    }
    return a.counts(a.bestP, a.bestG);
  }

  private void permuteGold(int depth, int k) {
    if (depth == k) {
      combinePred(0, 0, k);
      return;
    }
    for (int g = 0; g < gold.size(); g++) {
      if (usedGold[g]) {
        continue;
      }
      usedGold[g] = true;
      gsub[depth] = g;
      permuteGold(depth + 1, k);
      usedGold[g] = false;
    }
  }

  private void combinePred(int depth, int from, int k) {
    if (depth == k) {
      evaluate(k);
      return;
    }
    for (int p = from; p <= pred.size() - (k - depth); p++) {
      psub[depth] = p;
      combinePred(depth + 1, p + 1, k);
    }
  }

  private void evaluate(int k) {
    long pn = base[0];
    long pd = base[1];
    long rn = base[2];
    long rd = base[3];
    for (int j = 0; j < k; j++) {
      long[] d = gain[psub[j]][gsub[j]];
      if (d != null) {
        pn += d[0];
        pd += d[1];
        rn += d[2];
        rd += d[3];
      }
    }
    double score = Prf.of(pn, pd, rn, rd).f();
    if (score > bestScore) {
      bestScore = score;
      bestG = java.util.Arrays.copyOf(gsub, k);
      bestP = java.util.Arrays.copyOf(psub, k);
    }
  }

  private long[][] counts(int[] ps, int[] gs) {
    long[][] c = new long[KEYS][4];
    boolean[] predDone = new boolean[pred.size()];
    boolean[] goldDone = new boolean[gold.size()];
    for (int j = 0; j < ps.length; j++) {
      if (gain[ps[j]][gs[j]] != null) {
        add(c, pair(pred.get(ps[j]), gold.get(gs[j])));
        predDone[ps[j]] = true;
        goldDone[gs[j]] = true;
      }
    }
    for (int i = 0; i < pred.size(); i++) {
      if (!predDone[i]) {
        add(c, alone(pred.get(i), true));
      }
    }
    for (int j = 0; j < gold.size(); j++) {
      if (!goldDone[j]) {
        add(c, alone(gold.get(j), false));
      }
    }
    return c;
  }

  private static boolean compatible(Muc4Template p, Muc4Template g) {
    return g.incidentType().contains(p.incidentType());
  }

  /** {@code tf_pair}: the counts of an aligned pair. */
  private static long[][] pair(Muc4Template p, Muc4Template g) {
    long[][] c = new long[KEYS][4];
    c[0] = new long[] {1, 1, 1, 1};
    for (Muc4Role r : Muc4Role.values()) {
      long[] x = c[r.ordinal() + 1];
      List<List<String>> pe = p.role(r);
      List<List<String>> ge = g.role(r);
      for (List<String> e : pe) {
        x[1]++;
        if (ge.stream().anyMatch(gg -> Muc4Text.strict(gg, e))) {
          x[0]++;
        }
      }
      for (List<String> gg : ge) {
        x[3]++;
        if (pe.stream().anyMatch(e -> Muc4Text.strict(gg, e))) {
          x[2]++;
        }
      }
    }
    return c;
  }

  /** The counts of a template left unaligned: a false positive (predicted) or a miss (gold) in every slot. */
  private static long[][] alone(Muc4Template t, boolean predicted) {
    long[][] c = new long[KEYS][4];
    int i = predicted ? 1 : 3;
    c[0][i] = 1;
    for (Muc4Role r : Muc4Role.values()) {
      c[r.ordinal() + 1][i] = t.role(r).size();
    }
    return c;
  }

  private static long[] total(long[][] c) {
    long[] t = new long[4];
    for (long[] row : c) {
      add(t, row);
    }
    return t;
  }

  private static void add(long[] into, long[] x) {
    for (int i = 0; i < 4; i++) {
      into[i] += x[i];
    }
  }

  private static void add(long[][] into, long[][] x) {
    for (int k = 0; k < into.length; k++) {
      add(into[k], x[k]);
    }
  }
}
