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
 * {@code vigil train muc4}: learns the {@link RoleLexicon}, the {@link Relevance} model and the {@link VictimNames}
 * from MUC-4 training lines and writes them into a directory as {@value RoleLexicon#RESOURCE},
 * {@value Relevance#RESOURCE} and {@value VictimNames#RESOURCE}. The bundled
 * models ({@code vigil-eval/src/main/resources/org/vigil/eval/muc4/}) are this command's output on
 * {@code muc4_train.jsonl.gz}; deterministic.
 */
@Command(name = "muc4", mixinStandardHelpOptions = true,
    description = "Learns the MUC-4 role lexicon, relevance model and victims' first names from training documents.")
public final class Muc4TrainCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "MUC-4 training JSON lines (muc4_train.jsonl.gz), plain or gzip. Never the data you score on.")
  String data;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the three model files.")
  Path out;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    DataFile file = DataFile.of(data);
    List<JsonNode> lines = new ArrayList<>();
    file.forEachLine(lines::add, Integer.MAX_VALUE);
    String from = lines.size() + " documents, " + file.path().getFileName() + " sha256 " + file.sha256();
    Files.createDirectories(out);
    RoleLexicon lexicon = RoleLexicon.train(lines);
    try (OutputStream o = Files.newOutputStream(out.resolve(RoleLexicon.RESOURCE))) {
      lexicon.write(o, "vigil train muc4, role lexicon, " + from);
    }
    Relevance relevance = Relevance.train(lines);
    try (OutputStream o = Files.newOutputStream(out.resolve(Relevance.RESOURCE))) {
      relevance.write(o, "vigil train muc4, relevance, " + from);
    }
    VictimNames names = VictimNames.train(lines);
    try (OutputStream o = Files.newOutputStream(out.resolve(VictimNames.RESOURCE))) {
      names.write(o, "vigil train muc4, first words of victims' names, " + from);
    }
    w.println("read " + lines.size() + " documents; wrote " + lexicon.size() + " phrases and " + relevance.size()
        + " word weights to " + out);
    return 0;
  }
}
