package org.vigil.store.write;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.store.merge.Idf;

/**
 * Document frequencies of report terms, kept in the store ({@code term_df}, {@code store_stats}) and updated in each
 * article's transaction, so that the IDF weights the merge uses are the same after a restart as in an uninterrupted
 * run. Frequencies read are cached across transactions while the store's report count shows that nobody else wrote
 * (checked at the start of each transaction); {@link #reset()} after a rollback. Not thread-safe: one per writer.
 */
final class TermStats {
  private final Statements st;
  /** Terms in at most this many reports count as rare (names of people, venues, streets). */
  static final long RARE_DF = 25;

  private final Map<String, Long> df = new HashMap<>();
  private long reports = -1;

  TermStats(Statements st) {
    this.st = st;
  }

  private static final int MAX_CACHED = 2_000_000;

  /** Starts a transaction: keeps the cache only if the store holds exactly the reports it knew of. */
  void begin() throws SQLException {
    long n;
    try (ResultSet rs = st.prepare("SELECT value FROM store_stats WHERE name = 'reports'").executeQuery()) {
      n = rs.next() ? rs.getLong(1) : 0;
    }
    if (n != reports || df.size() > MAX_CACHED) {
      df.clear();
    }
    reports = n;
  }

  /** Forgets everything (after a rollback). */
  void reset() {
    df.clear();
    reports = -1;
  }

  /** The IDF of the terms, read (in batches) for the given terms first. */
  Idf idf(Collection<? extends Collection<String>> termSets) throws SQLException {
    List<String> missing = new ArrayList<>();
    for (Collection<String> set : termSets) {
      for (String t : set) {
        if (!df.containsKey(t)) {
          df.put(t, 0L);
          missing.add(t);
        }
      }
    }
    for (int i = 0; i < missing.size(); i += 400) {
      List<String> batch = missing.subList(i, Math.min(missing.size(), i + 400));
      String sql = "SELECT term, df FROM term_df WHERE term IN (" + "?,".repeat(batch.size() - 1) + "?)";
      {
      PreparedStatement ps = st.prepare(sql);
        Sql.bind(ps, batch.toArray());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            df.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
    }
    long n = reports();
    return t -> Idf.smoothed(n, df.getOrDefault(t, 0L));
  }

  /** True when a term looked up before occurs in at most {@link #RARE_DF} reports. */
  boolean rare(String term) {
    return df.getOrDefault(term, 0L) <= RARE_DF;
  }

  long reports() throws SQLException {
    if (reports < 0) {
      {
      PreparedStatement ps = st.prepare("SELECT value FROM store_stats WHERE name = 'reports'");
          ResultSet rs = ps.executeQuery();
        reports = rs.next() ? rs.getLong(1) : 0;
      }
    }
    return reports;
  }

  /** Counts one more report with these terms. */
  void add(Collection<String> terms) throws SQLException {
    {
      PreparedStatement ps = st.prepare("INSERT INTO term_df (term, df) VALUES (?, 1) "
        + "ON CONFLICT (term) DO UPDATE SET df = term_df.df + 1");
      for (String t : terms) {
        ps.setString(1, t);
        ps.addBatch();
        df.merge(t, 1L, Long::sum);
      }
      ps.executeBatch();
    }
    st.update("UPDATE store_stats SET value = value + 1 WHERE name = 'reports'");
    reports = reports() + 1;
  }
}
