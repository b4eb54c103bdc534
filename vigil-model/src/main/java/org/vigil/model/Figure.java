package org.vigil.model;

import java.util.Objects;

/**
 * A count of people for one incident.
 *
 * @param kind what is counted
 * @param low lowest value the phrase allows
 * @param best the value Vigil reports (ACLED's rule: the most conservative credible figure)
 * @param high highest value the phrase allows, or null when open-ended ("at least 5")
 * @param qualifier the hedge as written
 * @param phrase the number phrase ("two", "up to four", "dozens")
 * @param rule how the figure was found (e.g. {@code number-dead}, {@code verb-killed-object})
 * @param evidence the supporting text
 */
public record Figure(FigureKind kind, int low, int best, Integer high, Qualifier qualifier, String phrase,
    String rule, Evidence evidence) {
  public Figure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(evidence, "evidence");
    if (low < 0 || best < low || (high != null && high < best)) {
      throw new IllegalArgumentException("figure bounds out of order: " + low + " / " + best + " / " + high);
    }
  }
}
