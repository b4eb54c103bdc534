package org.vigil.store.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.store.db.Database;
import org.vigil.store.export.Format;
import org.vigil.store.query.IncidentQueries;
import org.vigil.store.query.IncidentQuery;
import org.vigil.store.query.IncidentRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil incidents}: query the stored incidents and print them as a table, JSON lines, CSV or GeoJSON. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
    description = {"Lists the merged incidents of a store, filtered by time, place, country, type, toll, actor "
        + "and words, as a table, JSON lines, ACLED-style CSV, GTD-style CSV or GeoJSON (RFC 7946).",
        "Show one incident with every source's figures and the revision history with: incident ID."},
    footer = {"", "Exit status: 0 ok, 1 failure, 2 bad usage."})
public final class IncidentsCommand implements Callable<Integer> {
  @Option(names = "--db", defaultValue = "vigil.db", paramLabel = "PATH|URL",
      description = "SQLite file (default: ${DEFAULT-VALUE}) or a PostgreSQL URL.")
  String db;

  @Option(names = "--format", defaultValue = "table", paramLabel = "table|jsonl|acled|gtd|geojson",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--verbose", description = "Print stack traces on failure.")
  boolean verbose;

  @Mixin
  QueryOptions filters = new QueryOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Format f;
    IncidentQuery q;
    try {
      f = Format.parse(format);
      q = filters.toQuery();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Database database = Stores.existing(db, spec);
    try (Connection c = database.connectForReading()) {
      List<IncidentRow> rows = new IncidentQueries(c, database.dialect()).find(q, true);
      PrintWriter out = spec.commandLine().getOut();
      f.write(rows, out);
      c.rollback();
    }
    return 0;
  }
}
