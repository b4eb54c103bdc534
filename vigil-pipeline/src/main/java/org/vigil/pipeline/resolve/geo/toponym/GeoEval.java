package org.vigil.pipeline.resolve.geo.toponym;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.vigil.geo.Gazetteer;
import org.vigil.model.Article;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.CoreNlpAnnotator;

/**
 * Evaluation harness for the toponym tagger on a geoparsing corpus in the {@code geo} format (lines
 * {@code {id, title, date, text, toponyms}}, plain or gzip): builds an {@link Article} from each {@code text} as it
 * is (one paragraph per blank-line block, so that spans index the original text), annotates it with CoreNLP, tags
 * it, and writes {@code OUT/predictions.jsonl} with lines {@code {id, toponyms: [{start, end, name, lat, lon}]}} for
 * {@code score.py geo GOLD OUT/predictions.jsonl}. Gold toponyms are never read.
 *
 * <pre>
 * java -Xmx6g -cp ... org.vigil.pipeline.resolve.geo.toponym.GeoEval --data LGL.jsonl.gz --out DIR
 *     [--threads 2] [--annotations CACHE.jsonl.gz] [--demonyms true|false]
 *     [--names-in-organisations true|false] [--min-population N] [--min-confidence X]
 * </pre>
 *
 * {@code --annotations} keeps CoreNLP's output between runs (see {@link AnnotationCache}). Exit 0 when every article
 * was tagged, 1 when one failed (the others are still written) or on I/O errors, 2 on bad usage.
 */
