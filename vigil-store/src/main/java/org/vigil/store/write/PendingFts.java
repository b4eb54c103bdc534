package org.vigil.store.write;

import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * SQLite's full-text entries of the incidents written in the current transaction, written at its end in rowid order
 * (all deletes, then all inserts): FTS5 flushes its pending data into a new segment whenever a write goes to a rowid
 * below the last one written, so writing each merged incident's entry as it changed made one segment per merge, and
 * every segment costs each later look-up a probe. Exact only while nothing reads FTS5 before {@link #flush}: the
 * candidate routes read {@link CandidateIndex}, and a route that falls back to FTS5 flushes first. Not thread-safe:
 * one per writer.
 */
final class PendingFts {
  /** Per incident: its latest search text. */
  private final Map<Long, String> texts = new TreeMap<>();
  /** Per incident: whether its entry existed before the transaction (it is deleted before the insert). */
  private final Map<Long, Boolean> existed = new TreeMap<>();

  /** Records the incident's search text; {@code isNew}: the incident row was just inserted. */
  void put(long incidentId, boolean isNew, String searchText) {
    texts.put(incidentId, searchText);
    existed.putIfAbsent(incidentId, !isNew);
  }

  /** Records that the incident's entry is gone (its incident joined another): deleted, not written again. */
  void delete(long incidentId) {
    texts.remove(incidentId);
    if (Boolean.FALSE.equals(existed.get(incidentId))) {
      existed.remove(incidentId); // inserted and dropped in this transaction: FTS5 never saw it
    } else {
      existed.put(incidentId, true);
    }
  }

  /** Writes the pending entries (deletes of the old ones first, then inserts, each in rowid order). */
  void flush(Statements st) throws SQLException {
    if (texts.isEmpty()) {
      return;
    }
    for (Map.Entry<Long, Boolean> e : existed.entrySet()) {
      if (e.getValue()) {
        st.update("DELETE FROM incident_fts WHERE rowid = ?", e.getKey());
      }
    }
    for (Map.Entry<Long, String> e : texts.entrySet()) {
      st.update("INSERT INTO incident_fts (rowid, search_text) VALUES (?, ?)", e.getKey(), e.getValue());
    }
    clear();
  }

  /** Forgets the pending entries (after a rollback). */
  void clear() {
    texts.clear();
    existed.clear();
  }
}
