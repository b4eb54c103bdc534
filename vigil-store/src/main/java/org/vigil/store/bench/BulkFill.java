package org.vigil.store.bench;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.vigil.model.Figure;
import org.vigil.model.Incident;
import org.vigil.model.IncidentPlace;
import org.vigil.store.ArticleInput;
import org.vigil.store.db.Dialect;
import org.vigil.store.merge.ReportFeatures;
import org.vigil.store.write.Sql;

/**
 * Fills a store with synthetic incidents quickly, one report each, by batched inserts that bypass the merge (a
 * million incidents through the merge would take an hour): the rows, the R*Tree / FTS entries and the term
 * statistics are what the real write path would have made for an incident reported once. Used only to give the
 * benchmark's queries and merges a store of realistic size.
 */
final class BulkFill {
  /** Synthetic incident numbers of the bulk fill start here, far from those of the merge phase. */
  static final long BULK_BASE = 1_000_000_000L;

  private BulkFill() {}

  /** Adds incidents until the store holds {@code target}; returns how many were added. */
  static long fill(Connection c, Dialect dialect, Synthetic gen, long target, PrintWriter progress)
      throws SQLException {
    long have = count(c, "incidents");
    long next = have + 1;
    Map<String, Long> df = new HashMap<>();
    long added = 0;
    long started = System.nanoTime();
    String[] sql = {
        "INSERT INTO articles (id, input_id, input_hash, canonical_url, url, title, published, outcome, "
            + "incident_count) VALUES (?,?,?,?,?,?,?,'extracted',1)",
        "INSERT INTO incidents (id, status, type, types, date_start, date_end, day_start, day_end, time_precision, "
            + "window_start, window_end, place, country_code, lat, lon, geo_precision, killed, report_count, "
            + "article_count, first_published, last_published, title, search_text, firm_day_min, firm_day_max) "
            + "VALUES (?,'main',?,?,?,?,?,?,'day',?,?,?,?,?,?,?,?,1,1,?,?,?,?,?,?)",
        "INSERT INTO reports (id, incident_id, article_id, ordinal, local_id, status, role, type, types, date_start, "
            + "date_end, time_precision, time_rule, place, country_code, lat, lon, geo_precision, published, "
            + "place_terms, actor_terms, match_terms, name_terms, person_terms, merge_reason, incident) "
            + "VALUES (?,?,?,0,?,'main','member',?,?,?,?,'day','explicit',?,?,?,?,?,?,?,'',?,?,?,'new incident','{}')",
        "INSERT INTO report_figures (report_id, incident_id, article_id, kind, low, best, high, qualifier, phrase, "
            + "published) VALUES (?,?,?,'killed',?,?,?,'exact',?,?)",
        "INSERT INTO incident_figures (incident_id, kind, low, best, high, rule, report_id) "
            + "VALUES (?,'killed',?,?,?,'latest-report: 1 of 1 sources',?)",
        dialect == Dialect.SQLITE ? "INSERT INTO incident_rtree VALUES (?,?,?,?,?,?,?)" : null,
        dialect == Dialect.SQLITE ? "INSERT INTO incident_fts (rowid, search_text) VALUES (?,?)" : null};
    PreparedStatement[] ps = new PreparedStatement[sql.length];
    for (int i = 0; i < sql.length; i++) {
      ps[i] = sql[i] == null ? null : c.prepareStatement(sql[i]);
    }
    try {
      while (have + added < target) {
        ArticleInput a = gen.nextIncident(BULK_BASE + next).get(0);
        Incident inc = ((org.vigil.model.Outcome.Extracted) a.outcome()).extraction().incidents().get(0);
        ReportFeatures f = ReportFeatures.of(inc, next, a.published(), a.title(), a.text());
        IncidentPlace p = inc.place();
        Figure k = inc.figures().get(0);
        long day = f.start().toEpochDay();
        String search = a.title() + " " + String.join(" ", f.terms());
        Sql.bind(ps[0], next, "bulk-" + next, "bulk-" + next, null, null, a.title(), a.published());
        Sql.bind(ps[1], next, f.types().get(0).label(), f.types().get(0).label(), f.start(), f.end(), day, day, day,
            day, p.name(), p.countryCode(), p.lat(), p.lon(), p.precision(), k.best(), a.published(), a.published(),
            a.title(), search, f.firmDate() ? day : null, f.firmDate() ? day : null);
        Sql.bind(ps[2], next, next, next, inc.id(), f.types().get(0).label(), f.types().get(0).label(), f.start(),
            f.end(), p.name(), p.countryCode(), p.lat(), p.lon(), p.precision(), a.published(),
            String.join(" ", f.placeTerms()), String.join(" ", f.terms()), String.join(" ", f.names()),
            String.join(" ", f.persons()));
        Sql.bind(ps[3], next, next, next, k.low(), k.best(), k.high(), k.phrase(), a.published());
        Sql.bind(ps[4], next, k.low(), k.best(), k.high(), next);
        for (int i = 0; i < 5; i++) {
          ps[i].addBatch();
        }
        if (ps[5] != null) {
          Sql.bind(ps[5], next, p.lon(), p.lon(), p.lat(), p.lat(), (double) day, (double) day);
          ps[5].addBatch();
          Sql.bind(ps[6], next, search);
          ps[6].addBatch();
        }
        for (String t : f.terms()) {
          df.merge(t, 1L, Long::sum);
        }
        for (String t : f.names()) {
          if (!f.terms().contains(t)) {
            df.merge(t, 1L, Long::sum);
          }
        }
        for (String t : f.persons()) {
          df.merge(t, 1L, Long::sum); // person keys (first_last) are never terms or names
        }
        next++;
        added++;
        if (added % 20_000 == 0 || have + added >= target) {
          for (PreparedStatement s : ps) {
            if (s != null) {
              s.executeBatch();
            }
          }
          if (dialect == Dialect.POSTGRESQL) {
            Sql.update(c, "UPDATE incidents SET search = to_tsvector('english', search_text) WHERE search IS NULL");
          }
          c.commit();
          if (progress != null && added % 100_000 == 0) {
            progress.printf(Locale.ROOT, "  bulk: %,d incidents (%.0f/s)%n", have + added,
                added / ((System.nanoTime() - started) / 1e9));
            progress.flush();
          }
        }
      }
      try (PreparedStatement up = c.prepareStatement("INSERT INTO term_df (term, df) VALUES (?, ?) "
          + "ON CONFLICT (term) DO UPDATE SET df = term_df.df + excluded.df")) {
        for (Map.Entry<String, Long> e : df.entrySet()) {
          Sql.bind(up, e.getKey(), e.getValue());
          up.addBatch();
        }
        up.executeBatch();
      }
      Sql.update(c, "UPDATE store_stats SET value = value + ? WHERE name = 'reports'", added);
      c.commit();
    } finally {
      for (PreparedStatement s : ps) {
        if (s != null) {
          s.close();
        }
      }
    }
    return added;
  }

  static long count(Connection c, String table) throws SQLException {
    try (var ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); var rs = ps.executeQuery()) {
      rs.next();
      long v = rs.getLong(1);
      c.rollback();
      return v;
    }
  }
}
