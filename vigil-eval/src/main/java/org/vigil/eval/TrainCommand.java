package org.vigil.eval;

import org.vigil.eval.muc4.Muc4TrainCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code vigil train}: builds the small models that benchmark mappings use from a benchmark's training data (never
 * from the data they are scored on). Register it as a subcommand of the {@code vigil} command.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains a model from a benchmark's training data.",
    subcommands = {Muc4TrainCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit status: 0 ok, 1 failure, 2 bad usage."})
public final class TrainCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a model to train is required");
  }
}
