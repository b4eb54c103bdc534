package org.vigil.store.merge;

/**
 * Inverse document frequency of a term among the reports stored so far: rare terms (a victim's name, a street, a hotel)
 * weigh much more than terms every report of a city shares. Implementations read the store's document frequencies
 * as of the current transaction, which keeps merging deterministic for a given input order.
 */
@FunctionalInterface
public interface Idf {
  /** The weight of {@code term}; larger for rarer terms, never negative. */
  double of(String term);

  /** The smoothed IDF, {@code ln((n + 1) / (df + 1)) + 1}. */
  static double smoothed(long n, long df) {
    return Math.log((n + 1.0) / (df + 1.0)) + 1.0;
  }
}
