package org.vigil.eval.screen;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.eval.data.DataFile;
import org.vigil.eval.gva.NewsArticle;
import org.vigil.eval.muc4.Muc4Command;
import org.vigil.eval.run.EvalJson;
import org.vigil.eval.run.RunCounts;
import org.vigil.eval.run.RunReport;
import org.vigil.model.Article;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;
import org.vigil.pipeline.clean.Cleaner;
import org.vigil.pipeline.screen.InMemorySeenStories;
import org.vigil.pipeline.screen.ScreenOptions;
import org.vigil.pipeline.screen.Screener;
import org.vigil.pipeline.screen.Screening;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil eval screen}: cleans and screens the documents of up to four data sets, each against its own empty
 * seen-set, in file order (so the run is deterministic), and prints per set what passed and what was skipped and
 * why. The targets: every article of GVA, of the cases file and every MUC-4 document with a template must pass the
 * language and relevance screens (their share is the screen's <em>recall</em>); the MUC-4 documents without a
 * template and the trafilatura pages that are screened out are the saving. Only the text fields are read for the
 * screening; MUC-4's {@code templates} only to split the documents into with and without templates.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = {"Measures the screen stage (language, relevance, duplicates) without CoreNLP: recall on "
        + "incident articles, and the share of other documents screened out.",
        "Give any of --gva, --cases, --muc4, --trafilatura; writes DIR/predictions.jsonl (one line per document: "
            + "set, id, outcome, reason, message, language, probability, relevance) and DIR/scores.json."})
public final class ScreenCommand implements Callable<Integer> {
  @Option(names = "--gva", paramLabel = "FILE", description = "GVA article lines (gva_articles_dev.jsonl.gz).")
  String gva;

  @Option(names = "--cases", paramLabel = "FILE",
      description = "Cases article lines (intl_attacks_dev_articles.jsonl).")
  String cases;

  @Option(names = "--muc4", paramLabel = "FILE", description = "MUC-4 lines (muc4_dev.jsonl.gz); raw_text is screened.")
  String muc4;

  @Option(names = "--trafilatura", paramLabel = "FILE", description = "Trafilatura pages (pages_dev.jsonl.gz).")
  String trafilatura;

