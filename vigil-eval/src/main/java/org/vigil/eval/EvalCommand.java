package org.vigil.eval;

import org.vigil.eval.extraction.TrafilaturaCommand;
import org.vigil.eval.extraction.ZyteCommand;
import org.vigil.eval.gtd.GtdCommand;
import org.vigil.eval.gva.GvaCommand;
import org.vigil.eval.muc4.Muc4Command;
import org.vigil.eval.score.ScoreCommand;
import org.vigil.eval.seed.SeedCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code vigil eval}: runs Vigil over a benchmark's development data, writes the predictions file in the benchmark's
 * format and prints the scores of the Java ports of the reference scorers, with the data's SHA-256, the counts and the
 * run time. {@code vigil eval score} scores an existing predictions file. Register it as a subcommand of the
 * {@code vigil} command; {@link EvalMain} runs it on its own.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluates Vigil on a benchmark set and prints its scores.",
    subcommands = {Muc4Command.class, GvaCommand.class, ZyteCommand.class, TrafilaturaCommand.class,
        GtdCommand.class, SeedCommand.class, org.vigil.eval.screen.ScreenCommand.class,
        org.vigil.eval.geo.GeoCommand.class, ScoreCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit status: 0 ok, 1 failure, 2 bad usage."})
public final class EvalCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a benchmark set is required");
  }
}
