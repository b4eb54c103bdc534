package org.vigil.store.run;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigil.model.Outcome;
import org.vigil.model.Stage;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.store.ArticleInput;
import org.vigil.store.IncidentStore;
import org.vigil.store.StoreResult;
import org.vigil.ingest.Input;
import org.vigil.store.write.ArticleRows;

/**
 * The loop of {@code vigil run}: read → extract (on worker threads) → store (one transaction per input, in input
 * order). Inputs already stored are recognised by their content hash or URL before extraction and cost nothing, so a
 * run killed at any point can simply be started again with the same sources: it skips what was stored and carries
 * on in the same order, ending with the database an uninterrupted run makes.
 *
 * <p>Outlet homes ({@link OutletHomes}): every extracted page is stored with its vote
 * (read from its extraction without homes). Unless they are off, a page whose outlet has a home or a state
 * ({@link OutletHomes#state}) in the votes stored
 * before it (the store's rows when its turn to be stored comes: earlier runs', this run's earlier pages', another
 * writer's) is extracted again with that outlet's votes, on the writing thread ({@link Extractor.Result#again}), and
 * stored so. What a page sees is thus fixed by the store's state and the input order, whatever the threads, and a
 * restarted run sees what an uninterrupted one saw. Votes learned elsewhere (a seed: {@code vigil run --outlet-homes})
 * count before the stored ones, a stored page's vote replacing the seed's vote of the same page.
 */
public final class Runner {
  private final IncidentStore store;
  private final Extractor extractor;
  private final int threads;
  private final PrintWriter progress;
  private final TransactionHook beforeStore;
  private final boolean outletHomes;
  private final OutletHomes seed;

  /** Work done in each input's transaction just before the input is stored. */
  @FunctionalInterface
  public interface TransactionHook {
    void run(java.sql.Connection connection) throws SQLException;
  }

  /**
   * @param store where outcomes go
   * @param extractor thread-safe extraction
   * @param threads extraction threads, at least 1
   * @param progress where a progress line goes every 100 inputs, or null
   */
  public Runner(IncidentStore store, Extractor extractor, int threads, PrintWriter progress) {
    this(store, extractor, threads, progress, c -> { });
  }

  /**
   * As above, with {@code beforeStore} run in each input's transaction before the input is written (the duplicate
   * screen writes the fingerprints of the stories it let through, so they are committed with the articles).
   */
  public Runner(IncidentStore store, Extractor extractor, int threads, PrintWriter progress,
      TransactionHook beforeStore) {
    this(store, extractor, threads, progress, beforeStore, true);
  }

  /**
   * As above; {@code outletHomes} false: pages are stored as extracted, without the homes the store learned (their
   * votes are stored all the same).
   */
  public Runner(IncidentStore store, Extractor extractor, int threads, PrintWriter progress,
      TransactionHook beforeStore, boolean outletHomes) {
    this(store, extractor, threads, progress, beforeStore, outletHomes, OutletHomes.NONE);
  }

  /**
   * As above, with {@code seed}'s votes (learned elsewhere: {@code vigil run --outlet-homes}) counted before the
   * store's own ({@link IncidentStore#outletHomes(String, OutletHomes)}); ignored when {@code outletHomes} is false.
   */
  public Runner(IncidentStore store, Extractor extractor, int threads, PrintWriter progress,
      TransactionHook beforeStore, boolean outletHomes, OutletHomes seed) {
    this.outletHomes = outletHomes;
    this.seed = Objects.requireNonNull(seed);
    this.store = Objects.requireNonNull(store);
    this.extractor = Objects.requireNonNull(extractor);
    this.threads = Math.max(1, threads);
    this.progress = progress;
    this.beforeStore = Objects.requireNonNull(beforeStore);
  }

