package org.vigil.store.write;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the writer's current transaction changed of the rows that {@link Snapshot} reads from the store as it was
 * when the transaction began: the articles inserted, and every incident whose reports, row or spatial entry were
 * written. A snapshot answer overlaid with these changes is exactly what the writer's own connection would answer
 * (SQLite). Cleared when a transaction begins or rolls back. Not thread-safe: one per writer.
 */
final class TxnChanges {
  /**
   * An incident as this transaction last wrote it: the columns the SQL candidate routes test, and its R*Tree entry
   * (the float bounds SQLite stores, or null when it has none). A deleted incident is {@link #GONE}.
   */
  record Row(Long windowStart, Long windowEnd, Double lat, Integer geoPrecision, String countryCode, Long firmMin,
      Long firmMax, float[] box) {}

  /** An incident deleted in this transaction (joined into another). */
  static final Row GONE = new Row(null, null, null, null, null, null, null, null);

  private final Map<String, ArticleRows.Known> byHash = new HashMap<>();
  private final Map<String, ArticleRows.Known> byUrl = new HashMap<>();
  /** Incidents whose reports changed (a report was stored into them, or moved by a join). */
  private final Set<Long> reportsChanged = new HashSet<>();
  /** Incidents whose row or spatial entry was written. */
  private final Map<Long, Row> rows = new HashMap<>();

  void clear() {
    byHash.clear();
    byUrl.clear();
    reportsChanged.clear();
    rows.clear();
  }

  /** Records an article row inserted in this transaction. */
  void article(long id, String inputId, String inputHash, String canonicalUrl) {
    byHash.put(inputHash, new ArticleRows.Known(id, inputId, inputHash, "same-content"));
    if (canonicalUrl != null) {
      byUrl.put(canonicalUrl, new ArticleRows.Known(id, inputId, inputHash, "same-url"));
    }
  }

  /**
   * {@link ArticleRows#find} over the store as the transaction sees it, from the snapshot's two answers: both
   * columns are unique and article rows are never changed, so the row with the hash wins, else the row with the URL.
   */
  ArticleRows.Known find(ArticleRows.Known baseByHash, ArticleRows.Known baseByUrl, String inputHash,
      String canonicalUrl) {
    ArticleRows.Known h = baseByHash != null ? baseByHash : byHash.get(inputHash);
    if (h != null) {
      return h;
    }
    return baseByUrl != null ? baseByUrl : canonicalUrl == null ? null : byUrl.get(canonicalUrl);
  }

  void reportsChanged(long incidentId) {
    reportsChanged.add(incidentId);
  }

  /** True when the incident's reports are not what the snapshot read. */
  boolean reportsChangedOf(long incidentId) {
    return reportsChanged.contains(incidentId);
  }

  void row(long incidentId, Row row) {
    rows.put(incidentId, row);
  }

  /** The incident as this transaction wrote it, or null when it did not write it (the snapshot's row holds). */
  Row row(long incidentId) {
    return rows.get(incidentId);
  }

  /** The incidents written in this transaction, with their rows. */
  Map<Long, Row> rows() {
    return rows;
  }

  /**
   * The float SQLite's R*Tree stores for a lower bound (rtree.c {@code rtreeValueDown}): the nearest float, or the
   * float below it when that is above the value (SQLite 3.54; checked against it by {@code TxnChangesTest}).
   */
  static float down(double d) {
    float f = (float) d;
    return f > d ? Math.nextDown(f) : f;
  }

  /** The float SQLite's R*Tree stores for an upper bound (rtree.c {@code rtreeValueUp}), as {@link #down}. */
  static float up(double d) {
    float f = (float) d;
    return f < d ? Math.nextUp(f) : f;
  }
}
