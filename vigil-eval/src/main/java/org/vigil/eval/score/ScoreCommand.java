package org.vigil.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.eval.data.DataFile;
import org.vigil.eval.run.EvalJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil eval score KIND FILE...}: scores an existing predictions file with the Java scorers, with the same
 * arguments as the reference scorers ({@code score_muc4.py tf|ceaf GOLD PRED}, {@code score.py KIND GOLD... PRED}).
 * Prints JSON with full precision (the MUC-4 kinds print the reference's table unless {@code --json}).
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Scores a predictions file as the reference scorers do.",
        "KIND is one of: muc4-tf GOLD PRED, muc4-ceaf GOLD PRED, zyte GOLD PRED, traf GOLD PRED, "
            + "gva ARTICLES INCIDENTS PRED, cases ARTICLES INCIDENTS PRED, geo GOLD PRED, gtd GOLD PRED."})
public final class ScoreCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "KIND")
  String kind;

  @Parameters(index = "1..*", paramLabel = "FILE", arity = "2..3")
  List<String> files;

  @Option(names = "--json", description = "MUC-4: print the scores as JSON with full precision.")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int need = kind.equals("gva") || kind.equals("cases") ? 3 : 2;
    if (files.size() != need) {
      throw new CommandLine.ParameterException(spec.commandLine(), kind + " takes " + need + " files");
    }
    Object result = switch (kind) {
      case "muc4-tf" -> Muc4Scorer.templateF1(Muc4Files.gold(lines(0)),
          Muc4Files.templatePredictions(DataFile.of(files.get(1)).json()));
      case "muc4-ceaf" -> Muc4Scorer.ceafRee(lines(0),
          Muc4Files.roleFillerPredictions(DataFile.of(files.get(1)).json()));
      case "zyte" -> ExtractionScorer.zyte(lines(0), DataFile.of(files.get(1)).json());
      case "traf" -> ExtractionScorer.traf(lines(0), DataFile.of(files.get(1)).json());
      case "gva" -> IncidentScorer.gva(lines(0), lines(1), lines(2));
      case "cases" -> IncidentScorer.cases(lines(0), lines(1), lines(2));
      case "geo" -> GeoScorer.score(lines(0), lines(1));
      case "gtd" -> GtdScorer.score(lines(0), lines(1));
      default -> throw new CommandLine.ParameterException(spec.commandLine(), "unknown KIND '" + kind
          + "'; expected muc4-tf, muc4-ceaf, zyte, traf, gva, cases, geo or gtd");
    };
    if (result instanceof Muc4Scores m) {
      out.print(json ? EvalJson.pretty(m.asMap()) + "\n" : m.table());
    } else {
      out.println(EvalJson.pretty(result));
    }
    out.flush();
    return 0;
  }

  private List<JsonNode> lines(int i) throws java.io.IOException {
    return DataFile.of(files.get(i)).jsonLines();
  }
}
