package org.vigil.eval.run;

import org.vigil.pipeline.screen.ScreenOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --screen LIST} option of the commands that run the pipeline; a picocli mixin. */
public final class ScreenFlag {
  @Option(names = "--screen", defaultValue = "all", paramLabel = "LIST",
      description = "Screens run before annotation: comma-separated language, relevance, duplicates, or all "
          + "(default) or none. A screened-out article is skipped (stage screen) with the reason.")
  public String screens;

  /** The options named, or a usage error naming the unknown screen. */
  public ScreenOptions options(CommandLine.Model.CommandSpec spec) {
    try {
      return ScreenOptions.parse(screens);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--screen: " + e.getMessage());
    }
  }
}
