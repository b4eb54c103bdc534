package org.vigil.store.write;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import org.vigil.store.merge.MergeOptions;

/**
 * The read-only connection a snapshot is read on, and the words whose frequencies it read before (the writer keeps
 * those it saw, so they are not read again: any subset of the words is exact). Not thread-safe: used by the thread
 * that reads ahead.
 */
public final class SnapshotReader implements AutoCloseable {
  static final int MAX_SEEN = 2_000_000;
  private final Statements st;
  private final Set<String> seen = new java.util.HashSet<>();

  /** @param connection a read-only connection to the store (auto-commit off), closed with the reader */
  public SnapshotReader(java.sql.Connection connection) {
    this.st = new Statements(connection);
  }

  /**
   * Begins a read transaction; call after the writer's transaction began (it holds the write lock), so that the
   * snapshot sees the store exactly as the writer's transaction began.
   */
  public void begin() throws SQLException {
    st.connection().rollback();
    try (ResultSet rs = st.prepare("SELECT value FROM store_stats WHERE name = 'reports'").executeQuery()) {
      rs.next(); // the first read fixes what the transaction sees
    }
  }

  /** Ends the read transaction (a reader holding an old snapshot keeps the WAL from being checkpointed). */
  public void end() throws SQLException {
    st.connection().rollback();
  }

  Snapshot read(MergeOptions options, ArticleWriter.Prepared p) throws SQLException {
    return Snapshot.read(st, options, p, seen);
  }

  @Override
  public void close() throws SQLException {
    st.close();
    st.connection().close();
  }
}
