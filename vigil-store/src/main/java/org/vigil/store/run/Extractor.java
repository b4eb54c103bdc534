package org.vigil.store.run;

import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;

/**
 * The extraction step of {@code vigil run}: one document in, its outcome and cleaned text out. The real one is
 * {@link PipelineExtractor}; tests pass a deterministic fake so that a run can be exercised without CoreNLP.
 * Implementations must be thread-safe and must not throw for a bad document (they return a rejection).
 */
@FunctionalInterface
public interface Extractor {
  /** The outcome and cleaned text of one document. */
  Result process(RawDocument doc);

  /**
   * The cheap first part of {@link #process}, run by {@code vigil run} on its reading thread in input order (the
   * real extractor cleans and screens here, so that the first copy of a story is the first one read whatever the
   * threads); returns the rest, run on a worker. By default all the work is left to the worker.
   */
  default java.util.function.Supplier<Result> prepare(RawDocument doc) {
    return () -> process(doc);
  }

  /**
   * @param outcome what the document became
   * @param text the cleaned text the extraction's spans refer to, or null when there is none
   */
  record Result(Outcome outcome, String text) {
    public Result {
      java.util.Objects.requireNonNull(outcome, "outcome");
    }
  }
}
