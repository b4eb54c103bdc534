package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigil.ingest.Input;
import org.vigil.ingest.Progress;
import org.vigil.ingest.Sources;
import org.vigil.ingest.feed.FeedState;
import org.vigil.ingest.fetch.FetchException;
import org.vigil.ingest.fetch.Fetched;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.clean.CleanerOptions;
import org.vigil.pipeline.output.Json;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.store.cli.SourceOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil extract}: one article (text or HTML) or a JSON-lines batch in, incident records out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extracts the incidents of one article (plain text or HTML, a file, - for stdin, or an http(s) "
            + "URL fetched safely) and prints them as JSON.",
        "A file ending in .jsonl or .jsonl.gz (or --batch) is read as a batch: one JSON object per line with "
            + "id, text or html, and optionally published (YYYY-MM-DD), url and title; one JSON line is printed "
            + "per article (or a summary per article with --format text), and the counts (read / extracted / "
            + "skipped / rejected) and the rate go to stderr. A directory, a .warc or .warc.gz archive and "
            + "feed:URL (an RSS or Atom feed whose items are fetched) are batches too, read as vigil run reads "
            + "them; a batch shows its progress on stderr.",
        "Before annotation the article is screened (--screen): not English, not about a violent or security "
            + "incident, or (in a batch) a copy of an earlier article: it is then skipped with the reason."},
    footer = {"", "Exit status: 0 ok, 1 the input was rejected or failed, 2 bad usage."})
