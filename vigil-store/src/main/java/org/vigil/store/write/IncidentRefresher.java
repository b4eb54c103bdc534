package org.vigil.store.write;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigil.model.FigureKind;
import org.vigil.model.IncidentType;
import org.vigil.model.Qualifier;
import org.vigil.model.Status;
import org.vigil.store.db.Dialect;
import org.vigil.store.merge.FigureRule;
import org.vigil.store.merge.ReportFeatures;

/**
 * Rewrites one merged incident from its reports after a report joined it: the incident row ({@link Aggregate}), its
 * reconciled figures ({@link FigureRule}), a revision row for every best figure that changed, and its entries in the
 * full-text and spatial indexes (SQLite's full-text entry through {@link PendingFts}), and tells the writer's
 * {@link CandidateIndex}.
 */
final class IncidentRefresher {
  private final Statements st;
  private final Dialect dialect;
  private final CandidateIndex index;
  private final PendingFts fts;

  /**
   * @param index the writer's candidate index, told of every incident row written once loaded; or null
   * @param fts where SQLite's full-text entries wait for the end of the transaction (null on PostgreSQL)
   */
  IncidentRefresher(Statements st, Dialect dialect, CandidateIndex index, PendingFts fts) {
    this.st = st;
    this.dialect = dialect;
    this.index = index;
    this.fts = fts;
  }

  /**
   * Rewrites the incident from its reports.
   *
   * @param incidentId the incident
   * @param all its reports (members and links) in storage order, the one just inserted last
   * @param isNew true when the report just inserted started the incident (no row, figures or index entries yet)
   * @param newFigures the figure rows of the report just inserted (all the incident's figures when it is new)
   * @param causeArticleId the article whose report caused the refresh
   * @param causePublished its publication date
   */
  void refresh(long incidentId, List<ReportRows.Member> all, boolean isNew, List<ReportRows.FigureRow> newFigures,
      long causeArticleId, LocalDate causePublished) throws SQLException {
    Aggregate a = Aggregate.of(all);
    Map<FigureKind, FigureRule.Reconciled> figures = isNew
        ? figures(all, newFigures) : figures(incidentId, all);
    String search = searchText(a, all);
    int[] words = index != null && index.loaded() ? index.ids(search) : null; // else the next load stems the text
    writeIncident(incidentId, isNew, a, figures, search, words == null ? null : WordIds.encode(words));
    if (words != null) {
      index.put(incidentId, a.windowStart(), a.windowEnd(), a.firmDayMin(), a.firmDayMax(), words);
    }
    writeFigures(incidentId, isNew, figures, causeArticleId, causePublished);
    index(incidentId, isNew, a, all, search);
  }

  /** The figures of a new incident: those of its only report. */
  private static Map<FigureKind, FigureRule.Reconciled> figures(List<ReportRows.Member> all,
      List<ReportRows.FigureRow> rows) {
    ReportRows.Member m = all.get(all.size() - 1);
    List<FigureRule.SourceFigure> source = new ArrayList<>();
    if (m.role().equals("member")) {
      for (ReportRows.FigureRow r : rows) {
        source.add(sourceFigure(m, kind(r.kind()), r.low(), r.best(), r.high(), r.qualifier()));
      }
    }
    return reconcile(source);
  }

  private static FigureRule.SourceFigure sourceFigure(ReportRows.Member m, FigureKind kind, int low, int best,
      Integer high, String qualifier) {
    return new FigureRule.SourceFigure(m.reportId(), m.reportId(), kind, low, best, high,
        Qualifier.valueOf(qualifier.toUpperCase(Locale.ROOT)), m.features().published(),
        m.features().status() == Status.MAIN);
  }

  private static Map<FigureKind, FigureRule.Reconciled> reconcile(List<FigureRule.SourceFigure> source) {
    Map<FigureKind, FigureRule.Reconciled> out = new java.util.EnumMap<>(FigureKind.class);
    for (FigureKind k : FigureKind.values()) {
      FigureRule.Reconciled r = FigureRule.reconcile(k, source);
      if (r != null) {
        out.put(k, r);
      }
    }
    return out;
  }

