package org.vigil.store.bench;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import org.vigil.store.ArticleInput;
import org.vigil.store.IncidentStore;
import org.vigil.store.StoreResult;
import org.vigil.store.query.IncidentQueries;
import org.vigil.store.query.IncidentQuery;

/**
 * The store benchmark: fills a store with synthetic articles through the real write path (one transaction per
 * article: candidates, scoring, merge, figures, indexes), then times box + time queries. Reports throughput and
 * latency percentiles; no assertions (benchmarks stay out of the unit tests).
 */
public final class StoreBenchmark {
  /** What was measured. */
  public record Result(long articles, long incidents, long merged, double insertSeconds, double insertCpuSeconds,
      double processCpuSeconds, double[] latenciesMs, double meanRows) {
    public double articlesPerSecond() {
      return articles / insertSeconds;
    }

    /** Articles per second of the writer thread's own CPU time (Java and SQLite: both run on it). */
    public double articlesPerCpuSecond() {
      return articles / insertCpuSeconds;
    }

    /**
     * Articles per second of the whole process's CPU time during the insert phase: the writer, the thread that
     * prepares articles ahead of it, and the JIT compiler and garbage collector.
     */
    public double articlesPerProcessCpuSecond() {
      return articles / processCpuSeconds;
    }

    public double percentile(double p) {
      if (latenciesMs.length == 0) {
        return Double.NaN;
      }
      double[] s = latenciesMs.clone();
      Arrays.sort(s);
      return s[(int) Math.min(s.length - 1, Math.ceil(p / 100.0 * s.length) - 1)];
    }
  }

  private StoreBenchmark() {}

  /**
   * @param store the store to fill (a store filled by an earlier run is topped up, not refilled)
   * @param incidents incidents to bulk-fill the store with before the merge phase
   * @param articles synthetic articles to store through the real write path (merge included) on top
   * @param queries number of box + time queries
   * @param boxKm side of the query box
   * @param days length of the query's time range
   * @param seed random seed
   * @param batch articles per transaction (1: one transaction per article, as {@code vigil run} does)
   * @param progress where progress lines go, or null
   */
  public static Result run(IncidentStore store, long incidents, long articles, int queries, double boxKm, int days,
      long seed, int batch, PrintWriter progress) throws SQLException {
    Synthetic gen = new Synthetic(seed);
    BulkFill.fill(store.connection(), store.database().dialect(), gen, incidents, progress);
    long stored = 0;
    long merged = 0;
    long created = 0;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long started = System.nanoTime();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    long processCpuStarted = processCpuNanos();
    long generated = BulkFill.count(store.connection(), "articles");
    gen = new Synthetic(seed, seed * 1_000_003L + generated); // fresh incidents in the same towns on a top-up
    java.util.List<ArticleInput> pending = new java.util.ArrayList<>();
    while (stored < articles) {
      pending.addAll(gen.nextIncident(generated++));
      if (pending.size() >= batch || stored + pending.size() >= articles) {
        for (StoreResult r : batch == 1 ? storeEach(store, pending) : store.storeAll(pending)) {
          stored++;
          created += r.created();
          merged += r.merged();
        }
        pending.clear();
      }
    }
    double insertSeconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    double insertCpuSeconds = Math.max(1e-9, (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9);
    double processCpuSeconds = Math.max(1e-9, (processCpuNanos() - processCpuStarted) / 1e9);
    IncidentQueries q = new IncidentQueries(store.connection(), store.database().dialect());
    double[] lat = new double[queries];
    long rows = 0;
    for (int i = 0; i < queries + 20; i++) {
      Object[] qq = gen.nextQuery(boxKm, days);
      long t0 = System.nanoTime();
      int found = q.find(IncidentQuery.boxAndTime((double[]) qq[0], (LocalDate) qq[1], (LocalDate) qq[2]), false)
          .size();
      double ms = (System.nanoTime() - t0) / 1e6;
      if (i >= 20) { // the first 20 warm the JIT and the page cache
        lat[i - 20] = ms;
        rows += found;
      }
    }
    store.connection().rollback();
    return new Result(stored, BulkFill.count(store.connection(), "incidents"), merged, insertSeconds, insertCpuSeconds,
        processCpuSeconds, lat,
        queries == 0 ? 0 : (double) rows / queries);
  }

  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  private static java.util.List<StoreResult> storeEach(IncidentStore store, java.util.List<ArticleInput> in)
      throws SQLException {
    java.util.List<StoreResult> out = new java.util.ArrayList<>();
    for (ArticleInput a : in) {
      out.add(store.store(a));
    }
    return out;
  }


}
