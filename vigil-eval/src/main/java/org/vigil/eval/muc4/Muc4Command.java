package org.vigil.eval.muc4;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.vigil.eval.score.Muc4Files;
import org.vigil.eval.score.Muc4Scorer;
import org.vigil.eval.score.Muc4Scores;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil eval muc4}: runs the pipeline over MUC-4 documents (their upper-case {@code raw_text}, dateline parsed
 * for the publication date, optionally truecased), maps the incidents to templates ({@link TemplateMapper}), keeps
 * them only for documents the {@link Relevance} model finds relevant, adds the perpetrators and targets that word
 * patterns find in the body ({@link TextRoles}), refines the fillers with the {@link RoleLexicon} (both models
 * learned by {@code vigil train muc4} from the training split), keeps one mention per entity and role
 * ({@link SameEntity}), drops the perpetrators, targets and weapons no incident sentence names
 * ({@link IncidentSentences}) and gives each target the "of" complement that follows it in the body
 * ({@link Targets#withComplements}), and gives victims' names cut short the given name before them
 * ({@link VictimNames}, a third model of {@code vigil train muc4}) and adds the names that sentences of harm list
 * ({@link VictimNames#addListed}: "the victims were identified as …"; {@code --models none} turns models, patterns,
 * merging and these steps off), writes {@code predictions.json} (templates, GTT format) and
 * {@code predictions_ceaf.json} (role fillers, GRIT format),
 * and prints template F1 and CEAF-REE with per-role P/R/F1. Only {@code id} and {@code raw_text} are read for
 * predictions.
 * {@code --extractions} reuses the {@code extractions.jsonl} of an earlier run instead of running the pipeline, to
 * rescore the mapping and models in seconds.
 */
@Command(name = "muc4", mixinStandardHelpOptions = true,
    description = "Extracts MUC-4 templates and scores them (template F1, GTT convention; CEAF-REE, GRIT convention).")
public final class Muc4Command implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "MUC-4 JSON lines (muc4_dev.jsonl.gz), plain or gzip.")
  String data;

  @Option(names = "--casing", defaultValue = "RAW", paramLabel = "RAW|SENTENCE|TRUECASE",
      description = "How the upper-case wire text is cased for the pipeline (default: ${DEFAULT-VALUE}).")
  Casing casing;

  @Option(names = "--models", defaultValue = "bundled", paramLabel = "DIR|bundled|none",
      description = "Role lexicon, relevance model and victims' given names (vigil train muc4; default: "
          + "${DEFAULT-VALUE}); none maps the "
          + "incidents as they are (no models, pattern fillers, incident-sentence check or target complements).")
  String models;

  @Option(names = "--extractions", paramLabel = "FILE",
      description = "Reuse the extractions.jsonl of an earlier run on the same data instead of running the pipeline "
          + "(to rescore the mapping and models quickly).")
  Path extractions;

  @Mixin
  RunOptions run;

  @Mixin
  org.vigil.eval.run.ScreenFlag screen;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunReport report = new RunReport(out);
    DataFile file = DataFile.of(data);
    report.data("data", file);
    List<JsonNode> lines = new ArrayList<>();
    file.forEachLine(lines::add, run.limitOrAll());
    List<RawDocument> docs = new ArrayList<>();
    java.util.Map<String, String> bodies = new java.util.HashMap<>();
    for (JsonNode l : lines) {
      RawDocument d = document(l.get("id").asText(), l.get("raw_text").asText());
      docs.add(d);
      bodies.put(d.id(), new String(d.bytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
    RoleLexicon roles = switch (models) {
      case "none" -> RoleLexicon.empty();
      case "bundled" -> RoleLexicon.bundled();
      default -> RoleLexicon.read(Path.of(models, RoleLexicon.RESOURCE));
    };
    Relevance relevance = switch (models) {
      case "none" -> Relevance.always();
      case "bundled" -> Relevance.bundled();
      default -> Relevance.read(Path.of(models, Relevance.RESOURCE));
    };
    VictimNames names = switch (models) {
      case "none" -> VictimNames.empty();
      case "bundled" -> VictimNames.bundled();
      default -> VictimNames.read(Path.of(models, VictimNames.RESOURCE));
    };
    Pipeline pipeline = extractions == null ? Pipeline.loadDefault(screen.options(spec)) : null;
    List<Outcome> outcomes = pipeline == null ? reused(docs) : extract(pipeline, docs, err);
    ObjectNode predictions = EvalJson.mapper().createObjectNode();
    for (Outcome o : outcomes) {
      var arr = predictions.putArray(o.id());
      if (o instanceof Outcome.Extracted e && relevance.relevant(bodies.get(o.id()))) {
        List<PredictedTemplate> ts = TemplateMapper.templates(e.extraction());
        if (!models.equals("none")) {
          ts = TextRoles.addTo(ts, bodies.get(o.id()));
          ts = IncidentSentences.keep(ts, bodies.get(o.id()), IncidentSentences.READ_OFF);
        }
        ts = roles.refine(ts, bodies.get(o.id()));
        if (!models.equals("none")) {
          ts = SameEntity.merge(ts, bodies.get(o.id()));
          ts = IncidentSentences.keep(ts, bodies.get(o.id()), IncidentSentences.ADDED);
          ts = Targets.withComplements(ts, bodies.get(o.id()));
        }
        ts = names.extend(ts, bodies.get(o.id()));
        ts = names.addListed(ts, bodies.get(o.id()));
        ts.forEach(t -> arr.addPOJO(t.toJson()));
      }
    }
    JsonNode written = EvalJson.mapper().valueToTree(predictions);
    ObjectNode ceaf = Muc4Files.roleFillersOf(written);
    Path predFile = EvalJson.write(run.out, "predictions.json", written);
    org.vigil.eval.run.Extractions.write(run.out, outcomes);
    EvalJson.write(run.out, "predictions_ceaf.json", ceaf);
    report.counts(RunCounts.of(outcomes), "a main incident", RunCounts.withMainIncident(outcomes));
    if (pipeline != null) {
      report.screened(pipeline.screens(), outcomes);
    }
    report.predictions(predFile);
    report.line("casing:     " + casing);
    report.line("models:     " + models + " (" + roles.size() + " phrases, " + relevance.size() + " word weights, "
        + names.size() + " first words of victims' names)");
    Muc4Scores tf = Muc4Scorer.templateF1(Muc4Files.gold(lines), Muc4Files.templatePredictions(written));
    Muc4Scores ceafScores = Muc4Scorer.ceafRee(lines, Muc4Files.roleFillerPredictions(ceaf));
    report.scores("template F1 (GTT convention):", tf.table());
    report.scores("CEAF-REE (GRIT convention):", ceafScores.table());
    EvalJson.write(run.out, "scores.json", java.util.Map.of("template_f1", tf.asMap(), "ceaf_ree", ceafScores.asMap()));
    report.done(outcomes.size());
    return 0;
  }

  private List<Outcome> extract(Pipeline pipeline, List<RawDocument> docs, PrintWriter err)
      throws InterruptedException {
    Truecaser truecaser = new Truecaser(casing);
    var seen = new org.vigil.pipeline.screen.InMemorySeenStories();
    // screened in input order on this thread (the screens ignore case), cased and extracted on the workers
    return BatchRunner.staged(d -> {
      Pipeline.Prepared p = pipeline.prepare(d, seen);
      return () -> p.stopped() != null ? p.stopped()
          : pipeline.process(cased(d, truecaser), org.vigil.pipeline.screen.SeenStories.none());
    }, run.threads, err).run(docs);
  }

  private List<Outcome> reused(List<RawDocument> docs) throws java.io.IOException {
    java.util.Map<String, Outcome> byId = org.vigil.eval.run.Extractions.read(extractions);
    List<Outcome> out = new ArrayList<>();
    for (RawDocument d : docs) {
      Outcome o = byId.get(d.id());
      if (o == null) {
        throw new IllegalArgumentException(extractions + " has no record " + d.id());
      }
      out.add(o);
    }
    return out;
  }

  /** The raw document of one MUC-4 line: the unwrapped body (still upper case), published at the dateline's date. */
  public static RawDocument document(String id, String rawText) {
    Dateline d = Dateline.parse(rawText);
    return RawDocument.ofText(id, WireText.body(rawText, d), "text/plain", null, null, d.date());
  }

  private static RawDocument cased(RawDocument d, Truecaser truecaser) {
    String text = new String(d.bytes(), java.nio.charset.StandardCharsets.UTF_8);
    return RawDocument.ofText(d.id(), truecaser.apply(text), d.contentType(), d.url(), d.title(), d.published());
  }
}