  private Map<FigureKind, FigureRule.Reconciled> figures(long incidentId, List<ReportRows.Member> all)
      throws SQLException {
    Map<Long, ReportRows.Member> byReport = new HashMap<>();
    for (ReportRows.Member m : all) {
      if (m.role().equals("member")) {
        byReport.put(m.reportId(), m);
      }
    }
    List<FigureRule.SourceFigure> source = new ArrayList<>();
    PreparedStatement ps = st.prepare(
        "SELECT report_id, kind, low, best, high, qualifier FROM report_figures WHERE incident_id = ? "
            + "ORDER BY report_id, kind");
    ps.setLong(1, incidentId);
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ReportRows.Member m = byReport.get(rs.getLong("report_id"));
        if (m == null) {
          continue; // a linked background mention: kept, but not counted
        }
        source.add(sourceFigure(m, kind(rs.getString("kind")), rs.getInt("low"), rs.getInt("best"),
            Sql.intOrNull(rs, "high"), rs.getString("qualifier")));
      }
    }
    return reconcile(source);
  }

  private static final String INCIDENT_COLUMNS = "status, type, types, date_start, date_end, day_start, day_end, "
      + "time_precision, window_start, window_end, place, locality, admin1, country_code, lat, lon, geo_precision, "
      + "perpetrators, killed, injured, report_count, article_count, first_published, last_published, title, "
      + "search_text, firm_day_min, firm_day_max, date_report_id, place_report_id";

  /** Writes the incident row; {@code words}: SQLite's {@code search_words} (V45), null on PostgreSQL. */
  private void writeIncident(long id, boolean isNew, Aggregate a, Map<FigureKind, FigureRule.Reconciled> figures,
      String search, byte[] words) throws SQLException {
    ReportFeatures d = a.date() == null ? null : a.date().features();
    ReportRows.Member pm = a.place();
    ReportFeatures p = pm == null ? null : pm.features();
    FigureRule.Reconciled killed = figures.get(FigureKind.KILLED);
    FigureRule.Reconciled injured = figures.get(FigureKind.INJURED);
    Object[] values = {a.status() == Status.MAIN ? "main" : "background", a.type().label(),
        ReportRows.types(a.types()), d == null ? null : d.start(), d == null ? null : d.end(),
        d == null ? null : Sql.day(d.start()), d == null ? null : Sql.day(d.end()),
        d == null ? null : d.precision().name().toLowerCase(Locale.ROOT), a.windowStart(), a.windowEnd(),
        p == null ? null : p.place(), pm == null ? null : pm.locality(), pm == null ? null : pm.admin1(),
        p == null ? null : p.countryCode(), p == null ? null : p.lat(), p == null ? null : p.lon(),
        p == null ? null : p.geoPrecision(), a.perpetrators(), killed == null ? null : killed.best(),
        injured == null ? null : injured.best(), a.reportCount(), a.articleCount(), a.firstPublished(),
        a.lastPublished(), a.title(), search, a.firmDayMin(), a.firmDayMax(),
        a.date() == null ? null : a.date().reportId(), pm == null ? null : pm.reportId(), id};
    boolean sqlite = dialect == Dialect.SQLITE;
    if (sqlite) { // search_words before the id
      values = java.util.Arrays.copyOf(values, values.length + 1);
      values[values.length - 2] = words;
      values[values.length - 1] = id;
    }
    st.update(isNew ? (sqlite ? INSERT_SQLITE : INSERT) : sqlite ? UPDATE_SQLITE : UPDATE, values);
  }

  private static final String INSERT = "INSERT INTO incidents (" + INCIDENT_COLUMNS + ", id) VALUES ("
      + "?,".repeat(30) + "?)";
  private static final String INSERT_SQLITE = "INSERT INTO incidents (" + INCIDENT_COLUMNS + ", search_words, id) "
      + "VALUES (" + "?,".repeat(31) + "?)";
  private static final String UPDATE_SET = "UPDATE incidents SET status = ?, type = ?, types = ?, date_start = ?, "
      + "date_end = ?, day_start = ?, day_end = ?, time_precision = ?, window_start = ?, window_end = ?, place = ?, "
      + "locality = ?, admin1 = ?, country_code = ?, lat = ?, lon = ?, geo_precision = ?, perpetrators = ?, "
      + "killed = ?, injured = ?, report_count = ?, article_count = ?, first_published = ?, "
      + "last_published = ?, title = ?, search_text = ?, firm_day_min = ?, firm_day_max = ?, "
      + "date_report_id = ?, place_report_id = ?";
  private static final String UPDATE = UPDATE_SET + " WHERE id = ?";
  private static final String UPDATE_SQLITE = UPDATE_SET + ", search_words = ? WHERE id = ?";

  private void writeFigures(long id, boolean isNew, Map<FigureKind, FigureRule.Reconciled> figures,
      long causeArticle, LocalDate causePublished) throws SQLException {
    Map<FigureKind, Integer> previous = new HashMap<>();
    if (!isNew) {
      PreparedStatement ps = st.prepare("SELECT kind, best FROM incident_figures WHERE incident_id = ?");
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          previous.put(kind(rs.getString(1)), rs.getInt(2));
        }
      }
      st.update("DELETE FROM incident_figures WHERE incident_id = ?", id);
    }
    for (FigureRule.Reconciled r : figures.values()) {
      String kind = ReportRows.label(r.kind());
      st.update("INSERT INTO incident_figures (incident_id, kind, low, best, high, rule, report_id) "
          + "VALUES (?,?,?,?,?,?,?)", id, kind, r.low(), r.best(), r.high(), r.rule(), r.reportId());
      Integer before = previous.get(r.kind());
      if (!Objects.equals(before, r.best())) {
        st.update("INSERT INTO figure_revisions (id, incident_id, kind, article_id, published, previous_best, "
            + "best, low, high, rule) VALUES (?,?,?,?,?,?,?,?,?,?)", st.nextId("figure_revisions"), id, kind,
            causeArticle, causePublished, before, r.best(), r.low(), r.high(), r.rule());
      }
    }
  }

  private static String searchText(Aggregate a, List<ReportRows.Member> all) {
    Set<String> words = new LinkedHashSet<>();
    StringBuilder b = new StringBuilder();
    if (a.title() != null) {
      b.append(a.title()).append(' ');
    }
    for (IncidentType t : a.types()) {
      b.append(t.label().replace('_', ' ')).append(' ');
    }
    if (a.perpetrators() != null) {
      b.append(a.perpetrators()).append(' ');
    }
    for (ReportRows.Member m : all) {
      if (m.features().place() != null) {
        words.add(m.features().place());
      }
      words.addAll(m.features().terms());
    }
    b.append(String.join(" ", words));
    return b.toString();
  }

  private void index(long id, boolean isNew, Aggregate a, List<ReportRows.Member> all, String search)
      throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      st.update("UPDATE incidents SET search = to_tsvector('english', search_text) WHERE id = ?", id);
      return;
    }
    fts.put(id, isNew, search); // written before the commit, in rowid order
    if (!isNew) {
      st.update("DELETE FROM incident_rtree WHERE id = ?", id);
    }
    Double minLat = null;
    Double maxLat = null;
    Double minLon = null;
    Double maxLon = null;
    for (ReportRows.Member m : all) {
      ReportFeatures f = m.features();
      if (!m.role().equals("member") || f.lat() == null || (f.geoPrecision() >= 3 && a.place() != null
          && a.place().features().firmPlace())) {
        continue; // the box covers the members' town-level points
      }
      minLat = minLat == null ? f.lat() : Math.min(minLat, f.lat());
      maxLat = maxLat == null ? f.lat() : Math.max(maxLat, f.lat());
      minLon = minLon == null ? f.lon() : Math.min(minLon, f.lon());
      maxLon = maxLon == null ? f.lon() : Math.max(maxLon, f.lon());
    }
    if (minLat != null && a.windowStart() != null) {
      st.update("INSERT INTO incident_rtree (id, min_lon, max_lon, min_lat, max_lat, min_day, max_day) "
          + "VALUES (?,?,?,?,?,?,?)", id, minLon, maxLon, minLat, maxLat, (double) a.windowStart(),
          (double) a.windowEnd());
    }
  }

  private static FigureKind kind(String s) {
    return FigureKind.valueOf(s.toUpperCase(Locale.ROOT));
  }
}
