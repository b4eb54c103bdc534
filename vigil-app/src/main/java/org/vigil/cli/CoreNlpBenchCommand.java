package org.vigil.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.vigil.ingest.Sources;
import org.vigil.model.RawDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil corenlp-bench}: the throughput of Stanford CoreNLP's own full NER pipeline on a file of articles, the
 * yardstick of issue 10 ("twice the speed of CoreNLP's full NER pipeline"), so that the comparison can be made on the
 * machine at hand rather than against a figure from another one.
 */
@Command(name = "corenlp-bench", mixinStandardHelpOptions = true,
    description = {"Times Stanford CoreNLP's own full NER pipeline (tokenize,ssplit,pos,lemma,ner with CoreNLP's "
        + "defaults: the three CRF models, SUTime, the numeric classifiers and fine-grained types) on the texts of "
        + "a JSON-lines file (one {id, text} object per line, as vigil extract reads them), as "
        + "../shared/design/DEPENDENCIES.md "
        + "measured it: the models load, --warm-up documents are annotated once, then all the documents are "
        + "annotated --passes times with pipeline.annotate(documents, --threads); it prints articles and tokens "
        + "per second, the median of the passes.",
        "Vigil's own rate on the same file is what `vigil extract --batch FILE` prints; issue 10 asks for twice "
            + "this command's median. Needs about 4 GB of heap (the launcher's default of 6 GB is enough)."},
    footer = {"", "Exit status: 0 ok, 1 failure, 2 bad usage."})
final class CoreNlpBenchCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE", description = "JSON lines with a text field.")
  Path data;

  @Option(names = "--warm-up", defaultValue = "21", paramLabel = "N",
      description = "Documents annotated once before the timed passes (default: ${DEFAULT-VALUE}).")
  int warmUp;

  @Option(names = "--threads", defaultValue = "2", description = "Annotation threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--passes", defaultValue = "3", description = "Timed passes (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--coarse", description = "Coarse NER types only (ner.applyFineGrained=false): CoreNLP without "
      + "its fine-grained regexner step, about twice as fast.")
  boolean coarse;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    IngestBenchCommand.requireFile(spec, data);
    if (warmUp < 0 || threads < 1 || passes < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads and --passes must be >= 1, "
          + "--warm-up >= 0");
    }
    List<String> texts = texts(data);
    if (texts.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no lines with a text in " + data);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ner.applyFineGrained", Boolean.toString(!coarse));
    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    double load = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    pipeline.annotate(documents(texts.subList(0, Math.min(warmUp, texts.size()))), threads);
    double warm = (System.nanoTime() - t0) / 1e9;
    err.printf(Locale.ROOT, "  loaded in %.1f s, %d documents warmed up in %.1f s%n", load,
        Math.min(warmUp, texts.size()), warm);
    err.flush();
    double[] articles = new double[passes];
    double[] tokens = new double[passes];
    for (int p = 0; p < passes; p++) {
      List<Annotation> docs = documents(texts);
      t0 = System.nanoTime();
      pipeline.annotate(docs, threads);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long n = 0;
      for (Annotation d : docs) {
        n += d.get(CoreAnnotations.TokensAnnotation.class).size();
      }
      articles[p] = docs.size() / seconds;
      tokens[p] = n / seconds;
      err.printf(Locale.ROOT, "  pass %d: %.2f articles/s, %,.0f tokens/s (%.1f s)%n", p + 1, articles[p], tokens[p],
          seconds);
      err.flush();
    }
    out.printf(Locale.ROOT, "CoreNLP %s NER pipeline (tokenize,ssplit,pos,lemma,ner), %,d documents of %s, %d "
        + "threads:%n", coarse ? "coarse" : "full", texts.size(), data, threads);
    out.printf(Locale.ROOT, "  %.2f articles/s, %,.0f tokens/s (median of %d passes: %s articles/s)%n",
        IngestBenchCommand.median(articles), IngestBenchCommand.median(tokens), passes,
        IngestBenchCommand.list(articles, "%.2f"));
    out.printf(Locale.ROOT, "  loading %.1f s; issue 10 asks Vigil for twice this: %.2f articles/s from `vigil "
        + "extract --batch %s`%n", load, 2 * IngestBenchCommand.median(articles), data);
    out.printf(Locale.ROOT, "%d available processors, max heap %,d MB%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
    return 0;
  }

  private static List<Annotation> documents(List<String> texts) {
    List<Annotation> docs = new ArrayList<>(texts.size());
    for (String t : texts) {
      docs.add(new Annotation(t));
    }
    return docs;
  }

  /** The text of every line with a text (a line with html is no plain text and is left out). */
  private static List<String> texts(Path file) throws Exception {
    List<String> out = new ArrayList<>();
    try (Sources lines = new Sources(List.of(Sources.JSONL_PREFIX + file), InputStream.nullInputStream())) {
      while (lines.hasNext()) {
        RawDocument doc = lines.next().doc();
        if (doc != null && "text/plain".equals(doc.contentType())) {
          out.add(new String(doc.bytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }
}
