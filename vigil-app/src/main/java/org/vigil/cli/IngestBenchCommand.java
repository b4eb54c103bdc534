package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.vigil.ingest.Input;
import org.vigil.ingest.Sources;
import org.vigil.model.RejectedException;
import org.vigil.pipeline.clean.Cleaner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil ingest-bench}: WARC reading and cleaning throughput over real pages. */
@Command(name = "ingest-bench", mixinStandardHelpOptions = true,
    description = {"Writes the HTML pages of a JSON-lines file (one {url, html} object per line, e.g. "
        + "../shared/data/article-extraction/pages_dev.jsonl.gz), repeated up to --records, as a gzip WARC of "
        + "response records, then times reading it back (WARC → documents) and reading + cleaning it (WARC → "
        + "documents → articles, cleaning on --threads threads while one thread reads) and prints pages per second, "
        + "the median of --passes passes after one warm-up pass."},
    footer = {"", "Exit status: 0 ok, 1 failure, 2 bad usage."})
final class IngestBenchCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE", description = "JSON lines with url and html.")
  Path data;

  @Option(names = "--records", defaultValue = "2000", description = "Response records in the WARC (default: "
      + "${DEFAULT-VALUE}).")
  int records;

  @Option(names = "--threads", defaultValue = "2", description = "Cleaning threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--passes", defaultValue = "3", description = "Timed passes (default: ${DEFAULT-VALUE}).")
  int passes;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    requireFile(spec, data);
    if (records < 1 || threads < 1 || passes < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--records, --threads, --passes must be >= 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    List<String[]> pages = pages(data);
    if (pages.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no {url, html} lines in " + data);
    }
    Path warc = Files.createTempFile("vigil-ingest-bench", ".warc.gz");
    try {
      long bytes = write(warc, pages);
      out.printf(Locale.ROOT, "WARC: %,d response records from %,d distinct pages, %,d bytes gzip (%s)%n",
          records, pages.size(), bytes, data);
      Cleaner cleaner = new Cleaner();
      double[] read = new double[passes];
      double[] clean = new double[passes];
      long[] counts = new long[3];
      read(warc);
      readAndClean(warc, cleaner, new long[3]);
      for (int p = 0; p < passes; p++) {
        read[p] = read(warc);
        counts = new long[3];
        clean[p] = readAndClean(warc, cleaner, counts);
        err.printf(Locale.ROOT, "  pass %d: read %.0f pages/s · read + clean %.1f pages/s%n", p + 1, read[p],
            clean[p]);
        err.flush();
      }
      out.printf(Locale.ROOT, "read WARC:         %,.0f pages/s (median of %d; %s)%n", median(read), passes,
          list(read));
      out.printf(Locale.ROOT, "read WARC + clean: %,.1f pages/s on %d cleaning threads (median of %d; %s)%n",
          median(clean), threads, passes, list(clean));
      out.printf(Locale.ROOT, "outcomes of the last pass: %,d cleaned · %,d rejected by the cleaner · %,d "
          + "not a page (skipped or rejected by the reader)%n", counts[0], counts[1], counts[2]);
      out.printf(Locale.ROOT, "%d available processors, max heap %,d MB%n",
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
      out.flush();
    } finally {
      Files.deleteIfExists(warc);
    }
    return 0;
  }

  private static List<String[]> pages(Path file) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<String[]> out = new ArrayList<>();
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(line);
        if (n.hasNonNull("html")) {
          String url = n.hasNonNull("url") ? n.get("url").asText() : "https://bench.invalid/" + out.size();
          out.add(new String[] {url, n.get("html").asText()});
        }
      }
    }
    return out;
  }

  private long write(Path warc, List<String[]> pages) throws Exception {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      for (int i = 0; i < records; i++) {
        String[] page = pages.get(i % pages.size());
        byte[] html = page[1].getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html).build();
        URI uri = uri(page[0], i < pages.size() ? "" : "#copy" + i, i);
        w.write(new WarcResponse.Builder(uri).date(Instant.parse("2019-11-19T08:30:00Z")).body(http).build());
      }
    }
    return Files.size(warc);
  }

  /** The page's URL without its fragment, plus a fragment telling copies apart; a made-up one when it is not a URI. */
  private static URI uri(String url, String copy, int i) {
    int hash = url.indexOf('#');
    try {
      return URI.create((hash < 0 ? url : url.substring(0, hash)).replace(" ", "%20") + copy);
    } catch (IllegalArgumentException e) {
      return URI.create("https://bench.invalid/" + i);
    }
  }

  /** Pages per second reading the WARC into documents. */
  private static double read(Path warc) throws Exception {
    long n = 0;
    long t0 = System.nanoTime();
    try (Sources s = new Sources(List.of(warc.toString()), InputStream.nullInputStream())) {
      while (s.hasNext()) {
        if (s.next().doc() != null) {
          n++;
        }
      }
    }
    return n / ((System.nanoTime() - t0) / 1e9);
  }

  /** Pages per second reading the WARC and cleaning every document; counts {cleaned, rejected, not a page}. */
  private double readAndClean(Path warc, Cleaner cleaner, long[] counts) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long n = 0;
    long t0 = System.nanoTime();
    try (Sources s = new Sources(List.of(warc.toString()), InputStream.nullInputStream())) {
      Deque<Future<Boolean>> window = new ArrayDeque<>();
      while (s.hasNext()) {
        Input in = s.next();
        n++;
        if (in.doc() == null) {
          counts[2]++;
          continue;
        }
        window.add(pool.submit(() -> {
          try {
            cleaner.clean(in.doc());
            return true;
          } catch (RejectedException e) {
            return false;
          }
        }));
        while (window.size() > 4 * threads) {
          counts[window.removeFirst().get() ? 0 : 1]++;
        }
      }
      while (!window.isEmpty()) {
        counts[window.removeFirst().get() ? 0 : 1]++;
      }
    } finally {
      pool.shutdown();
    }
    return n / ((System.nanoTime() - t0) / 1e9);
  }

  /** Fails as bad usage when a benchmark's --data is no file. */
  static void requireFile(CommandLine.Model.CommandSpec spec, Path data) {
    if (!Files.isRegularFile(data)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + data);
    }
  }

  /** The median of the values (of two middle ones, their mean). */
  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static String list(double[] v) {
    return list(v, "%.1f");
  }

  /** The values in {@code format}, separated by slashes. */
  static String list(double[] v, String format) {
    List<String> out = new ArrayList<>();
    for (double d : v) {
      out.add(String.format(Locale.ROOT, format, d));
    }
    return String.join(" / ", out);
  }
}
