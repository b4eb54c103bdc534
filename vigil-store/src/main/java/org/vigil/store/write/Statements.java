package org.vigil.store.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The writer's connection with its prepared statements kept for reuse (preparing is a fifth of SQLite's time per
 * article otherwise). Statements handed out must not be closed by the caller; at most {@link #MAX} are kept, the
 * least recently used is closed first. Not thread-safe, like the connection.
 */
public final class Statements implements AutoCloseable {
  static final int MAX = 200;

  private final Connection c;
  private final Map<String, PreparedStatement> cache = new LinkedHashMap<>(64, 0.75f, true);
  /** The next free id per table in the current transaction (read once per transaction, then counted up). */
  private final Map<String, Long> nextIds = new java.util.HashMap<>();

  public Statements(Connection c) {
    this.c = c;
  }

  public Connection connection() {
    return c;
  }

  /** A prepared statement for {@code sql}, parameters cleared; do not close it. */
  public PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement ps = cache.get(sql);
    if (ps != null) {
      ps.clearParameters();
      return ps;
    }
    ps = c.prepareStatement(sql);
    cache.put(sql, ps);
    if (cache.size() > MAX) {
      var eldest = cache.entrySet().iterator().next();
      eldest.getValue().close();
      cache.remove(eldest.getKey());
    }
    return ps;
  }

  /** Runs an update with the given values. */
  public int update(String sql, Object... values) throws SQLException {
    PreparedStatement ps = prepare(sql);
    Sql.bind(ps, values);
    return ps.executeUpdate();
  }

  /**
   * The next id of {@code table}: max + 1 inside the writer's transaction (deterministic, no gaps). The maximum is
   * read once per transaction and counted up from there, so every id handed out must be inserted before the
   * transaction commits; {@link #newTransaction()} forgets the counters.
   */
  public long nextId(String table) throws SQLException {
    Long next = nextIds.get(table);
    if (next == null) {
      try (ResultSet rs = prepare("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table).executeQuery()) {
        rs.next();
        next = rs.getLong(1);
      }
    }
    nextIds.put(table, next + 1);
    return next;
  }

  /** Forgets the id counters: call when a transaction starts (another writer may have added rows in between). */
  public void newTransaction() {
    nextIds.clear();
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement ps : cache.values()) {
      ps.close();
    }
    cache.clear();
  }
}
