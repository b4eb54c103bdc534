package org.vigil.store.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.pipeline.output.Json;
import org.vigil.store.db.Database;
import org.vigil.store.query.IncidentDetail;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil incident ID}: one merged incident with every source's figures, the best figure and its history. */
@Command(name = "incident", mixinStandardHelpOptions = true,
    description = "Shows one merged incident: every source that reported it with its own figures, the reconciled "
        + "best/low/high figures with the rule that chose them, and every revision of the best figures.",
    footer = {"", "Exit status: 0 ok, 1 no such incident or failure, 2 bad usage."})
public final class IncidentCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "The incident's id (as listed by vigil incidents).")
  long id;

  @Option(names = "--db", defaultValue = "vigil.db", paramLabel = "PATH|URL",
      description = "SQLite file (default: ${DEFAULT-VALUE}) or a PostgreSQL URL.")
  String db;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text (default) or json.")
  String format;

  @Option(names = "--verbose", description = "Print stack traces on failure.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json, not " + format);
    }
    Database database = Stores.existing(db, spec);
    IncidentDetail d;
    try (Connection c = database.connectForReading()) {
      d = IncidentDetail.load(c, id);
      c.rollback();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (d == null) {
      spec.commandLine().getErr().println("vigil: no incident " + id + " in " + database.label());
      return 1;
    }
    if (format.equals("json")) {
      out.println(Json.pretty(Json.mapper(), d));
    } else {
      text(d, out);
    }
    out.flush();
    return 0;
  }

  static void text(IncidentDetail d, PrintWriter out) {
    var i = d.incident();
    out.printf("Incident %d · %s (%s) · %s · %s%s · %s%n", i.id(), i.type(), String.join(", ", i.types()),
        i.dateStart() == null ? "date unknown" : i.dateStart(), i.place() == null ? "place unknown" : i.place(),
        i.countryCode() == null ? "" : ", " + i.countryCode()
            + (i.lat() == null ? "" : String.format(java.util.Locale.ROOT, " (%.4f, %.4f)", i.lat(), i.lon())),
        i.status());
    if (i.perpetrators() != null) {
      out.println("Perpetrators: " + i.perpetrators());
    }
    out.println("Figures (best [low-high], rule):");
    for (IncidentDetail.Reconciled f : d.figures()) {
      out.printf("  %-20s %6d [%d-%s]  %s (from report %d)%n", f.kind(), f.best(), f.low(),
          f.high() == null ? "?" : f.high(), f.rule(), f.reportId());
    }
    out.printf("Sources (%d reports, %d articles):%n", d.reports().size(), i.articles());
    for (IncidentDetail.Report r : d.reports()) {
      out.printf("  report %d · %s · %s%s · %s%n", r.reportId(), r.published() == null ? "undated" : r.published(),
          r.inputId(), r.role().equals("link") ? " (background mention, linked)" : "",
          r.url() == null ? "" : r.url());
      if (r.title() != null) {
        out.println("      " + r.title());
      }
      StringBuilder figs = new StringBuilder();
      for (Map.Entry<String, IncidentDetail.SourceFigure> e : r.figures().entrySet()) {
        var f = e.getValue();
        figs.append(figs.length() == 0 ? "" : "; ").append(e.getKey()).append(' ').append(f.best())
            .append(f.phrase() == null ? "" : " (\"" + f.phrase() + "\", " + f.qualifier() + ")");
      }
      out.println("      figures: " + (figs.length() == 0 ? "none" : figs));
      out.println("      merge: " + r.mergeReason());
    }
    out.println("Revisions:");
    for (IncidentDetail.Revision v : d.revisions()) {
      out.printf("  %s %-20s %s -> %s  (article %d; %s)%n", v.published() == null ? "undated   " : v.published(),
          v.kind(), v.previousBest() == null ? "-" : v.previousBest(), v.best(), v.articleId(), v.rule());
    }
  }
}