  /** Runs every input through; returns the counts. */
  public RunCounts run(Iterator<Input> inputs) throws SQLException, InterruptedException {
    RunCounts counts = new RunCounts();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "vigil-extract");
      t.setDaemon(true);
      return t;
    });
    long started = System.nanoTime();
    Deque<Pending> window = new ArrayDeque<>();
    try {
      while (inputs.hasNext()) {
        Input in = inputs.next();
        Future<Extractor.Result> f;
        if (in.ended() != null) {
          f = CompletableFuture.completedFuture(new Extractor.Result(in.ended(), null));
        } else {
          ArticleRows.Known known = store.known(in.hash(), in.url());
          if (known != null && known.sameInput(in.id(), in.hash())) {
            counts.countAlreadyStored();
            continue;
          }
          if (known != null) {
            // a duplicate: recorded without extracting it
            f = CompletableFuture.completedFuture(new Extractor.Result(
                new Outcome.Skipped(in.id(), Stage.INGEST, "duplicate", "same as article " + known.articleId()),
                null));
          } else {
            java.util.function.Supplier<Extractor.Result> rest = prepared(in);
            f = pool.submit(() -> safely(in, rest));
          }
        }
        window.addLast(new Pending(in, f));
        while (window.size() > 2 * threads || (!window.isEmpty() && window.peekFirst().result().isDone()
            && window.size() > threads)) {
          store(window.removeFirst(), counts, started);
        }
      }
      while (!window.isEmpty()) {
        store(window.removeFirst(), counts, started);
      }
    } finally {
      pool.shutdownNow();
    }
    return counts;
  }

  private java.util.function.Supplier<Extractor.Result> prepared(Input in) {
    try {
      return extractor.prepare(in.doc());
    } catch (RuntimeException | StackOverflowError e) {
      Extractor.Result failed = new Extractor.Result(new Outcome.Rejected(in.id(), Stage.EXTRACT, "error",
          e.getClass().getSimpleName() + ": " + e.getMessage(), in.hash()), null);
      return () -> failed;
    }
  }

  private Extractor.Result safely(Input in, java.util.function.Supplier<Extractor.Result> rest) {
    try {
      return rest.get();
    } catch (RuntimeException | StackOverflowError e) {
      return new Extractor.Result(new Outcome.Rejected(in.id(), Stage.EXTRACT, "error",
          e.getClass().getSimpleName() + ": " + e.getMessage(), in.hash()), null);
    }
  }

  private void store(Pending p, RunCounts counts, long started) throws SQLException, InterruptedException {
    Extractor.Result r;
    try {
      r = p.result().get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      r = new Extractor.Result(new Outcome.Rejected(p.input().id(), Stage.EXTRACT, "error",
          c.getClass().getSimpleName() + ": " + c.getMessage(), p.input().hash()), null);
    }
    Input in = p.input();
    Outcome outcome = outletHomes ? withHomes(r, in) : r.outcome();
    ArticleInput ai = new ArticleInput(in.id(), in.hash(), in.url(), in.doc() == null ? null : in.doc().title(),
        in.doc() == null ? null : in.doc().published(), outcome, r.text(), r.vote());
    try {
      beforeStore.run(store.connection());
    } catch (SQLException | RuntimeException e) {
      store.connection().rollback();
      throw e;
    }
    StoreResult sr = store.store(ai);
    counts.add(r.outcome(), sr);
    if (progress != null && counts.read() % 100 == 0) {
      double s = (System.nanoTime() - started) / 1e9;
      progress.printf(java.util.Locale.ROOT, "  %,d inputs (%.1f s, %.2f/s)%n", counts.read(), s, counts.read() / s);
      progress.flush();
    }
  }

  /**
   * The page extracted again with its outlet's votes as stored now, when they give the page a learned state
   * ({@link OutletHomes#state}: a home's state is one, and a county the page names is read in it; its own vote is not
   * among them yet); else as it was.
   */
  private Outcome withHomes(Extractor.Result r, Input in) throws SQLException {
    if (r.again() == null || !(r.outcome() instanceof Outcome.Extracted e)) {
      return r.outcome();
    }
    var article = e.extraction().article();
    String host = OutletHomes.host(article.url());
    if (host.isEmpty()) {
      return r.outcome();
    }
    var homes = store.outletHomes(host, seed);
    if (homes.state(host, article.id()).isEmpty()) {
      return r.outcome();
    }
    try {
      return r.again().apply(homes);
    } catch (RuntimeException | StackOverflowError x) {
      return new Outcome.Rejected(in.id(), Stage.EXTRACT, "error", x.getClass().getSimpleName() + ": "
          + x.getMessage(), in.hash());
    }
  }

  private record Pending(Input input, Future<Extractor.Result> result) {}
}
