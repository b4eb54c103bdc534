package org.vigil.store.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The store's commands on their own ({@code java -cp … org.vigil.store.cli.StoreMain run …}), until {@code vigil}
 * registers them: {@code run}, {@code incidents}, {@code incident}, {@code store-bench}.
 */
@Command(name = "vigil", mixinStandardHelpOptions = true, version = "vigil 0.1.0",
    description = "Vigil's store: run, incidents, incident, store-bench.",
    subcommands = {RunCommand.class, IncidentsCommand.class, IncidentCommand.class, StoreBenchCommand.class,
        CommandLine.HelpCommand.class})
public final class StoreMain implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(run(new CommandLine(new StoreMain()), args));
  }

  /**
   * Runs a command line with Vigil's exit codes (0 ok, 1 failure with one line, 2 bad usage) on the process's
   * stdout and stderr.
   */
  public static int run(CommandLine cl, String... args) {
    cl.setOut(new PrintWriter(System.out, true));
    cl.setErr(new PrintWriter(System.err, true));
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("vigil: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      if (parsed.hasMatchedOption("--verbose")) {
        ex.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    return cl.execute(args);
  }
}
