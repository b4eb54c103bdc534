package org.vigil.eval.run;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.Stage;

/**
 * Runs documents through a thread-safe per-document function (the pipeline) on a fixed number of threads and returns
 * the outcomes in input order. A failure on one document becomes its {@link Outcome.Rejected}; the batch carries on.
 * Progress goes to {@code err} every 100 documents.
 */
public final class BatchRunner {
  private final Function<RawDocument, Supplier<Outcome>> stages;
  private final int threads;
  private final PrintWriter err;

  /**
   * @param process the per-document work; must be thread-safe
   * @param threads worker threads, at least 1
   * @param err where progress goes
   */
  public BatchRunner(Function<RawDocument, Outcome> process, int threads, PrintWriter err) {
    this(threads, err, d -> () -> process.apply(d));
    java.util.Objects.requireNonNull(process);
  }

  private BatchRunner(int threads, PrintWriter err, Function<RawDocument, Supplier<Outcome>> stages) {
    this.stages = stages;
    this.threads = Math.max(1, threads);
    this.err = err;
  }

  /**
   * A runner whose per-document work has a cheap first stage, run on the calling thread in input order (cleaning
   * and screening, so that the first copy of a story is the first in the file whatever the threads), which returns
   * the expensive rest, run on the workers.
   */
  public static BatchRunner staged(Function<RawDocument, Supplier<Outcome>> stages, int threads, PrintWriter err) {
    return new BatchRunner(threads, err, java.util.Objects.requireNonNull(stages));
  }

  /** The outcome of every document, in the order given. */
  public List<Outcome> run(List<RawDocument> docs) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (RawDocument d : docs) {
        Supplier<Outcome> rest;
        try {
          rest = stages.apply(d);
        } catch (RuntimeException e) {
          Outcome failed = new Outcome.Rejected(d.id(), Stage.CLEAN, "error", e.getClass().getSimpleName() + ": "
              + e.getMessage(), null);
          rest = () -> failed;
        }
        futures.add(pool.submit(rest::get));
      }
      List<Outcome> out = new ArrayList<>(docs.size());
      for (int i = 0; i < futures.size(); i++) {
        RawDocument d = docs.get(i);
        Outcome o;
        try {
          o = futures.get(i).get();
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          o = new Outcome.Rejected(d.id(), Stage.EXTRACT, "error", c.getClass().getSimpleName() + ": "
              + c.getMessage(), null);
        }
        out.add(o);
        if ((i + 1) % 100 == 0 && err != null) {
          double s = (System.nanoTime() - started) / 1e9;
          err.printf(java.util.Locale.ROOT, "  %,d / %,d documents (%.1f s, %.2f docs/s)%n", i + 1, docs.size(), s,
              (i + 1) / s);
          err.flush();
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
