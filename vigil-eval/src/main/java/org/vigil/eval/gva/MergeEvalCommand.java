package org.vigil.eval.gva;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.store.IncidentStore;
import org.vigil.store.db.Database;
import org.vigil.store.merge.MergeOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil merge-eval}: the merge measured on stored extractions of a benchmark (GVA, cases). */
@Command(name = "merge-eval", mixinStandardHelpOptions = true,
    description = {"Stores the extractions of a benchmark's articles (the output of vigil extract --batch) in a "
        + "store (default: a fresh temporary one), in article order, and writes one prediction line per article for "
        + "score.py gva / cases, as vigil eval gva --store does. Articles the store holds already are not stored "
        + "again.",
        "The articles' gold fields are never read."},
    footer = {"", "Exit status: 0 ok, 1 failure, 2 bad usage."})
public final class MergeEvalCommand implements Callable<Integer> {
  @Option(names = "--articles", required = true, description = "The benchmark articles (JSON lines, .gz ok).")
  Path articles;

  @Option(names = "--extractions", required = true, description = "vigil extract --batch output for them.")
  Path extractions;

  @Option(names = "--out", required = true, description = "Prediction lines to write.")
  Path out;

  @Option(names = "--db", description = "Store to fill (default: a temporary SQLite file).")
  String db;

  @Option(names = "--values", defaultValue = "report", paramLabel = "report|merged",
      description = "incident = the article's own main incident (default; what vigil eval gva writes), or the "
          + "merged incident's date and place and its reconciled figures. Both are mapped by the same GVA mapping.")
  String values;

  @Option(names = "--threshold", description = "Merge threshold (default: the tuned one).")
  Double threshold;

  @Option(names = "--weights", paramLabel = "WORDS,WORDS_OFFSET,NAMES,NAMES_OFFSET",
      description = "Text weights to try instead of the tuned ones.")
  String weights;

  @Option(names = "--day-penalty", description = "Cost per day between two firm dates to try instead of the tuned "
      + "one.")
  Double dayPenalty;

  @Option(names = "--join-score", description = "Score at which one report joins the main incidents it matches "
      + "(default: the tuned one; Infinity never joins).")
  Double joinScore;

  @Option(names = "--verbose", description = "Print stack traces on failure.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!values.equals("merged") && !values.equals("report")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--values must be report or merged");
    }
    Path dbPath = null;
    if (db == null) {
      dbPath = Files.createTempFile("vigil-merge-eval", ".db");
      Files.delete(dbPath);
    }
    Database database = Database.of(db != null ? db : dbPath.toString());
    MergeOptions options = MergeOptions.defaults();
    if (threshold != null) {
      options = options.withThreshold(threshold);
    }
    if (dayPenalty != null) {
      options = options.withFirmDayPenalty(dayPenalty);
    }
    if (joinScore != null) {
      options = options.withJoinScore(joinScore);
    }
    if (weights != null) {
      String[] w = weights.split(",");
      if (w.length != 4) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--weights needs four numbers");
      }
      options = options.withText(Double.parseDouble(w[0]), Double.parseDouble(w[1]), Double.parseDouble(w[2]),
          Double.parseDouble(w[3]));
    }
    long started = System.nanoTime();
    try (IncidentStore store = IncidentStore.open(database, options);
        PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      int[] r = new MergeEval().run(articles, extractions, store, values.equals("merged"), w);
      spec.commandLine().getErr().printf(java.util.Locale.ROOT, "%,d articles stored into %,d incidents in %.1f s "
          + "(%s); predictions in %s%n", r[0], r[1], (System.nanoTime() - started) / 1e9, database.label(), out);
    } finally {
      if (dbPath != null) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
          Files.deleteIfExists(Path.of(dbPath + suffix));
        }
      }
    }
    return 0;
  }
}
