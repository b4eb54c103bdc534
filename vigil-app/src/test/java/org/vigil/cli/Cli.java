package org.vigil.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real {@code vigil} command in-process with captured output, for the CLI tests. */
final class Cli {
  private Cli() {}

  /** What a command printed, and its exit status. */
  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(exit, out.toString(), err.toString());
  }
}
