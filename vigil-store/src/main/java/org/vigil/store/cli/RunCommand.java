package org.vigil.store.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.vigil.pipeline.screen.ScreenOptions;
import org.vigil.pipeline.screen.SeenStories;
import org.vigil.store.IncidentStore;
import org.vigil.store.db.Database;
import org.vigil.store.ingest.Sources;
import org.vigil.store.merge.MergeOptions;
import org.vigil.store.run.Extractor;
import org.vigil.store.run.PipelineExtractor;
import org.vigil.store.run.RunCounts;
import org.vigil.store.run.Runner;
import org.vigil.store.screen.StoredSeenStories;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil run SOURCE… [--db PATH]}: ingest → extract → merge → store. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Reads articles, extracts their incidents, merges them with the incidents already stored and "
        + "stores everything, one transaction per article.",
        "SOURCE is a file (text or HTML), a directory (read recursively, in path order), a JSON-lines file "
            + "(.jsonl, .jsonl.gz: {id|doc_id, text|html, published|dct, url, title} per line) or - for stdin.",
        "Articles already stored (same content hash or canonical URL) are not extracted again, so a run that "
            + "was stopped can be started again with the same sources."},
    footer = {"", "Exit status: 0 ok, 1 failure, 2 bad usage."})
public final class RunCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, directories, .jsonl batches or -.")
  List<String> sources;

  @Option(names = "--db", defaultValue = "vigil.db", paramLabel = "PATH|URL",
      description = "SQLite file (default: ${DEFAULT-VALUE}) or postgresql://user:pw@host:port/db "
          + "or a jdbc:postgresql: URL.")
  String db;

  @Option(names = "--threads", defaultValue = "2", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--screen", defaultValue = "all", paramLabel = "LIST",
      description = "Screens run before annotation: comma-separated language, relevance, duplicates, or all "
          + "(default) or none. Screened-out articles are stored as skipped (stage screen) with the reason; the "
          + "stories let through are remembered in the database, so a restarted run still skips their copies.")
  String screen;

  @Option(names = "--verbose", description = "Print stack traces on failure.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Supplier<Extractor> extractor;

  /** The real command: CoreNLP is loaded when the run starts. */
  public RunCommand() {
    this.extractor = null;
  }

  /** A run with another extractor (tests use a deterministic fake). */
  public RunCommand(Supplier<Extractor> extractor) {
    this.extractor = extractor;
  }

  @Override
  public Integer call() throws Exception {
    List<String> missing = Sources.missing(sources);
    if (!missing.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + String.join(", ", missing));
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    ScreenOptions screens;
    try {
      screens = ScreenOptions.parse(screen);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--screen: " + e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    Database database = Database.of(db);
    long started = System.nanoTime();
    StoredSeenStories seen = null;
    try (IncidentStore store = IncidentStore.open(database, MergeOptions.defaults());
        Sources inputs = new Sources(sources, System.in)) {
      Extractor ex;
      if (extractor != null) {
        ex = extractor.get();
      } else {
        seen = screens.duplicates() ? StoredSeenStories.open(store.connection()) : null;
        ex = PipelineExtractor.load(screens, seen == null ? SeenStories.none() : seen);
      }
      StoredSeenStories stories = seen;
      Runner runner = new Runner(store, ex, threads, err, c -> {
        if (stories != null) {
          stories.flush(c);
        }
      });
      RunCounts counts = runner.run(inputs);
      double s = (System.nanoTime() - started) / 1e9;
      err.printf(java.util.Locale.ROOT, "%s · %.1f s · %s%n", counts.summary(), s, database.label());
      err.flush();
    }
    return 0;
  }
}
