package org.vigil.store.write;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigil.store.merge.Geo;
import org.vigil.store.merge.MatchScorer;
import org.vigil.store.merge.MergeOptions;
import org.vigil.store.merge.ReportFeatures;

/**
 * The candidate routes {@link CandidateFinder} asks SQLite in SQL (the R*Tree's box and window, incidents without a
 * town-level point, a country's incidents), as values: so that {@link Snapshot} can run them ahead on its own
 * connection, and the writer can test a row its transaction wrote exactly as SQLite would ({@link #matches}).
 */
final class SqlRoutes {
  private SqlRoutes() {}

  /** A row of a SQL route: an incident and its members' firm-day range (min null when none). */
  record Hit(long id, Long firmMin, long firmMax) {}

  /** The kinds of SQL route: the R*Tree's box and window, incidents without a town-level point, a country's. */
  enum Kind { NEAR, UNPLACED, COUNTRY }

  /**
   * One SQL route's query for a report (SQLite): NEAR {@code min_lon <= b[0] AND max_lon >= b[1] AND min_lat <= b[2]
   * AND max_lat >= b[3] AND min_day <= b[4] AND max_day >= b[5]}; UNPLACED and COUNTRY {@code window_start BETWEEN
   * w[0] AND w[1] AND window_end >= w[2]}, with no town-level point or in the country.
   */
  record Route(Kind kind, double[] b, long[] w, String country) {}

  /**
   * The SQL routes {@link CandidateFinder#find} runs for {@code f} on SQLite, in order; what {@link Snapshot} reads
   * ahead. Depends on the report only, not on the store.
   */
  static List<Route> of(ReportFeatures f, MergeOptions options) {
    List<Route> out = new ArrayList<>();
    long[] w = window(f, options);
    if (w == null) {
      return out;
    }
    long lo = w[0];
    long hi = w[1];
    if (f.lat() != null) {
      out.add(nearRoute(f, options, lo, hi));
    } else if (f.countryCode() != null) {
      out.add(new Route(Kind.COUNTRY, null, new long[] {lo - CandidateFinder.MAX_WINDOW_DAYS, hi, lo},
          f.countryCode()));
    }
    out.add(new Route(Kind.UNPLACED, null, new long[] {lo - CandidateFinder.MAX_WINDOW_DAYS, hi, lo}, null));
    if (f.lat() != null) {
      for (LocalDate d : f.recalled()) {
        long day = d.toEpochDay();
        if (day < lo || day > hi) {
          out.add(nearRoute(f, options, day - 1, day + 1));
        }
      }
    }
    return out;
  }

  private static Route nearRoute(ReportFeatures f, MergeOptions options, long lo, long hi) {
    double dLat = Geo.latDegrees(options.candidateKm());
    double dLon = Geo.lonDegrees(options.candidateKm(), f.lat());
    return new Route(Kind.NEAR, new double[] {f.lon() + dLon, f.lon() - dLon, f.lat() + dLat, f.lat() - dLat,
        hi, lo}, null, null);
  }

  /** The report's window of days searched, {lo, hi}, or null when it has no day. */
  static long[] window(ReportFeatures f, MergeOptions options) {
    LocalDate day = f.day();
    if (day == null) {
      return null;
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
    return new long[] {lo, hi};
  }

  /** Runs a SQL route on {@code st} (SQLite): its rows, with the members' firm days from the incidents' rows. */
  static List<Hit> run(Statements st, Route r) throws SQLException {
    PreparedStatement ps;
    if (r.kind() == Kind.NEAR) {
      ps = st.prepare("SELECT r.id, i.firm_day_min, i.firm_day_max FROM incident_rtree r JOIN incidents i "
          + "ON i.id = r.id WHERE r.min_lon <= ? AND r.max_lon >= ? AND r.min_lat <= ? AND r.max_lat >= ? "
          + "AND r.min_day <= ? AND r.max_day >= ?");
      double[] b = r.b();
      Sql.bind(ps, b[0], b[1], b[2], b[3], b[4], b[5]);
    } else if (r.kind() == Kind.UNPLACED) {
      ps = st.prepare(CandidateFinder.UNPLACED);
      Sql.bind(ps, r.w()[0], r.w()[1], r.w()[2]);
    } else {
      ps = st.prepare(CandidateFinder.COUNTRY);
      Sql.bind(ps, r.country(), r.w()[0], r.w()[1], r.w()[2]);
    }
    List<Hit> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long min = rs.getLong(2);
        Long firmMin = rs.wasNull() ? null : min;
        out.add(new Hit(rs.getLong(1), firmMin, rs.getLong(3)));
      }
    }
    return out;
  }

  /** The route's SQL test on a row written in this transaction (SQL's NULL tests false). */
  static boolean matches(Route r, TxnChanges.Row row) {
    if (r.kind() == Kind.NEAR) {
      float[] x = row.box();
      double[] b = r.b();
      return x != null && x[0] <= b[0] && x[1] >= b[1] && x[2] <= b[2] && x[3] >= b[3] && x[4] <= b[4]
          && x[5] >= b[5];
    }
    long[] w = r.w();
    boolean window = row.windowStart() != null && row.windowStart() >= w[0] && row.windowStart() <= w[1]
        && row.windowEnd() != null && row.windowEnd() >= w[2];
    if (r.kind() == Kind.UNPLACED) {
      return window && (row.lat() == null || row.geoPrecision() != null && row.geoPrecision() >= 3);
    }
    return window && r.country().equals(row.countryCode());
  }
}
