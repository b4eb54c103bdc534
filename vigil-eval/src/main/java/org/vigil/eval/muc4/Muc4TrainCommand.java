package org.vigil.eval.muc4;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.eval.data.DataFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil train muc4-roles}: counts the {@link RoleLexicon} over MUC-4 training lines and writes it. The bundled
 * lexicon ({@code vigil-eval/src/main/resources/org/vigil/eval/muc4/role-lexicon.tsv.gz}) is this command's output on
 * {@code muc4_train.jsonl.gz}; deterministic (phrases sorted).
 */
@Command(name = "muc4-roles", mixinStandardHelpOptions = true,
    description = "Learns the MUC-4 role lexicon (phrase occurrences and role fills) from training documents.")
public final class Muc4TrainCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "MUC-4 training JSON lines (muc4_train.jsonl.gz), plain or gzip. Never the data you score on.")
  String data;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The lexicon to write (gzip TSV).")
  Path out;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    DataFile file = DataFile.of(data);
    List<JsonNode> lines = new ArrayList<>();
    file.forEachLine(lines::add, Integer.MAX_VALUE);
    RoleLexicon lexicon = RoleLexicon.train(lines);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      lexicon.write(o, "vigil train muc4-roles, " + lines.size() + " documents, " + file.path().getFileName()
          + " sha256 " + file.sha256());
    }
    w.println("read " + lines.size() + " documents; wrote " + lexicon.size() + " phrases to " + out);
    return 0;
  }
}
