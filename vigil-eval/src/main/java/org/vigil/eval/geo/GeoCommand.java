package org.vigil.eval.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.eval.data.DataFile;
import org.vigil.eval.score.GeoScorer;
import org.vigil.pipeline.output.Json;
import org.vigil.pipeline.resolve.geo.toponym.GeoEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil eval geo}: toponym tagging and resolution on a geoparsing corpus (LGL, GeoVirus). Tags every article's
 * place names with the pipeline's {@code ToponymTagger}, writes {@code DIR/predictions.jsonl} and prints the scores
 * of {@code score.py geo}: tagging P/R/F1 on exact spans, accuracy at 161 km, median error and AUC on the tagged
 * gold toponyms, and accuracy at 161 km over every gold toponym.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
    description = "Tags and resolves toponyms on a geoparsing corpus (lines id, title, date, text, toponyms) and "
        + "scores them.")
public final class GeoCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE", description = "LGL.jsonl.gz, GeoVirus.jsonl.gz")
  String data;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where predictions.jsonl goes.")
  String out;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: 2).")
  int threads;

  @Option(names = "--annotations", paramLabel = "FILE",
      description = "A cache of CoreNLP annotations to reuse between runs (written if missing).")
  String annotations;

  @Option(names = "--demonyms", defaultValue = "true", arity = "1",
      description = "Tag nationality words (\"Russian\") as toponyms, as LGL does; GeoVirus does not (false).")
  boolean demonyms;

  @Option(names = "--names-in-organisations", defaultValue = "true", arity = "1",
      description = "Tag place names inside organisation names (\"Gainesville Police Department\"), as LGL does; "
          + "GeoVirus mostly does not (false).")
  boolean namesInOrganisations;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    DataFile file = DataFile.of(data);
    w.println("data:       " + data);
    w.println("            sha256 " + file.sha256());
    w.flush();
    long started = System.nanoTime();
    List<String> args = new ArrayList<>(List.of("--data", data, "--out", out, "--threads", String.valueOf(threads),
        "--demonyms", String.valueOf(demonyms), "--names-in-organisations", String.valueOf(namesInOrganisations)));
    if (annotations != null) {
      args.addAll(List.of("--annotations", annotations));
    }
    PrintStream ps = new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    int status = GeoEval.run(args.toArray(String[]::new), ps, System.err);
    if (status != 0) {
      return status;
    }
    Path predictions = Path.of(out, "predictions.jsonl");
    List<JsonNode> pred = DataFile.of(predictions.toString()).jsonLines();
    GeoScorer.Scores scores = GeoScorer.score(file.jsonLines(), pred);
    String json = Json.pretty(Json.mapper(), scores);
    Files.writeString(Path.of(out, "scores.json"), json);
    w.println("predictions: " + predictions);
    w.println("scores (score.py geo):");
    w.println(json);
    w.printf("time:       %.1f s%n", (System.nanoTime() - started) / 1e9);
    w.flush();
    return 0;
  }
}
