package org.vigil.eval.gva;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.eval.data.DataFile;
import org.vigil.eval.run.BatchRunner;
import org.vigil.eval.run.EvalJson;
import org.vigil.eval.run.RunCounts;
import org.vigil.eval.run.RunOptions;
import org.vigil.eval.run.RunReport;
import org.vigil.eval.score.IncidentScorer;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil eval gva}: runs the pipeline over news articles, writes one prediction line per article with its main
 * incident in the GVA fields ({@link GvaMapper}) to {@code predictions.jsonl}, and scores it: with {@code score.py
 * cases} when the article lines carry a {@code gold} field (only its presence is looked at), else with
 * {@code score.py gva}. Predictions read only {@code doc_id, title, dct, url, text} ({@link NewsArticle}). Each article
 * is its own incident for now ({@code incident_key} = {@code doc_id}).
 */
@Command(name = "gva", mixinStandardHelpOptions = true,
    description = {"Extracts each article's main incident and scores it against the Gun Violence Archive "
        + "(or, for the international cases file, against what each article reports)."})
public final class GvaCommand implements Callable<Integer> {
  @Option(names = "--articles", required = true, paramLabel = "FILE",
      description = "Article JSON lines (doc_id, title, dct, url, text), plain or gzip.")
  String articles;

  @Option(names = "--incidents", required = true, paramLabel = "FILE",
      description = "Gold incident JSON lines, used only for scoring.")
  String incidents;

  @Option(names = "--unstated-counts", defaultValue = "zero", paramLabel = "zero|null",
      description = "Killed/injured when the article states no figure: zero (default) or null.")
  String unstatedCounts;

  @Mixin
  RunOptions run;

  @Mixin
  org.vigil.eval.run.ScreenFlag screen;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!unstatedCounts.equals("zero") && !unstatedCounts.equals("null")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--unstated-counts must be zero or null, not " + unstatedCounts);
    }
    PrintWriter out = spec.commandLine().getOut();
    RunReport report = new RunReport(out);
    DataFile articleFile = DataFile.of(articles);
    DataFile incidentFile = DataFile.of(incidents);
    report.data("articles", articleFile);
    report.data("incidents", incidentFile);
    List<JsonNode> lines = new ArrayList<>();
    articleFile.forEachLine(lines::add, run.limitOrAll());
    boolean cases = !lines.isEmpty() && lines.get(0).has("gold");
    List<NewsArticle> news = lines.stream().map(NewsArticle::of).toList();
    List<RawDocument> docs = news.stream().map(NewsArticle::document).toList();
    Pipeline pipeline = Pipeline.loadDefault(screen.options(spec));
    report.line("pipeline loaded in " + String.format(java.util.Locale.ROOT, "%.1f s", report.seconds()));
    var seen = new org.vigil.pipeline.screen.InMemorySeenStories();
    List<Outcome> outcomes = BatchRunner.staged(d -> {
      Pipeline.Prepared p = pipeline.prepare(d, seen);
      return () -> pipeline.complete(p);
    }, run.threads, spec.commandLine().getErr()).run(docs);
    List<GvaPrediction> predictions = new ArrayList<>();
    java.util.Map<String, GvaPrediction> byId = new java.util.HashMap<>();
    for (int i = 0; i < news.size(); i++) {
      Outcome o = outcomes.get(i);
      GvaPrediction p;
      if (o instanceof Outcome.Skipped s && s.duplicateOf() != null && byId.containsKey(s.duplicateOf())) {
        // a copy of a story read before reports what its first copy reports, and is the same incident
        GvaPrediction first = byId.get(s.duplicateOf());
        p = new GvaPrediction(news.get(i).docId(), first.incidentKey(), first.incident());
      } else {
        GvaPrediction.GvaIncident inc = o instanceof Outcome.Extracted e
            ? GvaMapper.incident(e.extraction().main(), unstatedCounts.equals("zero")) : null;
        p = new GvaPrediction(news.get(i).docId(), news.get(i).id(), inc);
      }
      predictions.add(p);
      byId.put(news.get(i).id(), p);
    }
    Path predFile = EvalJson.writeLines(run.out, "predictions.jsonl", predictions);
    org.vigil.eval.run.Extractions.write(run.out, outcomes);
    report.counts(RunCounts.of(outcomes), "a main incident", RunCounts.withMainIncident(outcomes));
    report.screened(pipeline.screens(), outcomes,
        "a copy takes its first copy's incident and key; the others are scored as predicted-empty");
    report.predictions(predFile);
    List<JsonNode> predLines = predictions.stream().map(p -> (JsonNode) EvalJson.mapper().valueToTree(p)).toList();
    Object scores = cases
        ? IncidentScorer.cases(lines, incidentFile.jsonLines(), predLines)
        : IncidentScorer.gva(lines, incidentFile.jsonLines(), predLines);
    report.scores(cases ? "scores (score.py cases):" : "scores (score.py gva):", EvalJson.pretty(scores));
    EvalJson.write(run.out, "scores.json", scores);
    report.done(outcomes.size());
    return 0;
  }
}
