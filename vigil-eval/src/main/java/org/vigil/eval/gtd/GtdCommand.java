package org.vigil.eval.gtd;

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
import org.vigil.eval.score.GtdScorer;
import org.vigil.model.Outcome;
import org.vigil.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil eval gtd}: codes GTD event summaries. Reads lines {@code {eventid, iyear, imonth, iday, summary}}
 * ({@link GtdEvent}), writes {@code predictions.jsonl} in GTD field names ({@link GtdMapper}), and, when the lines
 * also carry coded GTD fields, scores the predictions against them with {@code score.py gtd}.
 */
@Command(name = "gtd", mixinStandardHelpOptions = true,
    description = "Codes GTD event summaries into GTD fields; scores them when the data lines carry coded fields.")
public final class GtdCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "JSON lines {eventid, iyear, imonth, iday, summary[, coded GTD fields]}, plain or gzip.")
  String data;

  @Mixin
  RunOptions run;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    RunReport report = new RunReport(out);
    DataFile file = DataFile.of(data);
    report.data("data", file);
    List<JsonNode> lines = new ArrayList<>();
    file.forEachLine(lines::add, run.limitOrAll());
    List<GtdEvent> events = lines.stream().map(GtdEvent::of).toList();
    Pipeline pipeline = Pipeline.loadDefault();
    List<Outcome> outcomes = new BatchRunner(pipeline::process, run.threads, spec.commandLine().getErr())
        .run(events.stream().map(GtdEvent::document).toList());
    List<GtdPrediction> predictions = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      predictions.add(GtdMapper.prediction(events.get(i).eventId(),
          outcomes.get(i) instanceof Outcome.Extracted e ? e.extraction().main() : null));
    }
    Path predFile = EvalJson.writeLines(run.out, "predictions.jsonl", predictions);
    org.vigil.eval.run.Extractions.write(run.out, outcomes);
    report.counts(RunCounts.of(outcomes), "a main incident", RunCounts.withMainIncident(outcomes));
    report.predictions(predFile);
    boolean coded = lines.stream().anyMatch(l -> GtdScorer.TEXT_FIELDS.stream().anyMatch(l::has)
        || GtdScorer.NUMBER_FIELDS.stream().anyMatch(l::has));
    if (coded) {
      List<JsonNode> predLines = predictions.stream().map(p -> (JsonNode) EvalJson.mapper().valueToTree(p)).toList();
      GtdScorer.Scores scores = GtdScorer.score(lines, predLines);
      report.scores("scores (score.py gtd):", EvalJson.pretty(scores));
      EvalJson.write(run.out, "scores.json", scores);
    } else {
      report.line("scores:     none (the data lines carry no coded GTD fields)");
    }
    report.done(outcomes.size());
    return 0;
  }
}
