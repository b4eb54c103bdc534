package org.vigil.store.write;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigil.model.Status;
import org.vigil.store.db.Dialect;
import org.vigil.store.merge.Geo;
import org.vigil.store.merge.Idf;
import org.vigil.store.merge.MatchScorer;
import org.vigil.store.merge.MergeOptions;
import org.vigil.store.merge.ReportFeatures;
import org.vigil.store.merge.Terms;

/**
 * Finds the incidents a new report might belong to, by two cheap indexed routes: incidents whose window of days and
 * points are near the report's (SQLite: the R*Tree; PostgreSQL: the day and lat/lon indexes), and incidents in the
 * same window that share the report's rarest words (FTS5 / tsvector), which catches reports whose place was geocoded
 * wrongly (only names rare in the store are looked up), and incidents in the window whose text names the report's
 * place (a town resolved to a namesake far away). Everything found is then scored in full by the merge.
 *
 * <p>SQLite's full-text routes order by {@code f.rowid} (the same order as {@code i.id}, which it equals): FTS5 then
 * returns its matches newest first and the join stops at the limit, instead of collecting every match of the
 * query's words and sorting them (a name of two common words matches thousands of incidents: 7.5 ms a query on a
 * million incidents against 1.1 ms). When the writer's {@link CandidateIndex} is given, the two full-text routes are
 * answered there instead, with the same answers and no FTS5 query.
 */
final class CandidateFinder {
  /** Incidents whose window starts this long before a report's range can still reach it (windows are capped). */
  static final int MAX_WINDOW_DAYS = 60;
  private static final int TEXT_TERMS = 6;
  private static final int TEXT_LIMIT = 20;
  private static final int PERSON_LIMIT = 5;
  private static final int PLACE_LIMIT = 5;

  private static final String UNPLACED = "SELECT id, firm_day_min, firm_day_max FROM incidents "
      + "WHERE window_start BETWEEN ? AND ? AND window_end >= ? AND (lat IS NULL OR geo_precision >= 3)";

  private final Statements st;
  private final Dialect dialect;
  private final MergeOptions options;
  private final CandidateIndex index;
  private final PendingFts fts;

  /**
   * @param index the writer's loaded copy of the full-text routes' data, which answers them without FTS5; null to
   *     query the database
   * @param fts the transaction's full-text entries not yet written (written before a route reads FTS5), or null
   */
  CandidateFinder(Statements st, Dialect dialect, MergeOptions options, CandidateIndex index, PendingFts fts) {
    this.st = st;
    this.dialect = dialect;
    this.options = options;
    this.index = index;
    this.fts = fts;
  }

  /** Candidate incident ids for {@code f}, in ascending order of id. */
  Set<Long> find(ReportFeatures f, Idf idf, java.util.function.Predicate<String> rare) throws SQLException {
    Set<Long> out = new java.util.TreeSet<>();
    LocalDate day = f.day();
    if (day == null) {
      return out;
    }
    long lo = day.toEpochDay() - options.candidateDays() - (f.start() == null || f.firmDate() ? 7 : 0);
    long hi = (f.end() != null ? f.end() : day).toEpochDay() + options.candidateDays();
    if (f.start() != null && !f.firmDate()) {
      lo = Math.min(lo, f.start().toEpochDay() - options.candidateDays());
    }
    if (f.yearOnly()) { // dated by a year only: any day of the year before its news
      lo = MatchScorer.range(f)[0].toEpochDay() - options.candidateDays();
      hi = f.published().toEpochDay() + options.candidateDays();
    }
    if (f.followUp()) {
      lo = Math.min(lo, MatchScorer.range(f)[0].toEpochDay() - MatchScorer.FOLLOW_UP_DAYS);
    }
    if (f.lat() != null) {
      near(out, f, lo, hi);
      query(out, f, UNPLACED, lo - MAX_WINDOW_DAYS, hi, lo);
    } else {
      // no point: the incidents of the window in the same country, and those without a town-level point
      if (f.countryCode() != null) {
        query(out, f, "SELECT id, firm_day_min, firm_day_max FROM incidents WHERE country_code = ? "
            + "AND window_start BETWEEN ? AND ? "
            + "AND window_end >= ?", f.countryCode(), lo - MAX_WINDOW_DAYS, hi, lo);
      }
      query(out, f, UNPLACED, lo - MAX_WINDOW_DAYS, hi, lo);
    }
    textCandidates(out, f, idf, rare, lo, hi);
    placeCandidates(out, f, lo, hi);
    personCandidates(out, f, rare, day);
    recalledCandidates(out, f, lo, hi);
    return out;
  }

