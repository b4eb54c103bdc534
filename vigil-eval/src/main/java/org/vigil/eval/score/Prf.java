package org.vigil.eval.score;

/**
 * Precision, recall and F1 from the four counts the MUC-4 scorers keep: correct predictions, predictions, gold items
 * found, gold items. A zero denominator gives 0, as in {@code score_muc4.py}'s {@code f1()}.
 */
public record Prf(double p, double r, double f) {
  /** From the counts {@code pn / pd} and {@code rn / rd}. */
  public static Prf of(long pn, long pd, long rn, long rd) {
    double p = pd == 0 ? 0.0 : (double) pn / pd;
    double r = rd == 0 ? 0.0 : (double) rn / rd;
    return new Prf(p, r, p + r == 0 ? 0.0 : 2 * p * r / (p + r));
  }

  /** As {@code score_muc4.py show()} prints a row: percentages with two decimals. */
  public String format(String label) {
    return String.format(java.util.Locale.ROOT, "%-14s P %6.2f  R %6.2f  F1 %6.2f", label, 100 * p, 100 * r, 100 * f);
  }
}
