package org.vigil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigil} command. */
@Command(name = "vigil", mixinStandardHelpOptions = true, version = "vigil 0.1.0",
    description = "Turns news reports of violent and security incidents into incident records with evidence.",
    subcommands = {ExtractCommand.class, org.vigil.store.cli.RunCommand.class, IngestBenchCommand.class,
        CoreNlpBenchCommand.class,
        org.vigil.store.cli.IncidentsCommand.class, org.vigil.store.cli.IncidentCommand.class,
        org.vigil.eval.EvalCommand.class, org.vigil.eval.TrainCommand.class,
        org.vigil.store.cli.StoreBenchCommand.class,
        org.vigil.eval.gva.MergeEvalCommand.class, org.vigil.eval.gva.OutletsCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line on the process's stdout and stderr and returns its exit code. */
  public static int run(String... args) {
    return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the command line and returns its exit code: 0 ok, 1 failure, 2 bad usage. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      boolean verbose = parsed.hasMatchedOption("--verbose");
      cmd.getErr().println("vigil: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      if (verbose) {
        ex.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    return cl.execute(args);
  }
}