  /**
   * Incidents near the report's point on a day its article recalls ({@link ReportFeatures#recalled()}) outside the
   * window already searched: a follow-up dated by its own news may join the incident it recalls.
   */
  private void recalledCandidates(Set<Long> out, ReportFeatures f, long lo, long hi) throws SQLException {
    if (f.lat() == null) {
      return;
    }
    for (LocalDate d : f.recalled()) {
      long day = d.toEpochDay();
      if (day < lo || day > hi) {
        near(out, f, day - 1, day + 1); // a report that recalls is not pre-filtered by its own firm date
      }
    }
  }

  /** The incidents within {@link MergeOptions#candidateKm()} of the report's point whose windows reach lo–hi. */
  private void near(Set<Long> out, ReportFeatures f, long lo, long hi) throws SQLException {
    double dLat = Geo.latDegrees(options.candidateKm());
    double dLon = Geo.lonDegrees(options.candidateKm(), f.lat());
    if (dialect == Dialect.SQLITE && index != null && index.loaded()) {
      // the R*Tree alone: the members' firm days come from the index, not from the incidents' rows
      PreparedStatement ps = st.prepare("SELECT id FROM incident_rtree WHERE min_lon <= ? AND max_lon >= ? "
          + "AND min_lat <= ? AND max_lat >= ? AND min_day <= ? AND max_day >= ?");
      Sql.bind(ps, f.lon() + dLon, f.lon() - dLon, f.lat() + dLat, f.lat() - dLat, (double) hi, (double) lo);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          int min = index.firmMin(id);
          if (!veto(f, min == CandidateIndex.NONE ? null : (long) min, index.firmMax(id))) {
            out.add(id);
          }
        }
      }
    } else if (dialect == Dialect.SQLITE) {
      query(out, f, "SELECT r.id, i.firm_day_min, i.firm_day_max FROM incident_rtree r JOIN incidents i "
          + "ON i.id = r.id WHERE r.min_lon <= ? AND r.max_lon >= ? AND r.min_lat <= ? AND r.max_lat >= ? "
          + "AND r.min_day <= ? AND r.max_day >= ?", f.lon() + dLon, f.lon() - dLon, f.lat() + dLat,
          f.lat() - dLat, (double) hi, (double) lo);
    } else {
      query(out, f, "SELECT id, firm_day_min, firm_day_max FROM incidents WHERE lat BETWEEN ? AND ? "
          + "AND lon BETWEEN ? AND ? "
          + "AND window_start BETWEEN ? AND ? AND window_end >= ?", f.lat() - dLat, f.lat() + dLat,
          f.lon() - dLon, f.lon() + dLon, lo - MAX_WINDOW_DAYS, hi, lo);
    }
  }

  /**
   * The incidents of the main reports of the articles whose background reports are among {@code members}, when
   * those main reports recall days ({@link ReportFeatures#recalled()}), each with those articles: the incident a
   * follow-up stored earlier recalls may be the new report's.
   */
  Map<Long, Set<Long>> recallers(Map<Long, List<ReportRows.Member>> members) throws SQLException {
    Set<Long> articles = new TreeSet<>();
    members.values().forEach(ms -> ms.forEach(m -> {
      if (m.features().status() == Status.HISTORICAL) {
        articles.add(m.features().articleId());
      }
    }));
    Map<Long, Set<Long>> out = new TreeMap<>();
    if (articles.isEmpty()) {
      return out;
    }
    List<Long> ids = new ArrayList<>(articles);
    for (int i = 0; i < ids.size(); i += Sql.MAX_IN) {
      Object[] batch = Sql.inValues(ids.subList(i, Math.min(ids.size(), i + Sql.MAX_IN)));
      PreparedStatement ps = st.prepare("SELECT incident_id, article_id FROM reports WHERE article_id IN ("
          + Sql.inList(batch.length) + ") AND status = 'main' AND recalled_days IS NOT NULL");
      Sql.bind(ps, batch);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getLong(2));
        }
      }
    }
    return out;
  }

  /**
   * Incidents that name one of the report's rare people (both words of the full name), up to
   * {@link MergeOptions#personDays()} away: follow-ups (an arrest, a trial) are dated by their own week.
   */
  private void personCandidates(Set<Long> out, ReportFeatures f, java.util.function.Predicate<String> isRare,
      LocalDate day) throws SQLException {
    List<String> names = new ArrayList<>();
    for (String p : f.persons()) {
      if (isRare.test(p) && p.chars().allMatch(c -> Character.isLetter(c) || c == '_')) {
        names.add(p);
      }
    }
    if (names.isEmpty() || options.personDays() <= options.candidateDays()) {
      return;
    }
    List<String> top = names.subList(0, Math.min(TEXT_TERMS, names.size()));
    long lo = day.toEpochDay() - options.personDays();
    long hi = day.toEpochDay() + options.personDays();
    if (index != null && fromIndex(out, null, top.stream().map(p -> p.split("_")).toList(), lo - MAX_WINDOW_DAYS, hi,
        lo, PERSON_LIMIT)) {
      return;
    }
    if (dialect == Dialect.SQLITE) {
      flushFts();
      StringBuilder q = new StringBuilder();
      for (String p : top) {
        String[] w = p.split("_");
        q.append(q.length() == 0 ? "" : " OR ").append("(\"").append(w[0]).append("\" AND \"").append(w[1])
            .append("\")");
      }
      query(out, null, "SELECT i.id, i.firm_day_min, i.firm_day_max FROM incident_fts f JOIN incidents i "
          + "ON i.id = f.rowid WHERE incident_fts MATCH ? AND i.window_start BETWEEN ? AND ? "
          + "AND i.window_end >= ? ORDER BY f.rowid DESC LIMIT " + PERSON_LIMIT, q.toString(), lo - MAX_WINDOW_DAYS, hi,
          lo);
    } else {
      List<String> qs = new ArrayList<>();
      top.forEach(p -> qs.add("(" + p.replace("_", " & ") + ")"));
      query(out, null, "SELECT id, firm_day_min, firm_day_max FROM incidents "
          + "WHERE search @@ to_tsquery('english', ?) AND window_start BETWEEN ? AND ? AND window_end >= ? "
          + "ORDER BY id DESC LIMIT " + PERSON_LIMIT, String.join(" | ", qs), lo - MAX_WINDOW_DAYS, hi, lo);
    }
  }

  /**
   * Incidents in the window whose text names the report's place (every word of it): a town resolved to a namesake
   * far away ("Houston", "St. Charles" in another state) is still compared.
   */
  private void placeCandidates(Set<Long> out, ReportFeatures f, long lo, long hi) throws SQLException {
    List<String> words = new ArrayList<>(Terms.of(f.place()));
    words.removeIf(w -> !w.chars().allMatch(Character::isLetter));
    if (words.isEmpty()) {
      return;
    }
    List<String> top = words.subList(0, Math.min(3, words.size()));
    if (index != null && fromIndex(out, f, List.<String[]>of(top.toArray(new String[0])), lo - MAX_WINDOW_DAYS, hi,
        lo, PLACE_LIMIT)) {
      return;
    }
    if (dialect == Dialect.SQLITE) {
      flushFts();
      query(out, f, "SELECT i.id, i.firm_day_min, i.firm_day_max FROM incident_fts f JOIN incidents i "
          + "ON i.id = f.rowid WHERE incident_fts MATCH ? AND i.window_start BETWEEN ? AND ? "
          + "AND i.window_end >= ? ORDER BY f.rowid DESC LIMIT " + PLACE_LIMIT, "\"" + String.join("\" AND \"", top)
          + "\"", lo - MAX_WINDOW_DAYS, hi, lo);
    } else {
      query(out, f, "SELECT id, firm_day_min, firm_day_max FROM incidents "
          + "WHERE search @@ to_tsquery('english', ?) AND window_start BETWEEN ? AND ? AND window_end >= ? "
          + "ORDER BY id DESC LIMIT " + PLACE_LIMIT, String.join(" & ", top), lo - MAX_WINDOW_DAYS, hi, lo);
    }
  }

  private void textCandidates(Set<Long> out, ReportFeatures f, Idf idf, java.util.function.Predicate<String> isRare,
      long lo, long hi) throws SQLException {
    // only rare words (a name, a venue): their posting lists are short, so the lookup stays cheap at any size
    List<String> rare = new ArrayList<>(f.names());
    rare.removeIf(t -> !t.chars().allMatch(Character::isLetterOrDigit) || !isRare.test(t));
    rare.sort(Comparator.comparingDouble((String t) -> -idf.of(t)).thenComparing(Comparator.naturalOrder()));
    if (rare.isEmpty()) {
      return;
    }
    List<String> top = rare.subList(0, Math.min(TEXT_TERMS, rare.size()));
    if (index != null && fromIndex(out, f, top.stream().map(t -> new String[] {t}).toList(), lo - MAX_WINDOW_DAYS, hi,
        lo, TEXT_LIMIT)) {
      return;
    }
    if (dialect == Dialect.SQLITE) {
      flushFts();
      StringBuilder q = new StringBuilder();
      for (String t : top) {
        q.append(q.length() == 0 ? "" : " OR ").append('"').append(t).append('"');
      }
      query(out, f, "SELECT i.id, i.firm_day_min, i.firm_day_max FROM incident_fts f JOIN incidents i "
          + "ON i.id = f.rowid WHERE incident_fts MATCH ? AND i.window_start BETWEEN ? AND ? "
          + "AND i.window_end >= ? ORDER BY f.rowid DESC LIMIT " + TEXT_LIMIT, q.toString(), lo - MAX_WINDOW_DAYS, hi,
          lo);
    } else {
      query(out, f, "SELECT id, firm_day_min, firm_day_max FROM incidents "
          + "WHERE search @@ to_tsquery('english', ?) AND window_start BETWEEN ? AND ? AND window_end >= ? "
          + "ORDER BY id DESC LIMIT " + TEXT_LIMIT,
          String.join(" | ", top), lo - MAX_WINDOW_DAYS, hi, lo);
    }
  }

  private void flushFts() throws SQLException {
    if (fts != null) {
      fts.flush(st);
    }
  }

  /**
   * The index's ids of the words' FTS5 terms ({@code "a"} is the stem of a), or null when a word is not exactly one
   * term (the query then goes to FTS5).
   */
  private int[] indexWords(String... words) {
    int[] out = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      String stem = FtsTokens.word(words[i]);
      if (stem == null) {
        return null;
      }
      out[i] = index.word(stem);
    }
    return out;
  }

  /**
   * The full-text query {@code (a AND b) OR (c) OR …} (groups of words) answered by the index, as SQLite answers it:
   * the {@code limit} newest incidents in the window that match one of the groups, then filtered by {@link #veto}.
   *
   * @return false, having added nothing, when a word is not exactly one FTS5 term (the caller asks FTS5)
   */
  private boolean fromIndex(Set<Long> out, ReportFeatures f, List<String[]> words, long lo, long hi, long end,
      int limit) {
    List<int[]> groups = new ArrayList<>();
    for (String[] w : words) {
      int[] ids = indexWords(w);
      if (ids == null) {
        return false;
      }
      groups.add(ids);
    }
    java.util.TreeSet<Long> newest = new java.util.TreeSet<>(Comparator.reverseOrder());
    for (int[] g : groups) {
      for (long id : index.newest(g, lo, hi, end, limit)) {
        newest.add(id);
      }
    }
    int n = 0;
    for (long id : newest) {
      if (n++ == limit) {
        break;
      }
      int min = index.firmMin(id);
      if (!veto(f, min == CandidateIndex.NONE ? null : (long) min, index.firmMax(id))) {
        out.add(id);
      }
    }
    return true;
  }

  /** True when the report's firm date keeps it out of an incident with this members' firm-day range. */
  private boolean veto(ReportFeatures f, Long min, long max) {
    if (f == null || !f.firmDate() || f.mayBeLater() || min == null) {
      return false; // a follow-up, or a report that recalls another day, may join across the veto
    }
    long day = f.start().toEpochDay();
    int veto = options.firmDayVeto();
    return day - min >= veto || max - day >= veto;
  }

  /**
   * Adds the incidents {@code sql} finds (columns id, firm_day_min, firm_day_max), except those a member would veto:
   * when the report's date is firm, an incident with a member's firm date {@link MergeOptions#firmDayVeto()} days
   * or more away cannot take it (MatchScorer vetoes the whole incident), so its reports are not even loaded. With a
   * null {@code f} every incident found is added.
   */
  private void query(Set<Long> out, ReportFeatures f, String sql, Object... args) throws SQLException {
    PreparedStatement ps = st.prepare(sql);
    Sql.bind(ps, args);
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long min = rs.getLong(2);
        boolean firmMin = !rs.wasNull();
        if (!veto(f, firmMin ? min : null, rs.getLong(3))) {
          out.add(rs.getLong(1));
        }
      }
    }
  }
}
