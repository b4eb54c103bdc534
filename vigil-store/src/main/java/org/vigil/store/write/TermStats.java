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
 * Document frequencies of report terms, kept in the store ({@code term_df}, {@code store_stats}) so that the IDF
 * weights the merge uses are the same after a restart as in an uninterrupted run. Within a transaction the counts
 * live in memory: frequencies read are cached, new reports are counted in the cache and in a pending map, and
 * {@link #flush()} writes the pending counts (one upsert per distinct term) just before the transaction commits.
 * The cache survives commits while the store's report count shows that nobody else wrote (checked by
 * {@link #begin()} at the start of each transaction); {@link #reset()} after a rollback. Not thread-safe: one per
 * writer.
 */
final class TermStats {
  /** Terms in at most this many reports count as rare (names of people, venues, streets). */
  static final long RARE_DF = 25;
  private static final int MAX_CACHED = 2_000_000;

  private final Statements st;
  private final Map<String, Long> df = new HashMap<>();
  /** Reports counted in this transaction per term, not yet written (in key order by {@link #flush()}). */
  private final Map<String, Long> pending = new HashMap<>();
  private long pendingReports;
  private long reports = -1;

  TermStats(Statements st) {
    this.st = st;
  }

  /**
   * Starts a transaction: keeps the cache only if the store holds exactly the reports it knew of.
   *
   * @return false when it did not (another writer, a rollback or the first transaction): what the writer keeps of
   *     the store must be read again
   */
  boolean begin() throws SQLException {
    pending.clear();
    pendingReports = 0;
    long n;
    try (ResultSet rs = st.prepare("SELECT value FROM store_stats WHERE name = 'reports'").executeQuery()) {
      n = rs.next() ? rs.getLong(1) : 0;
    }
    boolean same = n == reports;
    if (!same || df.size() > MAX_CACHED) {
      df.clear();
    }
    reports = n;
    return same;
  }

  /** Forgets everything (after a rollback). */
  void reset() {
    df.clear();
    pending.clear();
    pendingReports = 0;
    reports = -1;
  }

  /** The IDF of the terms, read (in batches) for the given terms first. */
  Idf idf(Collection<? extends Collection<String>> termSets) throws SQLException {
    List<String> missing = new ArrayList<>();
    for (Collection<String> set : termSets) {
      for (String t : set) {
        if (df.putIfAbsent(t, 0L) == null) {
          missing.add(t); // a term counted in this transaction is always in the cache, so the store has it all
        }
      }
    }
    for (int i = 0; i < missing.size(); i += Sql.MAX_IN) {
      Object[] batch = Sql.inValues(missing.subList(i, Math.min(missing.size(), i + Sql.MAX_IN)));
      PreparedStatement ps = st.prepare("SELECT term, df FROM term_df WHERE term IN (" + Sql.inList(batch.length)
          + ")");
      Sql.bind(ps, batch);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          df.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    long n = reports;
    return t -> Idf.smoothed(n, df.getOrDefault(t, 0L));
  }

  /** True when a term looked up before occurs in at most {@link #RARE_DF} reports. */
  boolean rare(String term) {
    return df.getOrDefault(term, 0L) <= RARE_DF;
  }

  /** Counts one more report with these terms (written by {@link #flush()}). */
  void add(Collection<String> terms) {
    for (String t : terms) {
      df.merge(t, 1L, Long::sum);
      pending.merge(t, 1L, Long::sum);
    }
    pendingReports++;
    reports++;
  }

  /** Writes the counts of this transaction's reports; call just before committing. */
  void flush() throws SQLException {
    if (pendingReports == 0) {
      return;
    }
    PreparedStatement ps = st.prepare("INSERT INTO term_df (term, df) VALUES (?, ?) "
        + "ON CONFLICT (term) DO UPDATE SET df = term_df.df + excluded.df");
    List<String> terms = new ArrayList<>(pending.keySet());
    java.util.Collections.sort(terms); // the B-tree's order: each page is visited once
    for (String t : terms) {
      ps.setString(1, t);
      ps.setLong(2, pending.get(t));
      ps.addBatch();
    }
    ps.executeBatch();
    st.update("UPDATE store_stats SET value = value + ? WHERE name = 'reports'", pendingReports);
    pending.clear();
    pendingReports = 0;
  }
}
