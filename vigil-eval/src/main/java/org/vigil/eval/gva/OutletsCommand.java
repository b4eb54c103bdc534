package org.vigil.eval.gva;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.eval.run.Extractions;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil outlets}: learns the outlets' home towns from a batch's extraction records ({@link OutletHomes}), for
 * a second {@code vigil extract --outlet-homes} over the same or later pages.
 */
@Command(name = "outlets", mixinStandardHelpOptions = true,
    description = {"Learns where each outlet's incidents are from its own pages: reads the extraction records of "
        + "vigil extract --batch and writes one vote per page whose text placed its main incident in a town (the "
        + "page's host, id and town), for vigil extract --outlet-homes. An outlet's home is the town with half or "
        + "more of its other pages' votes, two or more voting (a tie is none); a page never counts its own vote.",
        "Learned from the texts alone: no gold is read."},
    footer = {"", "Exit status: 0 ok, 1 failure, 2 bad usage."})
public final class OutletsCommand implements Callable<Integer> {
  @Option(names = "--extractions", required = true, description = "vigil extract --batch output (.gz ok).")
  Path extractions;

  @Option(names = "--out", required = true, description = "The votes to write (tab-separated).")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    OutletHomes homes = OutletHomes.learn(Extractions.read(extractions).values());
    homes.write(out);
    spec.commandLine().getErr().printf(java.util.Locale.ROOT, "%,d votes of %,d outlets in %s%n", homes.size(),
        homes.hosts(), out);
    return 0;
  }
}
