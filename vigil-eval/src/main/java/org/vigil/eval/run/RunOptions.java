package org.vigil.eval.run;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every {@code vigil eval} run takes; a picocli mixin. */
public final class RunOptions {
  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Directory for the predictions file (created if missing).")
  public Path out;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N records of the data file.")
  public Integer limit;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
      description = "Pipeline worker threads (default: 2; each needs about 2 GB of heap).")
  public int threads;

  @Option(names = "--verbose", description = "Print stack traces on failure.")
  public boolean verbose;

  /** The limit, or no limit. */
  public int limitOrAll() {
    return limit == null ? Integer.MAX_VALUE : limit;
  }
}
