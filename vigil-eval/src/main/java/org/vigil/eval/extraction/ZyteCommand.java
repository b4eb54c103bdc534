package org.vigil.eval.extraction;

import java.util.concurrent.Callable;
import org.vigil.eval.run.RunOptions;
import org.vigil.eval.score.ExtractionScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil eval zyte}: the article-extraction benchmark (Zyte). Cleans each page with the pipeline's cleaner,
 * writes {@code {id: {"articleBody": text}}} and prints the shingle precision/recall/F1 of {@code score.py zyte}.
 */
@Command(name = "zyte", mixinStandardHelpOptions = true,
    description = "Scores the cleaner's main text on the article-extraction benchmark (lines id, url, html, "
        + "article_body).")
public final class ZyteCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE", description = "pages_dev.jsonl(.gz)")
  String data;

  @Mixin
  RunOptions run;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return PageCleaning.run(data, run, spec.commandLine().getOut(), spec.commandLine().getErr(), "id", "zyte",
        ExtractionScorer::zyte);
  }
}