public final class GeoEval {
  private static final String USAGE = "usage: GeoEval --data FILE --out DIR [--threads N] "
      + "[--annotations CACHE.jsonl.gz] [--demonyms true|false] "
      + "[--names-in-organisations true|false] [--min-population N] [--min-confidence X]";
  private static final Pattern BLOCK = Pattern.compile("\\S[\\s\\S]*?(?=\\n[ \\t\\r\\f]*\\n|\\z)");
  private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private GeoEval() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the evaluation with command-line style arguments; returns the exit status (0 ok, 1 failure, 2 usage). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path data = null;
    Path outDir = null;
    Path cachePath = null;
    int threads = 2;
    ToponymOptions options = ToponymOptions.defaults();
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        String v = i + 1 < args.length ? args[i + 1] : null;
        switch (a) {
          case "--data" -> data = Path.of(need(a, v));
          case "--out" -> outDir = Path.of(need(a, v));
          case "--annotations" -> cachePath = Path.of(need(a, v));
          case "--threads" -> threads = Integer.parseInt(need(a, v));
          case "--demonyms" -> options = options.withDemonyms(bool(a, need(a, v)));
          case "--names-in-organisations" -> options = options.withNamesInOrganisations(bool(a, need(a, v)));
          case "--min-population" -> options = options.withMinPopulation(Long.parseLong(need(a, v)));
          case "--min-confidence" -> options = options.withMinConfidence(Double.parseDouble(need(a, v)));
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
        i++;
      }
      if (data == null || outDir == null || threads < 1) {
        throw new IllegalArgumentException("--data and --out are required");
      }
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      return evaluate(data, outDir, cachePath, threads, options, out, err);
    } catch (IOException | RuntimeException e) {
      err.println("geo eval failed: " + e);
      return 1;
    }
  }

  private static boolean bool(String option, String value) {
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(option + " takes true or false, not " + value);
    }
    return Boolean.parseBoolean(value);
  }

  private static String need(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static int evaluate(Path data, Path outDir, Path cachePath, int threads, ToponymOptions options,
      PrintStream out, PrintStream err) throws IOException {
    long t0 = System.nanoTime();
    ObjectMapper mapper = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    for (JsonNode n : readLines(data, mapper)) {
      articles.add(article(n));
    }
    AnnotationCache cache = cachePath == null ? null : AnnotationCache.open(cachePath);
    List<Annotated> annotated = new ArrayList<>();
    List<Article> todo = new ArrayList<>();
    for (Article a : articles) {
      Annotated c = cache == null ? null : cache.get(a);
      annotated.add(c);
      if (c == null) {
        todo.add(a);
      }
    }
    Gazetteer gazetteer = Gazetteer.loadBundled();
    ToponymTagger tagger = new ToponymTagger(gazetteer, options);
    CoreNlpAnnotator annotator = todo.isEmpty() ? null : new CoreNlpAnnotator();
    long t1 = System.nanoTime();

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Result>> futures = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      Annotated cached = annotated.get(i);
      futures.add(pool.submit(() -> {
        Annotated doc = cached != null ? cached : annotator.annotate(a);
        return new Result(doc, cached == null, tagger.tag(doc));
      }));
    }
    pool.shutdown();
    Files.createDirectories(outDir);
    int failed = 0;
    int tagged = 0;
    int annotatedNow = 0;
    try (Writer w = Files.newBufferedWriter(outDir.resolve("predictions.jsonl"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < futures.size(); i++) {
        ObjectNode line = mapper.createObjectNode();
        line.put("id", articles.get(i).id());
        ArrayNode list = line.putArray("toponyms");
        try {
          Result r = futures.get(i).get();
          if (r.fresh && cache != null) {
            cache.put(r.doc);
          }
          annotatedNow += r.fresh ? 1 : 0;
          for (Toponym t : r.toponyms) {
            ObjectNode o = list.addObject();
            o.put("start", t.span().start());
            o.put("end", t.span().end());
            o.put("name", t.name());
            if (t.hasPoint()) {
              o.put("lat", t.lat());
              o.put("lon", t.lon());
            } else {
              o.putNull("lat");
              o.putNull("lon");
            }
            o.put("basis", t.basis().name().toLowerCase(java.util.Locale.ROOT));
            if (t.place() != null) {
              o.put("geonames_id", t.place().geonameId());
              o.put("feature", t.place().featureCode());
              o.put("country", t.place().countryCode());
            }
            o.put("confidence", Math.round(t.confidence() * 1000) / 1000.0);
          }
          tagged++;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
          failed++;
          if (failed <= 5) {
            err.println("article " + articles.get(i).id() + ": " + e.getCause());
            if (failed == 1) {
              e.getCause().printStackTrace(err);
            }
          }
        }
        w.write(mapper.writeValueAsString(line));
        w.write('\n');
      }
    }
    if (cache != null && annotatedNow > 0) {
      cache.save();
    }
    long t2 = System.nanoTime();
    out.printf("%,d read · %,d tagged · %,d failed (%,d annotated now) · setup %.1f s · run %.1f s%n",
        articles.size(), tagged, failed, annotatedNow, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    out.println("score: python3 score.py geo " + data + " " + outDir.resolve("predictions.jsonl"));
    return failed == 0 ? 0 : 1;
  }

  private record Result(Annotated doc, boolean fresh, List<Toponym> toponyms) {}

  /** An article on the corpus text exactly as given: spans index it, so it must not be cleaned or trimmed. */
  static Article article(JsonNode n) {
    LocalDate published = null;
    Matcher d = DATE.matcher(n.path("date").asText(""));
    if (d.find()) {
      try {
        published = LocalDate.parse(d.group(1));
      } catch (java.time.format.DateTimeParseException e) {
        published = null; // an impossible date in the corpus: leave it unknown
      }
    }
    String title = n.path("title").isTextual() ? n.get("title").asText() : null;
    String url = n.path("url").isTextual() ? n.get("url").asText() : null;
    return article(n.get("id").asText(), url, title, published, n.path("text").asText(""));
  }

  /**
   * An article whose text is {@code text} unchanged, one paragraph per block between blank lines.
   *
   * @throws IllegalArgumentException if the text is blank
   */
  static Article article(String id, String url, String title, LocalDate published, String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("article " + id + " has no text");
    }
    List<Span> paragraphs = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      paragraphs.add(new Span(m.start(), m.end()));
      offsets.add(m.start());
    }
    return new Article(id, url, title, published, published == null ? null : "given", null, "en", text, paragraphs,
        offsets, AnnotationCache.sha256(text));
  }

  private static List<JsonNode> readLines(Path file, ObjectMapper mapper) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (!line.isBlank()) {
          try {
            out.add(mapper.readTree(line));
          } catch (IOException e) {
            throw new IOException(file + " line " + n + ": not JSON (" + e.getMessage() + ")", e);
          }
        }
      }
    }
    return out;
  }
}
