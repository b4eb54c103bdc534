package org.vigil.eval;

import picocli.CommandLine;

/** Runs {@link EvalCommand} on its own: {@code java -cp ... org.vigil.eval.EvalMain muc4 --data ... --out ...}. */
public final class EvalMain {
  private EvalMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit code: 0 ok, 1 failure (one line, stack trace with --verbose), 2 usage.
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The {@code eval} command line with the exit-code conventions of the {@code vigil} command. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new EvalCommand());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("vigil eval: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      if (verbose(parsed)) {
        ex.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    return cl;
  }

  /** Whether {@code --verbose} was given to the command or any of its subcommands. */
  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
