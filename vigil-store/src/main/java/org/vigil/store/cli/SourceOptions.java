package org.vigil.store.cli;

import org.vigil.ingest.Progress;
import org.vigil.ingest.fetch.FetchOptions;
import org.vigil.ingest.fetch.Fetcher;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every command that reads sources shares ({@code vigil run}, {@code vigil extract}): a picocli mixin. */
public final class SourceOptions {
  @Option(names = "--allow-private-addresses",
      description = "Fetch from loopback, private and link-local addresses too (refused by default).")
  boolean allowPrivateAddresses;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "auto|bar|lines|off",
      description = "Progress of a batch on stderr: auto (default) draws a bar with rate and ETA on a terminal and "
          + "writes a line every 10 s otherwise.")
  String progress;

  /** The fetcher these options ask for. */
  public Fetcher fetcher() {
    return new Fetcher(FetchOptions.defaults().withAllowPrivateAddresses(allowPrivateAddresses));
  }

  /** The progress mode, or a usage error naming the option. */
  public Progress.Mode progressMode(CommandLine.Model.CommandSpec spec) {
    try {
      return Progress.Mode.parse(progress);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
