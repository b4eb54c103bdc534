package org.vigil.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.store.write.Sql;

/**
 * Everything the store knows about one merged incident: its record, every source's report with that source's own
 * figures, the reconciled figures with the rule that chose them, and the history of revisions.
 *
 * @param incident the merged record (with figures and sources)
 * @param reports every report, members and linked background mentions, in storage order
 * @param figures the reconciled figures
 * @param revisions every change of a best figure, oldest first
 */
public record IncidentDetail(IncidentRow incident, List<Report> reports, List<Reconciled> figures,
    List<Revision> revisions) {
  public IncidentDetail {
    reports = List.copyOf(reports);
    figures = List.copyOf(figures);
    revisions = List.copyOf(revisions);
  }

  /** One source's account. */
  public record Report(long reportId, long articleId, String inputId, String url, String title, LocalDate published,
      String status, String role, String type, LocalDate date, String timeRule, String place, Double lat, Double lon,
      Double mergeScore, String mergeReason, Map<String, SourceFigure> figures) {}

  /** A figure as one source gives it. */
  public record SourceFigure(int low, int best, Integer high, String qualifier, String phrase) {}

  /** The reconciled figure of one kind. */
  public record Reconciled(String kind, int low, int best, Integer high, String rule, long reportId) {}

  /** A change of the best figure, caused by an article. */
  public record Revision(String kind, long articleId, LocalDate published, Integer previousBest, Integer best,
      Integer low, Integer high, String rule) {}

  /** The detail of incident {@code id}, or null when there is none. */
  public static IncidentDetail load(Connection c, long id) throws SQLException {
    IncidentRow row = null;
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM incidents WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          row = IncidentQueries.row(rs, Map.of(), List.of());
        }
      }
    }
    if (row == null) {
      return null;
    }
    Map<Long, Map<String, SourceFigure>> figs = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT * FROM report_figures WHERE incident_id = ? ORDER BY report_id, kind")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          figs.computeIfAbsent(rs.getLong("report_id"), k -> new LinkedHashMap<>()).put(rs.getString("kind"),
              new SourceFigure(rs.getInt("low"), rs.getInt("best"), Sql.intOrNull(rs, "high"),
                  rs.getString("qualifier"), rs.getString("phrase")));
        }
      }
    }
    List<Report> reports = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT r.*, a.input_id, a.url AS article_url, a.title AS "
        + "article_title FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.incident_id = ? "
        + "ORDER BY r.id")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long rid = rs.getLong("id");
          reports.add(new Report(rid, rs.getLong("article_id"), rs.getString("input_id"),
              rs.getString("article_url"), rs.getString("article_title"), Sql.dateOrNull(rs, "published"),
              rs.getString("status"), rs.getString("role"), rs.getString("type"), Sql.dateOrNull(rs, "date_start"),
              rs.getString("time_rule"), rs.getString("place"), Sql.doubleOrNull(rs, "lat"),
              Sql.doubleOrNull(rs, "lon"), Sql.doubleOrNull(rs, "merge_score"), rs.getString("merge_reason"),
              figs.getOrDefault(rid, Map.of())));
        }
      }
    }
    List<Reconciled> reconciled = new ArrayList<>();
    Map<String, IncidentRow.Figure> rowFigures = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT * FROM incident_figures WHERE incident_id = ? ORDER BY kind")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reconciled.add(new Reconciled(rs.getString("kind"), rs.getInt("low"), rs.getInt("best"),
              Sql.intOrNull(rs, "high"), rs.getString("rule"), rs.getLong("report_id")));
          rowFigures.put(rs.getString("kind"), new IncidentRow.Figure(rs.getInt("low"), rs.getInt("best"),
              Sql.intOrNull(rs, "high")));
        }
      }
    }
    List<Revision> revisions = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT * FROM figure_revisions WHERE incident_id = ? ORDER BY id")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          revisions.add(new Revision(rs.getString("kind"), rs.getLong("article_id"), Sql.dateOrNull(rs, "published"),
              Sql.intOrNull(rs, "previous_best"), Sql.intOrNull(rs, "best"), Sql.intOrNull(rs, "low"),
              Sql.intOrNull(rs, "high"), rs.getString("rule")));
        }
      }
    }
    List<String> urls = new ArrayList<>();
    for (Report r : reports) {
      if (r.role().equals("member") && r.url() != null && !urls.contains(r.url())) {
        urls.add(r.url());
      }
    }
    IncidentRow full = new IncidentRow(row.id(), row.status(), row.type(), row.types(), row.dateStart(),
        row.dateEnd(), row.timePrecision(), row.place(), row.locality(), row.admin1(), row.countryCode(), row.lat(),
        row.lon(), row.geoPrecision(), row.perpetrators(), row.killed(), row.injured(), rowFigures, row.reports(),
        row.articles(), row.firstPublished(), row.lastPublished(), row.title(), urls);
    return new IncidentDetail(full, reports, reconciled, revisions);
  }
}