  @picocli.CommandLine.Mixin
  org.vigil.eval.run.ScreenFlag screen;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the predictions.")
  Path out;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N records of each data file.")
  Integer limit;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ScreenOptions options = screen.options(spec);
    if (gva == null && cases == null && muc4 == null && trafilatura == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give at least one of --gva, --cases, --muc4, --trafilatura");
    }
    PrintWriter o = spec.commandLine().getOut();
    RunReport report = new RunReport(o);
    long t0 = System.nanoTime();
    Screener screener = Screener.load(options);
    report.line(String.format(Locale.ROOT, "screens:    %s (loaded in %.2f s)", options.names(),
        (System.nanoTime() - t0) / 1e9));
    Cleaner cleaner = new Cleaner();
    List<Map<String, Object>> predictions = new ArrayList<>();
    Map<String, Object> scores = new LinkedHashMap<>();
    long total = 0;
    int max = limit == null ? Integer.MAX_VALUE : limit;
    if (gva != null) {
      total += measure("gva", news(gva, report, max), cleaner, screener, report, predictions, scores);
    }
    if (cases != null) {
      total += measure("cases", news(cases, report, max), cleaner, screener, report, predictions, scores);
    }
    if (muc4 != null) {
      DataFile f = DataFile.of(muc4);
      report.data("muc4", f);
      List<RawDocument> with = new ArrayList<>();
      List<RawDocument> without = new ArrayList<>();
      f.forEachLine(l -> {
        RawDocument d = Muc4Command.document(l.get("id").asText(), l.get("raw_text").asText());
        JsonNode t = l.get("templates");
        (t != null && t.size() > 0 ? with : without).add(d);
      }, max);
      total += measure("muc4-templates", with, cleaner, screener, report, predictions, scores);
      total += measure("muc4-no-templates", without, cleaner, screener, report, predictions, scores);
    }
    if (trafilatura != null) {
      DataFile f = DataFile.of(trafilatura);
      report.data("trafilatura", f);
      List<RawDocument> pages = new ArrayList<>();
      f.forEachLine(l -> pages.add(RawDocument.ofText(l.get("file").asText(),
          l.path("html").asText(""), "text/html", l.path("url").isTextual() ? l.get("url").asText() : null, null,
          null)), max);
      total += measure("trafilatura", pages, cleaner, screener, report, predictions, scores);
    }
    Path predFile = EvalJson.writeLines(out, "predictions.jsonl", predictions);
    EvalJson.write(out, "scores.json", scores);
    report.predictions(predFile);
    report.done(total);
    return 0;
  }

  private List<RawDocument> news(String path, RunReport report, int max) throws java.io.IOException {
    DataFile f = DataFile.of(path);
    report.data(path.equals(gva) ? "gva" : "cases", f);
    List<RawDocument> docs = new ArrayList<>();
    f.forEachLine(l -> docs.add(NewsArticle.of(l).document()), max);
    return docs;
  }

  private long measure(String set, List<RawDocument> docs, Cleaner cleaner, Screener screener, RunReport report,
      List<Map<String, Object>> predictions, Map<String, Object> scores) {
    InMemorySeenStories seen = new InMemorySeenStories();
    Map<String, Long> reasons = new LinkedHashMap<>();
    long passed = 0;
    long rejected = 0;
    long started = System.nanoTime();
    for (RawDocument doc : docs) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("set", set);
      p.put("id", doc.id());
      Article a;
      try {
        a = cleaner.clean(doc);
      } catch (RejectedException e) {
        rejected++;
        p.put("outcome", "rejected");
        p.put("reason", e.reason());
        predictions.add(p);
        continue;
      }
      Screening s = screener.screen(a, seen);
      p.put("outcome", s.passed() ? "passed" : "skipped");
      if (!s.passed()) {
        reasons.merge(s.skip().reason(), 1L, Long::sum);
        p.put("reason", s.skip().reason());
        p.put("message", s.skip().message());
      } else {
        passed++;
      }
      if (s.language() != null) {
        p.put("language", s.language().language());
        p.put("probability", Math.round(s.language().probability() * 1000) / 1000.0);
      }
      if (s.relevance() != null) {
        p.put("relevance", s.relevance().score());
      }
      if (s.duplicateOf() != null) {
        p.put("duplicate_of", s.duplicateOf().first().id());
        p.put("similarity", Math.round(s.duplicateOf().similarity() * 1000) / 1000.0);
      }
      predictions.add(p);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long read = docs.size();
    long skipped = read - passed - rejected;
    long screenedOutUnwanted = reasons.getOrDefault("not-english", 0L) + reasons.getOrDefault("not-relevant", 0L);
    long screened = read - rejected;
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("read", read);
    s.put("passed", passed);
    s.put("skipped", reasons);
    s.put("rejected_by_cleaner", rejected);
    s.put("kept_by_language_and_relevance", ratio(screened - screenedOutUnwanted, screened));
    s.put("screened_out_by_language_or_relevance", ratio(screenedOutUnwanted, screened));
    s.put("screened_out_all_reasons", ratio(skipped, screened));
    s.put("docs_per_second", Math.round(read / Math.max(seconds, 1e-9) * 10) / 10.0);
    scores.put(set, s);
    new RunCounts(read, passed, skipped, rejected); // checks that the counts add up
    report.line(set + ":");
    report.line(String.format(Locale.ROOT,
        "counts:     %,d read · %,d passed · %,d skipped · %,d rejected by the cleaner",
        read, passed, skipped, rejected));
    report.line(String.format(Locale.ROOT, "            skipped by reason %s", reasons));
    report.line(String.format(Locale.ROOT,
        "            kept by language+relevance %.4f (%d of %d cleaned) · screened out %.4f · %.1f docs/s",
        ratio(screened - screenedOutUnwanted, screened), screened - screenedOutUnwanted, screened,
        ratio(skipped, screened), read / Math.max(seconds, 1e-9)));
    return read;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : Math.round(a * 10000.0 / b) / 10000.0;
  }
}
