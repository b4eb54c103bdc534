package org.vigil.eval.seed;

/**
 * One point of the seed expectations, checked.
 *
 * @param point which expectation ("main.date", "must_not[0]")
 * @param expected what the expectation file asks for
 * @param pass whether the extraction meets it
 * @param actual what the extraction has
 */
public record Check(String point, String expected, boolean pass, String actual) {
  /** One line: {@code PASS main.date: 2017-06-18 (got 2017-06-18)}. */
  public String line() {
    return (pass ? "PASS  " : "FAIL  ") + point + ": " + expected + " (got " + actual + ")";
  }
}