final class ExtractCommand implements java.util.concurrent.Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE|-", description = "The article file, a .jsonl batch, or - for stdin.")
  String input;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date; relative dates (\"Sunday\") are resolved against it. Without it they stay "
          + "unresolved.")
  String published;

  @Option(names = "--url", description = "The article's URL.")
  String url;

  @Option(names = "--title", description = "The article's headline.")
  String title;

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|text",
      description = "json (default): the full record; text: a short summary a person can read.")
  String format;

  @Option(names = "--batch", description = "Read the input as JSON lines whatever its name.")
  boolean batch;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads for a batch (default: 2).")
  int threads;

  @picocli.CommandLine.Mixin
  org.vigil.eval.run.ScreenFlag screen;

  @Option(names = "--outlet-homes", paramLabel = "FILE",
      description = "The outlets' home towns as vigil outlets learned them from a batch's own pages or an incident "
          + "store's votes: a page that names no town, or a bare town name of another state, is read as the home "
          + "town of its outlet.")
  Path outletHomes;

  /** The outlets' homes of {@code --outlet-homes}, or none. */
  private OutletHomes homes = OutletHomes.NONE;

  @Option(names = "--verbose", description = "Print stack traces on failure.")
  boolean verbose;

  @CommandLine.Mixin
  SourceOptions sourceOptions = new SourceOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("json") && !format.equals("text")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be json or text, not " + format);
    }
    LocalDate date = parseDate(published, "--published");
    // read before the models load: a bad file is a quick failure
    homes = outletHomes == null ? OutletHomes.NONE : OutletHomes.read(outletHomes);
    String lower = input.toLowerCase(java.util.Locale.ROOT);
    boolean isBatch = batch || lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz") || lower.endsWith(".warc")
        || lower.endsWith(".warc.gz") || lower.startsWith(Sources.FEED_PREFIX)
        || (!Sources.isUrl(input) && !input.equals("-") && Files.isDirectory(Path.of(input)));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!isBatch) {
      RawDocument doc = readSingle(date);
      if (doc == null) {
        return 1;
      }
      Pipeline pipeline = Pipeline.loadDefault(screen.options(spec)).withOutletHomes(homes);
      Outcome outcome = pipeline.process(doc);
      if (outcome instanceof Outcome.Extracted e) {
        out.println(format.equals("text") ? TextSummary.of(e.extraction())
            : Json.pretty(Json.mapper(), e.extraction()));
        out.flush();
        return 0;
      }
      OutcomeLine line = OutcomeLine.of(outcome);
      err.println("vigil: " + input + ": " + line.outcome() + " at " + line.stage() + " (" + line.reason() + "): "
          + line.message());
      return 1;
    }
    return runBatch(out, err);
  }

  private RawDocument readSingle(LocalDate date) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    long limit = CleanerOptions.defaults().maxInputBytes();
    byte[] bytes;
    if (Sources.isUrl(input)) {
      try {
        Fetched page = sourceOptions.fetcher().get(input);
        return new RawDocument(input, page.body(), page.mediaType(), page.charset(),
            url != null ? url : page.finalUri().toString(), title, date);
      } catch (FetchException e) {
        err.println("vigil: " + input + ": rejected at ingest (" + e.reason() + "): " + e.getMessage());
        return null;
      }
    }
    if (input.equals("-")) {
      bytes = readLimited(System.in, limit + 1);
    } else {
      Path p = Path.of(input);
      if (!Files.exists(p)) {
        err.println("vigil: " + input + ": no such file");
        return null;
      }
      if (Files.isDirectory(p)) {
        err.println("vigil: " + input + ": is a directory");
        return null;
      }
      if (Files.size(p) > limit) {
        err.println("vigil: " + input + ": rejected at clean (too-large): " + Files.size(p) + " bytes, the limit is "
            + limit);
        return null;
      }
      bytes = Files.readAllBytes(p);
    }
    String contentType = input.endsWith(".html") || input.endsWith(".htm") ? "text/html"
        : input.endsWith(".txt") ? "text/plain" : null;
    return new RawDocument(input, bytes, contentType, null, url, title, date);
  }

  private static byte[] readLimited(InputStream in, long max) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max));
  }

  private LocalDate parseDate(String value, String option) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          option + " must be a date as YYYY-MM-DD, not '" + value + "'");
    }
  }

  private int runBatch(PrintWriter out, PrintWriter err) throws Exception {
    Progress.Mode mode = sourceOptions.progressMode(spec);
    if (!input.equals("-") && !Sources.isUrl(input) && !Files.exists(Path.of(input))) {
      throw new NoSuchFileException(input, null, "no such file");
    }
    ObjectMapper mapper = Json.mapper();
    // --batch on stdin or on a file of another name: JSON lines whatever the name
    boolean forceLines = batch && !input.equals("-") && !lower(input).endsWith(".jsonl")
        && !lower(input).endsWith(".jsonl.gz") && Files.isRegularFile(Path.of(input));
    List<String> source = List.of(forceLines ? Sources.JSONL_PREFIX + input : input);
    Counts counts = new Counts();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    long started;
    try (Sources inputs = batchSources(source);
        Progress bar = Progress.of(err, mode, inputs)) {
      java.util.Iterator<Input> it = bar.track(inputs);
      // the first input is read before the models load: upper-case wire text needs the truecaser, which then
      // loads beside the other models instead of holding up the first article
      Input first = it.hasNext() ? it.next() : null;
      Pipeline pipeline = Pipeline.loadDefault(screen.options(spec),
          first != null && first.doc() != null && Pipeline.looksUpperCase(first.doc())).withOutletHomes(homes);
      var seen = new org.vigil.pipeline.screen.InMemorySeenStories();
      started = System.nanoTime();
      List<Future<Outcome>> window = new ArrayList<>();
      for (Input in = first; in != null; in = it.hasNext() ? it.next() : null) {
        if (in.ended() != null) {
          window.add(java.util.concurrent.CompletableFuture.completedFuture(in.ended()));
        } else {
          // cleaned and screened here, in input order, so the first copy of a story is the first in the file
          Pipeline.Prepared prepared = pipeline.prepare(in.doc(), seen);
          window.add(pool.submit(() -> pipeline.complete(prepared)));
        }
        if (window.size() >= 4 * threads) {
          drain(window, 1, mapper, out, counts);
        }
      }
      drain(window, window.size(), mapper, out, counts);
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    err.printf("%,d read · %,d extracted · %,d skipped · %,d rejected · %.2f articles/s (%.1f s)%n", counts.read,
        counts.extracted, counts.skipped, counts.rejected, counts.read / Math.max(seconds, 1e-9), seconds);
    err.flush();
    return 0;
  }

  private Sources batchSources(List<String> source) {
    return new Sources(source, System.in, sourceOptions.fetcher(), FeedState.inMemory(), java.time.Clock.systemUTC());
  }

  private static String lower(String s) {
    return s.toLowerCase(java.util.Locale.ROOT);
  }

  private void drain(List<Future<Outcome>> window, int n, ObjectMapper mapper, PrintWriter out, Counts counts)
      throws Exception {
    for (int i = 0; i < n; i++) {
      Outcome o = window.remove(0).get();
      counts.add(o);
      if (format.equals("text")) {
        OutcomeLine line = OutcomeLine.of(o);
        out.println(o instanceof Outcome.Extracted e ? TextSummary.of(e.extraction())
            : line.id() + ": " + line.outcome() + " at " + line.stage() + " (" + line.reason() + "): "
                + line.message() + "\n");
      } else {
        out.println(Json.line(mapper, OutcomeLine.of(o)));
      }
    }
    out.flush();
  }

  /** The outcome counts of a batch; they always add up to the number read. */
  static final class Counts {
    long read;
    long extracted;
    long skipped;
    long rejected;

    void add(Outcome o) {
      read++;
      if (o instanceof Outcome.Extracted) {
        extracted++;
      } else if (o instanceof Outcome.Skipped) {
        skipped++;
      } else {
        rejected++;
      }
    }
  }
}
