package org.vigil.store.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.vigil.geo.Gazetteer;
import org.vigil.ingest.Progress;
import org.vigil.ingest.Sources;
import org.vigil.ingest.feed.FeedState;
import org.vigil.ingest.fetch.Fetcher;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.pipeline.screen.ScreenOptions;
import org.vigil.pipeline.screen.SeenStories;
import org.vigil.store.IncidentStore;
import org.vigil.store.db.Database;
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
            + "(.jsonl, .jsonl.gz: {id|doc_id, text|html, published|dct, url, title} per line), a WARC file "
            + "(.warc, .warc.gz: every HTML page captured with status 200), an http(s) URL (one page, or a feed "
            + "when the answer is RSS or Atom), feed:URL (a feed whatever it looks like) or - for stdin.",
        "A feed is fetched conditionally (ETag, Last-Modified); each item not read before is read once: its link "
            + "fetched as the article, or its own content without a link. What was read is kept in the feed state "
            + "file, saved when every input of a poll is stored. With --follow the feeds are polled again, each "
            + "one backing off from --poll-interval up to --max-poll-interval while it brings nothing new.",
        "Fetching refuses private, loopback and link-local addresses (unless --allow-private-addresses), "
            + "follows at most 5 redirects, gives up after 10 s to connect or 30 s per response, refuses bodies "
            + "over 20 MiB and waits 1 s between two requests to one host; every failure is recorded as a "
            + "rejected input.",
        "Articles already stored (same content hash or canonical URL) are not extracted again, so a run that "
            + "was stopped can be started again with the same sources.",
        "Outlet homes: each page whose text places its main incident in a town (precision 1) is stored with that "
            + "vote for its outlet (its host). When a page is stored, the votes its outlet's other pages have in the "
            + "store by then (earlier runs' and this run's earlier pages') give it a home if one town has half or "
            + "more of them, two or more; the page is then extracted again with it, a weak clue used only where the "
            + "page names no town or a bare town of an unnamed state (vigil outlets --db writes the votes)."},
    footer = {"", "Exit status: 0 ok, 1 failure, 2 bad usage."})
public final class RunCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "SOURCE",
      description = "Files, directories, .jsonl batches, .warc(.gz) archives, http(s) URLs, feed:URL or -.")
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

  @Option(names = "--no-outlet-homes",
      description = "Store each page as extracted, without the outlets' home towns the store learned (by default a "
          + "page whose outlet's other stored pages put half or more of their votes, two or more, on one town is "
          + "extracted again with it; the votes are stored either way).")
  boolean noOutletHomes;

  @Option(names = "--outlet-homes", paramLabel = "FILE",
      description = "Outlet votes learned elsewhere (vigil outlets --out, from a batch's extractions or another "
          + "store), counted before the store's own, so that a new store starts with the homes they teach; a page "
          + "stored here replaces the file's vote of the same page id.")
  Path outletHomes;

  @Option(names = "--verbose", description = "Print stack traces on failure.")
  boolean verbose;

  @Option(names = "--follow", description = "Keep polling the feeds among the sources until stopped.")
  boolean follow;

  @Option(names = "--poll-interval", defaultValue = "300", paramLabel = "SECONDS",
      description = "With --follow: seconds between polls of a feed that brings new items (default: "
          + "${DEFAULT-VALUE}).")
  long pollInterval;

  @Option(names = "--max-poll-interval", defaultValue = "3600", paramLabel = "SECONDS",
      description = "With --follow: the longest interval a quiet or failing feed backs off to, doubling at each "
          + "empty poll (default: ${DEFAULT-VALUE}).")
  long maxPollInterval;

  @Option(names = "--feed-state", defaultValue = "vigil-feeds.json", paramLabel = "PATH",
      description = "Where what was read from each feed is kept between runs (default: ${DEFAULT-VALUE}; "
          + "written only when a source is a feed).")
  Path feedState;

  @CommandLine.Mixin
  SourceOptions sourceOptions = new SourceOptions();

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
    if (pollInterval < 1 || maxPollInterval < pollInterval) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--poll-interval must be at least 1 and --max-poll-interval at least --poll-interval");
    }
    if (noOutletHomes && outletHomes != null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--outlet-homes and --no-outlet-homes exclude each other");
    }
    OutletHomes seed;
    try {
      seed = outletHomes == null ? OutletHomes.NONE : OutletHomes.read(outletHomes);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--outlet-homes: " + e.getMessage());
    }
    Progress.Mode progressMode = sourceOptions.progressMode(spec);
    PrintWriter err = spec.commandLine().getErr();
    Database database = Database.of(db);
    FeedState feeds = FeedState.load(feedState, Duration.ofSeconds(pollInterval),
        Duration.ofSeconds(maxPollInterval));
    Fetcher fetcher = sourceOptions.fetcher();
    Map<String, String> followed = new LinkedHashMap<>();
    // one gazetteer for the merge and the pipeline (a fake extractor needs none, but the merge does)
    Gazetteer gazetteer = Gazetteer.loadBundled();
    try (IncidentStore store = IncidentStore.open(database, MergeOptions.defaults(), gazetteer)) {
      Extractor ex;
      StoredSeenStories seen = null;
      if (extractor != null) {
        ex = extractor.get();
      } else {
        seen = screens.duplicates() ? StoredSeenStories.open(store.connection()) : null;
        ex = PipelineExtractor.load(screens, seen == null ? SeenStories.none() : seen, gazetteer);
      }
      StoredSeenStories stories = seen;
      Runner runner = new Runner(store, ex, threads, null, c -> {
        if (stories != null) {
          stories.flush(c);
        }
      }, !noOutletHomes, seed);
      List<String> round = sources;
      while (true) {
        long started = System.nanoTime();
        RunCounts counts;
        try (Sources inputs = new Sources(round, System.in, fetcher, feeds, Clock.systemUTC());
            Progress bar = Progress.of(err, progressMode, inputs)) {
          counts = runner.run(bar.track(inputs));
          followed.putAll(inputs.feeds());
        }
        if (!followed.isEmpty()) {
          feeds.save();
        }
        double s = (System.nanoTime() - started) / 1e9;
        err.printf(java.util.Locale.ROOT, "%s · %.1f s · %s%n", counts.summary(), s, database.label());
        err.flush();
        if (!follow) {
          break;
        }
        if (followed.isEmpty()) {
          err.println("vigil: --follow: no feed among the sources, nothing to poll again");
          break;
        }
        round = nextRound(feeds, followed);
      }
    }
    return 0;
  }

  /** Waits until the first feed is due, then returns every feed due by then. */
  private static List<String> nextRound(FeedState feeds, Map<String, String> followed) throws InterruptedException {
    Instant now = Instant.now();
    Instant first = followed.keySet().stream().map(u -> feeds.nextPoll(u, now)).min(Instant::compareTo)
        .orElse(now);
    long wait = Duration.between(now, first).toMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
    Instant due = Instant.now();
    List<String> round = new ArrayList<>();
    followed.forEach((url, source) -> {
      if (!feeds.nextPoll(url, due).isAfter(due)) {
        round.add(source);
      }
    });
    return round;
  }
}
