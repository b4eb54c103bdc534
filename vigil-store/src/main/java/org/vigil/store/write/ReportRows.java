package org.vigil.store.write;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.model.ActorKind;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.IncidentType;
import org.vigil.model.Perpetrator;
import org.vigil.model.Status;
import org.vigil.model.TimePrecision;
import org.vigil.store.merge.Outlet;
import org.vigil.store.merge.ReportFeatures;

/**
 * The {@code reports} and {@code report_figures} rows: one article's account of one incident, with the features the
 * merge compares stored beside it so that candidates can be scored without reparsing JSON.
 */
final class ReportRows {
  /** A stored report as the merge and the aggregate need it. */
  record Member(long reportId, long incidentId, String role, String title, ReportFeatures features,
      String perpetrators, String locality, String admin1) {}

  private ReportRows() {}

  /** A {@code report_figures} row as written: the article's own figure of one kind. */
  record FigureRow(String kind, int low, int best, Integer high, String qualifier) {}

  /** Inserts the report and its figures; returns the figure rows written, in order of kind. */
  static List<FigureRow> insert(Statements st, long id, long incidentId, long articleId, int ordinal, Incident inc,
      ReportFeatures f, String role, Double score, String reason, String json) throws SQLException {
    st.update("INSERT INTO reports (id, incident_id, article_id, ordinal, local_id, status, role, type, types, "
        + "date_start, date_end, time_precision, time_rule, place, locality, admin1, country_code, lat, lon, "
        + "geo_precision, perpetrators, published, place_terms, actor_terms, match_terms, name_terms, person_terms, "
        + "recalled_days, merge_score, merge_reason, incident, ages, outlet, streets) "
        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        id, incidentId, articleId, ordinal, inc.id(), label(inc.status()), role, f.types().get(0).label(),
        types(f.types()), f.start(), f.end(), f.precision().name().toLowerCase(Locale.ROOT), f.timeRule(),
        f.place(), inc.place() == null ? null : inc.place().locality(),
        inc.place() == null ? null : inc.place().admin1(), f.countryCode(), f.lat(), f.lon(), f.geoPrecision(),
        perpetrators(inc), f.published(), String.join(" ", f.placeTerms()), String.join(" ", f.actorTerms()),
        String.join(" ", f.terms()), String.join(" ", f.names()), String.join(" ", f.persons()),
        days(f.recalled()), score, reason, json, f.ages().isEmpty() ? null : String.join(" ", f.ages()),
        f.outlet(), f.streets().isEmpty() ? null : String.join(" ", f.streets()));
    Set<FigureKind> seen = java.util.EnumSet.noneOf(FigureKind.class);
    List<FigureRow> rows = new ArrayList<>();
    PreparedStatement ps = st.prepare("INSERT INTO report_figures (report_id, incident_id, article_id, "
        + "kind, low, best, high, qualifier, phrase, published) VALUES (?,?,?,?,?,?,?,?,?,?)");
    for (Figure fig : inc.figures()) {
      if (!seen.add(fig.kind())) {
        continue; // the first figure of a kind is the article's own (Incident.figure)
      }
      Sql.bind(ps, id, incidentId, articleId, label(fig.kind()), fig.low(), fig.best(), fig.high(),
          label(fig.qualifier()), fig.phrase(), f.published());
      ps.addBatch();
      rows.add(new FigureRow(label(fig.kind()), fig.low(), fig.best(), fig.high(), label(fig.qualifier())));
    }
    if (!rows.isEmpty()) {
      ps.executeBatch();
    }
    rows.sort(java.util.Comparator.comparing(FigureRow::kind));
    return rows;
  }

  /**
   * The member a report just inserted would be read back as by {@link #load}: built in memory, with its word lists
   * normalised the way the store's columns hold them.
   */
  static Member member(long reportId, long incidentId, String role, String title, Incident inc, ReportFeatures f) {
    ReportFeatures stored = new ReportFeatures(f.articleId(), f.status(), f.types(), f.start(), f.end(),
        f.precision(), f.timeRule(), f.lat(), f.lon(), f.geoPrecision(), f.countryCode(), f.place(),
        words(String.join(" ", f.placeTerms())), words(String.join(" ", f.actorTerms())),
        words(String.join(" ", f.terms())), words(String.join(" ", f.names())),
        words(String.join(" ", f.persons())), f.published(), f.followUp(), f.recalled(), f.outlet(), f.ages(),
        f.headline(), f.streets());
    return new Member(reportId, incidentId, role, title, stored, perpetrators(inc),
        inc.place() == null ? null : inc.place().locality(), inc.place() == null ? null : inc.place().admin1());
  }

