package org.vigil.store.run;

import java.util.function.Function;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.store.ArticleInput;

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
   * @param outcome what the document became, extracted without learned outlet homes
   * @param text the cleaned text the extraction's spans refer to, or null when there is none
   * @param vote the page's vote for its outlet's home ({@link OutletHomes#vote} of {@code outcome}), or null
   * @param again the same document extracted again with the given outlet homes, cheaply (the real extractor keeps
   *     the annotation); called on the run's writer thread, at most once; null when the outcome cannot change
   *     (nothing was extracted, or the extractor knows no homes)
   */
  record Result(Outcome outcome, String text, OutletHomes.Vote vote, Function<OutletHomes, Outcome> again) {
    public Result {
      java.util.Objects.requireNonNull(outcome, "outcome");
    }

    /** A result that no outlet home can change; it votes as its extraction reads. */
    public Result(Outcome outcome, String text) {
      this(outcome, text, ArticleInput.voteOf(outcome), null);
    }
  }
}
