package org.vigil.eval.extraction;

import java.util.concurrent.Callable;
import org.vigil.eval.run.RunOptions;
import org.vigil.eval.score.ExtractionScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil eval trafilatura}: trafilatura's snippet benchmark. Cleans each page with the pipeline's cleaner,
 * writes {@code {file: {"articleBody": text}}} and prints the snippet precision/recall/F1 of {@code score.py traf}.
 */
@Command(name = "trafilatura", mixinStandardHelpOptions = true,
    description = "Scores the cleaner's main text on trafilatura's benchmark (lines url, file, with, without, html).")
public final class TrafilaturaCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE", description = "pages_dev.jsonl(.gz)")
  String data;

  @Mixin
  RunOptions run;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return PageCleaning.run(data, run, spec.commandLine().getOut(), spec.commandLine().getErr(), "file", "traf",
        ExtractionScorer::traf);
  }
}
