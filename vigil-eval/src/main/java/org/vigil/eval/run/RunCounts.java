package org.vigil.eval.run;

import java.util.List;
import java.util.Locale;
import org.vigil.model.Outcome;

/**
 * What became of the records of one evaluation run; the counts always add up to the number read.
 *
 * @param read records read from the data file
 * @param extracted records the pipeline (or the cleaner) got through, possibly with nothing found
 * @param skipped records deliberately not extracted
 * @param rejected records that were bad input or on which a stage failed
 */
public record RunCounts(long read, long extracted, long skipped, long rejected) {
  public RunCounts {
    if (extracted + skipped + rejected != read) {
      throw new IllegalArgumentException("counts do not add up: " + extracted + " + " + skipped + " + " + rejected
          + " != " + read);
    }
  }

  /** Counts of a list of outcomes. */
  public static RunCounts of(List<Outcome> outcomes) {
    long extracted = outcomes.stream().filter(o -> o instanceof Outcome.Extracted).count();
    long skipped = outcomes.stream().filter(o -> o instanceof Outcome.Skipped).count();
    return new RunCounts(outcomes.size(), extracted, skipped, outcomes.size() - extracted - skipped);
  }

  /** The number of extracted outcomes with a main incident. */
  public static long withMainIncident(List<Outcome> outcomes) {
    return outcomes.stream().filter(o -> o instanceof Outcome.Extracted e && e.extraction().main() != null).count();
  }

  /** "1,000 read · 912 extracted · 80 skipped · 8 rejected". */
  public String line() {
    return String.format(Locale.ROOT, "%,d read · %,d extracted · %,d skipped · %,d rejected", read, extracted,
        skipped, rejected);
  }
}
