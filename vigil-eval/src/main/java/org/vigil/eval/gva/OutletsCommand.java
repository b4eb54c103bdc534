package org.vigil.eval.gva;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.eval.run.Extractions;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.store.db.Database;
import org.vigil.store.db.Dialect;
import org.vigil.store.homes.OutletVotes;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil outlets}: learns the outlets' home towns from a batch's extraction records ({@link OutletHomes}), for
 * a second {@code vigil extract --outlet-homes} over the same or later pages; or writes the votes an incident store
 * keeps ({@code vigil run} stores each page's), in the same file format.
 */
@Command(name = "outlets", mixinStandardHelpOptions = true,
    description = {"Learns where each outlet's incidents are from its own pages: reads the extraction records of "
        + "vigil extract --batch, or the votes an incident store kept (vigil run stores one with each page), and "
        + "writes one vote per page whose text placed its main incident in a town (the page's host, id and town), "
        + "for vigil extract --outlet-homes. An outlet's home is the town with half or more of its other pages' "
        + "votes, two or more voting (a tie is none); a page never counts its own vote.",
        "Learned from the texts alone: no gold is read."},
    footer = {"", "Exit status: 0 ok, 1 failure, 2 bad usage."})
public final class OutletsCommand implements Callable<Integer> {
  @ArgGroup(exclusive = true, multiplicity = "1")
  From from;

  /** Where the votes come from: one of the two. */
  static final class From {
    @Option(names = "--extractions", required = true, description = "vigil extract --batch output (.gz ok).")
    Path extractions;

    @Option(names = "--db", required = true, paramLabel = "PATH|URL",
        description = "An incident store (SQLite file or postgresql://…) filled by vigil run: its stored votes, "
            + "in the order their pages were stored. Read only; never waits for a running vigil run.")
    String db;
  }

  @Option(names = "--out", required = true, description = "The votes to write (tab-separated).")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    OutletHomes homes = from.extractions != null ? OutletHomes.learn(Extractions.read(from.extractions).values())
        : OutletHomes.of(storedVotes(from.db));
    homes.write(out);
    spec.commandLine().getErr().printf(Locale.ROOT, "%,d votes of %,d outlets in %s%n", homes.size(),
        homes.hosts(), out);
    return 0;
  }

  /** The store's votes, read without migrating it (a migration would wait for a running writer's lock). */
  private List<OutletHomes.Vote> storedVotes(String db) throws SQLException {
    Database database = Database.of(db);
    if (database.dialect() == Dialect.SQLITE && !Files.exists(Path.of(database.label()))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such store: " + database.label());
    }
    try (Connection c = database.connectForReading()) {
      try {
        return OutletVotes.all(c);
      } catch (SQLException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no outlet votes in " + database.label()
            + " (not a Vigil store, or one no vigil run of this version has opened yet)");
      } finally {
        c.rollback();
      }
    }
  }
}
