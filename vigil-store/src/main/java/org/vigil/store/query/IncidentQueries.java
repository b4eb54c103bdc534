package org.vigil.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.store.db.Dialect;
import org.vigil.store.merge.Geo;
import org.vigil.store.write.Sql;

/**
 * Runs {@link IncidentQuery} filters against the store. Box + time filters go through the R*Tree on SQLite and the
 * day and lat/lon indexes on PostgreSQL; full text through FTS5 or the tsvector column. Read-only; the caller owns
 * the connection.
 */
public final class IncidentQueries {
  private final Connection c;
  private final Dialect dialect;

  public IncidentQueries(Connection c, Dialect dialect) {
    this.c = c;
    this.dialect = dialect;
  }

  /**
   * The incidents matching {@code q}, newest first.
   *
   * @param details also load every incident's reconciled figures and source URLs (one more query each for the set)
   */
  public List<IncidentRow> find(IncidentQuery q, boolean details) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT * FROM incidents i WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (!q.includeBackground()) {
      sql.append(" AND i.status = 'main'");
    }
    Long fromDay = q.from() == null ? null : q.from().toEpochDay();
    Long toDay = q.to() == null ? null : q.to().toEpochDay();
    if (fromDay != null) {
      sql.append(" AND i.day_end >= ?");
      args.add(fromDay);
    }
    if (toDay != null) {
      sql.append(" AND i.day_start <= ?");
      args.add(toDay);
    }
    double[] box = q.bbox();
    if (q.point() != null) {
      double dLat = Geo.latDegrees(q.radiusKm());
      double dLon = Geo.lonDegrees(q.radiusKm(), q.point()[0]);
      box = new double[] {q.point()[1] - dLon, q.point()[0] - dLat, q.point()[1] + dLon, q.point()[0] + dLat};
    }
    if (box != null) {
      if (dialect == Dialect.SQLITE) {
        sql.append(" AND i.id IN (SELECT id FROM incident_rtree WHERE min_lon <= ? AND max_lon >= ? "
            + "AND min_lat <= ? AND max_lat >= ? AND min_day <= ? AND max_day >= ?)");
        args.addAll(Arrays.asList(box[2], box[0], box[3], box[1], toDay == null ? 1e9 : (double) toDay,
            fromDay == null ? -1e9 : (double) fromDay));
      }
      sql.append(" AND i.lat BETWEEN ? AND ? AND i.lon BETWEEN ? AND ?");
      args.addAll(Arrays.asList(box[1], box[3], box[0], box[2]));
    }
    if (q.country() != null) {
      sql.append(" AND i.country_code = ?");
      args.add(q.country().toUpperCase(Locale.ROOT));
    }
    if (q.type() != null) {
      sql.append(" AND (',' || i.types || ',') LIKE ?");
      args.add("%," + q.type().toLowerCase(Locale.ROOT) + ",%");
    }
    if (q.minKilled() != null) {
      sql.append(" AND i.killed >= ?");
      args.add(q.minKilled());
    }
    if (q.actor() != null) {
      sql.append(" AND LOWER(i.perpetrators) LIKE ?");
      args.add("%" + q.actor().toLowerCase(Locale.ROOT) + "%");
    }
    if (q.text() != null && !q.text().isBlank()) {
      List<String> words = new ArrayList<>();
      for (String w : q.text().split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
      if (dialect == Dialect.SQLITE) {
        sql.append(" AND i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)");
        StringBuilder m = new StringBuilder();
        for (String w : words) {
          m.append(m.length() == 0 ? "" : " ").append('"').append(w).append('"');
        }
        args.add(m.toString());
      } else {
        sql.append(" AND i.search @@ plainto_tsquery('english', ?)");
        args.add(String.join(" ", words));
      }
    }
    sql.append(" ORDER BY (i.day_start IS NULL), i.day_start DESC, i.id DESC");
    if (q.limit() > 0 && q.point() == null) {
      sql.append(" LIMIT ").append(q.limit());
    }
    List<IncidentRow> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      Sql.bind(ps, args.toArray());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(row(rs, Map.of(), List.of()));
        }
      }
    }
    if (q.point() != null) {
      rows.removeIf(r -> Geo.km(q.point()[0], q.point()[1], r.lat(), r.lon()) > q.radiusKm());
      if (q.limit() > 0 && rows.size() > q.limit()) {
        rows = new ArrayList<>(rows.subList(0, q.limit()));
      }
    }
    return details ? withDetails(rows) : rows;
  }

  private List<IncidentRow> withDetails(List<IncidentRow> rows) throws SQLException {
    if (rows.isEmpty()) {
      return rows;
    }
    Map<Long, Map<String, IncidentRow.Figure>> figures = new HashMap<>();
    Map<Long, List<String>> sources = new HashMap<>();
    for (int i = 0; i < rows.size(); i += 500) {
      List<IncidentRow> batch = rows.subList(i, Math.min(rows.size(), i + 500));
      Object[] ids = batch.stream().map(IncidentRow::id).toArray();
      String in = "(" + "?,".repeat(ids.length - 1) + "?)";
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT incident_id, kind, low, best, high FROM incident_figures WHERE incident_id IN " + in)) {
        Sql.bind(ps, ids);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            figures.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                new IncidentRow.Figure(rs.getInt(3), rs.getInt(4), Sql.intOrNull(rs, "high")));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT r.incident_id, a.url FROM reports r JOIN articles a "
          + "ON a.id = r.article_id WHERE r.role = 'member' AND r.incident_id IN " + in + " ORDER BY r.id")) {
        Sql.bind(ps, ids);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (rs.getString(2) != null) {
              List<String> s = sources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
              if (!s.contains(rs.getString(2))) {
                s.add(rs.getString(2));
              }
            }
          }
        }
      }
    }
    List<IncidentRow> out = new ArrayList<>(rows.size());
    for (IncidentRow r : rows) {
      out.add(new IncidentRow(r.id(), r.status(), r.type(), r.types(), r.dateStart(), r.dateEnd(),
          r.timePrecision(), r.place(), r.locality(), r.admin1(), r.countryCode(), r.lat(), r.lon(),
          r.geoPrecision(), r.perpetrators(), r.killed(), r.injured(), figures.getOrDefault(r.id(), Map.of()),
          r.reports(), r.articles(), r.firstPublished(), r.lastPublished(), r.title(),
          sources.getOrDefault(r.id(), List.of())));
    }
    return out;
  }

  static IncidentRow row(ResultSet rs, Map<String, IncidentRow.Figure> figures, List<String> sources)
      throws SQLException {
    String types = rs.getString("types");
    return new IncidentRow(rs.getLong("id"), rs.getString("status"), rs.getString("type"),
        types == null || types.isEmpty() ? List.of() : Arrays.asList(types.split(",")),
        Sql.dateOrNull(rs, "date_start"), Sql.dateOrNull(rs, "date_end"), rs.getString("time_precision"),
        rs.getString("place"), rs.getString("locality"), rs.getString("admin1"), rs.getString("country_code"),
        Sql.doubleOrNull(rs, "lat"), Sql.doubleOrNull(rs, "lon"), Sql.intOrNull(rs, "geo_precision"),
        rs.getString("perpetrators"), Sql.intOrNull(rs, "killed"), Sql.intOrNull(rs, "injured"), figures,
        rs.getInt("report_count"), rs.getInt("article_count"), Sql.dateOrNull(rs, "first_published"),
        Sql.dateOrNull(rs, "last_published"), rs.getString("title"), sources);
  }
}
