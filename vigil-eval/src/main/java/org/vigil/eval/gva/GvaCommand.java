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
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.store.ArticleInput;
import org.vigil.store.IncidentStore;
import org.vigil.store.db.Database;
import org.vigil.store.merge.MergeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil eval gva}: runs the pipeline over news articles, writes one prediction line per article with its main
 * incident in the GVA fields ({@link GvaMapper}) to {@code predictions.jsonl}, and scores it: with {@code score.py
 * cases} when the article lines carry a {@code gold} field (only its presence is looked at), else with
 * {@code score.py gva}. Predictions read only {@code doc_id, title, dct, url, text} ({@link NewsArticle}). Without
 * {@code --store} each article is its own incident ({@code incident_key} = {@code doc_id}); with it the articles go
 * through the incident store (articles it holds already, e.g. from {@code vigil run}, are not extracted again) and
 * {@code incident_key} is the merged incident's id ({@link StoreEval}).
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

  @Option(names = "--store", paramLabel = "PATH|URL",
      description = "Merge through this incident store (SQLite file or postgresql://…): incident_key = the merged "
          + "incident's id. Articles already stored there (same doc_id, e.g. by vigil run) are not extracted again.")
  String store;

  @Option(names = "--no-outlet-homes",
      description = "Extract once, without the outlets' home towns learned from the run's own pages (by default "
          + "a second pass re-extracts the pages whose place the learned homes may change, as vigil outlets and "
          + "vigil extract --outlet-homes would).")
  boolean noOutletHomes;

  @Mixin
  RunOptions run;

  @Mixin
  org.vigil.eval.run.ScreenFlag screen;

  /**
   * The first pass's outcomes (without homes), in the order of the last {@link #extract}: the pages' votes are read
   * from them, as {@code vigil outlets} reads a first pass, so a page's own learned home never votes for itself.
   */
  private List<Outcome> firstPass = List.of();

  /** The screens of the pipeline this run loaded, or null when nothing had to be extracted. */
  private org.vigil.pipeline.screen.ScreenOptions screens;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  private List<Outcome> extract(RunReport report, List<RawDocument> docs) throws InterruptedException {
    Pipeline pipeline = Pipeline.loadDefault(screen.options(spec));
    screens = pipeline.screens();
    report.line("pipeline loaded in " + String.format(java.util.Locale.ROOT, "%.1f s", report.seconds()));
    // cleaned and screened in input order, so the first copy of a story is the first in the file
    var seen = new org.vigil.pipeline.screen.InMemorySeenStories();
    List<Outcome> first = BatchRunner.staged(d -> {
      Pipeline.Prepared p = pipeline.prepare(d, seen);
      return () -> pipeline.complete(p);
    }, run.threads, spec.commandLine().getErr()).run(docs);
    firstPass = first;
    return noOutletHomes ? first : secondPass(report, pipeline, docs, first);
  }

  /**
   * Learns the outlets' homes from the first pass's own extractions ({@link OutletHomes}: texts only, no gold) and
   * re-extracts the pages whose place they may change ({@link OutletHomes#reaches}); each page's own vote never
   * counts for it. A page the first pass let through the duplicate screen is let through again.
   */
  private List<Outcome> secondPass(RunReport report, Pipeline pipeline, List<RawDocument> docs, List<Outcome> first)
      throws InterruptedException {
    OutletHomes homes = OutletHomes.learn(first);
    List<Integer> again = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      if (first.get(i) instanceof Outcome.Extracted e && homes.reaches(e.extraction())) {
        again.add(i);
      }
    }
    report.line(String.format(java.util.Locale.ROOT, "outlet homes: %,d votes of %,d outlets learned from this run's "
        + "pages; %,d pages re-extracted with them (--no-outlet-homes: one pass)", homes.size(), homes.hosts(),
        again.size()));
    Pipeline second = pipeline.withOutletHomes(homes);
    List<Outcome> redone = BatchRunner.staged(d -> () -> second.process(d), run.threads,
        spec.commandLine().getErr()).run(again.stream().map(docs::get).toList());
    List<Outcome> out = new ArrayList<>(first);
    for (int k = 0; k < again.size(); k++) {
      out.set(again.get(k), redone.get(k));
    }
    return out;
  }

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
    boolean zero = unstatedCounts.equals("zero");
    List<Outcome> outcomes;
    List<GvaPrediction> predictions = new ArrayList<>();
    if (store == null) {
      outcomes = extract(report, docs);
      for (int i = 0; i < news.size(); i++) {
        Outcome o = outcomes.get(i);
        GvaPrediction.GvaIncident inc = o instanceof Outcome.Extracted e
            ? GvaMapper.incident(e.extraction().main(), zero) : null;
        predictions.add(new GvaPrediction(news.get(i).docId(), news.get(i).id(), inc));
      }
    } else {
      Database database = Database.of(store);
      report.line("store: " + database.label());
      try (IncidentStore incidents = IncidentStore.open(database, MergeOptions.defaults())) {
        StoreEval eval = new StoreEval(incidents);
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < news.size(); i++) {
          if (eval.articleId(news.get(i).id()) == null) {
            todo.add(i);
          }
        }
        report.line((news.size() - todo.size()) + " articles already in the store, " + todo.size() + " to extract");
        List<Outcome> fresh = todo.isEmpty() ? List.of() : extract(report, todo.stream().map(docs::get).toList());
        for (int k = 0; k < todo.size(); k++) {
          // in article order: the merge sees them in that order
          eval.store(news.get(todo.get(k)), fresh.get(k), ArticleInput.voteOf(firstPass.get(k)));
        }
        int[] freshAt = new int[news.size()];
        java.util.Arrays.fill(freshAt, -1);
        for (int k = 0; k < todo.size(); k++) {
          freshAt[todo.get(k)] = k;
        }
        outcomes = new ArrayList<>();
        for (int i = 0; i < news.size(); i++) {
          NewsArticle a = news.get(i);
          long id = eval.articleId(a.id());
          Outcome stored = eval.outcome(a.id(), id);
          int k = freshAt[i];
          // this run's own outcome for a copy: the same pointer to its first copy as the stored one (articles
          // column duplicate_of), which stores made before that column lack
          outcomes.add(k >= 0 && fresh.get(k) instanceof Outcome.Skipped sk && sk.duplicateOf() != null ? sk : stored);
          predictions.add(eval.prediction(a, id, false, zero));
        }
      }
    }
    StoreEval.copiesTakeTheirFirstCopy(news, outcomes, predictions);
    Path predFile = EvalJson.writeLines(run.out, "predictions.jsonl", predictions);
    org.vigil.eval.run.Extractions.write(run.out, outcomes);
    report.counts(RunCounts.of(outcomes), "a main incident", RunCounts.withMainIncident(outcomes));
    report.screened(screens == null ? screen.options(spec) : screens, outcomes,
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
