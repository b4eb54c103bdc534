package org.vigil.store.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.store.IncidentStore;
import org.vigil.store.bench.StoreBenchmark;
import org.vigil.store.db.Database;
import org.vigil.store.merge.MergeOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil store-bench}: insert/merge throughput and box + time query latency on synthetic incidents. */
@Command(name = "store-bench", mixinStandardHelpOptions = true,
    description = {"Fills a store with N synthetic incidents (bulk inserts), then stores M synthetic articles "
        + "through the real write path (candidates, scoring, merge, figures, indexes; one transaction per article "
        + "unless --batch), then times box + time queries.",
        "A store filled by an earlier run is topped up, not refilled (the data are deterministic for a seed)."},
    footer = {"", "Exit status: 0 ok, 1 failure, 2 bad usage."})
public final class StoreBenchCommand implements Callable<Integer> {
  @Option(names = "--db", defaultValue = "vigil-bench.db", paramLabel = "PATH|URL",
      description = "Store to fill (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--incidents", defaultValue = "1000000",
      description = "Incidents to fill the store with first (default: ${DEFAULT-VALUE}).")
  long incidents;

  @Option(names = "--articles", defaultValue = "20000",
      description = "Articles then stored through the merge (default: ${DEFAULT-VALUE}).")
  long articles;

  @Option(names = "--queries", defaultValue = "1000", description = "Queries timed (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--box-km", defaultValue = "100", description = "Side of the query box (default: ${DEFAULT-VALUE}).")
  double boxKm;

  @Option(names = "--days", defaultValue = "30", description = "Days in the query range (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--batch", defaultValue = "1",
      description = "Articles per transaction (default: ${DEFAULT-VALUE}, as vigil run does).")
  int batch;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--verbose", description = "Print stack traces on failure.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (incidents < 0 || articles < 0 || queries < 0 || days < 1 || boxKm <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "sizes must be positive");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Database database = Database.of(db);
    try (IncidentStore store = IncidentStore.open(database, MergeOptions.defaults())) {
      StoreBenchmark.Result r = StoreBenchmark.run(store, incidents, articles, queries, boxKm, days, seed,
          Math.max(1, batch), err);
      out.printf(Locale.ROOT, "store: %s (%s)%n", database.label(), database.dialect());
      out.printf(Locale.ROOT, "incidents: %,d · articles stored through the merge: %,d · reports merged into an "
          + "existing incident: %,d%n", r.incidents(), r.articles(), r.merged());
      if (r.articles() > 0) {
        out.printf(Locale.ROOT, "insert + merge: %.1f s · %,.0f articles/s · %,.0f new incidents/s (%s)%n",
            r.insertSeconds(), r.articlesPerSecond(), (r.articles() - r.merged()) / r.insertSeconds(),
            batch <= 1 ? "one transaction per article" : batch + " articles per transaction");
        out.printf(Locale.ROOT, "writer thread CPU: %.1f s · %,.0f articles per CPU second (the rate on an idle "
            + "core)%n", r.insertCpuSeconds(), r.articlesPerCpuSecond());
        double load = store.candidateIndexLoadCpuSeconds();
        if (load > 0) {
          out.printf(Locale.ROOT, "  of which loading the merge's candidate index (once per writer): %.1f s · "
              + "%,.0f articles per CPU second without it%n", load, r.articles() / (r.insertCpuSeconds() - load));
        }
        out.printf(Locale.ROOT, "process CPU: %.1f s · %,.0f articles per CPU second (writer, preparing thread, JIT "
            + "and GC)%n", r.processCpuSeconds(), r.articlesPerProcessCpuSecond());
      }
      out.printf(Locale.ROOT, "box %.0f km x %d days, %d queries: p50 %.2f ms · p95 %.2f ms · p99 %.2f ms · "
          + "mean %.1f incidents per query%n", boxKm, days, queries, r.percentile(50), r.percentile(95),
          r.percentile(99), r.meanRows());
    }
    return 0;
  }
}