  /** The member and linked reports of the given incidents, in storage order. */
  static Map<Long, List<Member>> load(Statements st, Collection<Long> incidentIds) throws SQLException {
    Map<Long, List<Member>> out = new LinkedHashMap<>();
    if (incidentIds.isEmpty()) {
      return out;
    }
    List<Long> ids = new ArrayList<>(incidentIds);
    for (int i = 0; i < ids.size(); i += Sql.MAX_IN) {
      Object[] batch = Sql.inValues(ids.subList(i, Math.min(ids.size(), i + Sql.MAX_IN)));
      // the features only: not the report's JSON, which is most of the row
      PreparedStatement ps = st.prepare("SELECT " + MEMBER_COLUMNS + " FROM reports r JOIN articles a "
          + "ON a.id = r.article_id WHERE r.incident_id IN (" + Sql.inList(batch.length) + ") ORDER BY r.id");
      Sql.bind(ps, batch);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Member m = member(rs);
          out.computeIfAbsent(m.incidentId(), k -> new ArrayList<>()).add(m);
        }
      }
    }
    return out;
  }

  private static final String MEMBER_COLUMNS = "r.id, r.incident_id, r.article_id, r.role, r.status, r.types, "
      + "r.date_start, r.date_end, r.time_precision, r.time_rule, r.lat, r.lon, r.geo_precision, r.country_code, "
      + "r.place, r.locality, r.admin1, r.perpetrators, r.published, r.place_terms, r.actor_terms, r.match_terms, "
      + "r.name_terms, r.person_terms, a.title, r.recalled_days, r.outlet, r.ages, "
      + "CASE WHEN r.outlet IS NULL THEN a.url END, r.streets"; // the URL only for a report stored before V50

  /** A row of {@link #MEMBER_COLUMNS}, read by position. */
  private static Member member(ResultSet rs) throws SQLException {
    List<IncidentType> types = new ArrayList<>();
    for (String t : rs.getString(6).split(",")) {
      types.add(IncidentType.valueOf(t.toUpperCase(Locale.ROOT)));
    }
    String prec = rs.getString(9);
    String start = rs.getString(7);
    String end = rs.getString(8);
    String published = rs.getString(19);
    double lat = rs.getDouble(11);
    Double latOrNull = rs.wasNull() ? null : lat;
    double lon = rs.getDouble(12);
    Double lonOrNull = rs.wasNull() ? null : lon;
    Status status = Status.valueOf(rs.getString(5).toUpperCase(Locale.ROOT));
    ReportFeatures f = new ReportFeatures(rs.getLong(3), status,
        types, date(start), date(end),
        prec == null ? TimePrecision.UNRESOLVED : TimePrecision.valueOf(prec.toUpperCase(Locale.ROOT)),
        rs.getString(10), latOrNull, lonOrNull, rs.getInt(13), rs.getString(14), rs.getString(15),
        words(rs.getString(20)), words(rs.getString(21)), words(rs.getString(22)), words(rs.getString(23)),
        words(rs.getString(24)), date(published),
        ReportFeatures.followUp(status, rs.getString(25)), days(rs.getString(26)),
        outlet(rs.getString(27), rs.getString(29)), words(rs.getString(28)),
        ReportFeatures.headlineTerms(status, rs.getString(25)), words(rs.getString(30)));
    return new Member(rs.getLong(1), rs.getLong(2), rs.getString(4), rs.getString(25), f, rs.getString(18),
        rs.getString(16), rs.getString(17));
  }

  /** The stored outlet, or for a report stored before V50 the outlet of its article's URL. */
  private static String outlet(String stored, String url) {
    return stored != null ? stored : Outlet.of(url);
  }

  /** A report's recalled days as stored: ISO dates separated by spaces, or null when none. */
  private static String days(Set<LocalDate> days) {
    if (days.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    days.forEach(d -> b.append(b.length() == 0 ? "" : " ").append(d));
    return b.toString();
  }

  private static Set<LocalDate> days(String s) {
    Set<LocalDate> out = new java.util.TreeSet<>();
    for (String d : words(s)) {
      out.add(date(d));
    }
    return out;
  }

  /**
   * A stored ISO date ({@code 2024-05-01}) as {@link LocalDate#parse} reads it, or null: the plain form is read
   * digit by digit (the formatter was a fifth of reading a candidate's reports), anything else by the formatter.
   */
  static LocalDate date(String s) {
    if (s == null) {
      return null;
    }
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth()) {
        return LocalDate.of(y, m, d);
      }
    }
    return LocalDate.parse(s);
  }

  /** The decimal number {@code s[from, to)}, or -1 when a character is not an ASCII digit. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static Set<String> words(String s) {
    if (s == null || s.isBlank()) {
      return Set.of();
    }
    return new LinkedHashSet<>(Arrays.asList(s.split(" ")));
  }

  static String types(List<IncidentType> types) {
    StringBuilder b = new StringBuilder();
    for (IncidentType t : types) {
      b.append(b.length() == 0 ? "" : ",").append(t.label());
    }
    return b.toString();
  }

  /** Perpetrator descriptions, organisations first, separated by "; ". */
  static String perpetrators(Incident inc) {
    List<String> orgs = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (Perpetrator p : inc.perpetrators()) {
      (p.kind() == ActorKind.ORGANISATION ? orgs : others).add(p.description().strip());
    }
    orgs.addAll(others);
    return orgs.isEmpty() ? null : String.join("; ", new LinkedHashSet<>(orgs));
  }

  static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
