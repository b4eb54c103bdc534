package org.vigil.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * What differs between the two supported databases. Everything else (the schema of V1, every query of the merge and
 * of the writer) is the same SQL for both.
 */
public enum Dialect {
  /** The embedded default: one SQLite file in WAL mode, FTS5 for full text and an R*Tree for box + time. */
  SQLITE("sqlite", "INTEGER PRIMARY KEY"),
  /** PostgreSQL, for teams and for the Spark job: a tsvector column for full text. */
  POSTGRESQL("postgresql", "BIGINT PRIMARY KEY");

  private final String vendor;
  private final String idType;

  Dialect(String vendor, String idType) {
    this.vendor = vendor;
    this.idType = idType;
  }

  /** The folder of this database's own migrations, next to the common ones. */
  public String vendor() {
    return vendor;
  }

  /** Flyway placeholders of the common migrations. */
  public Map<String, String> placeholders() {
    return Map.of("id", idType);
  }

  /**
   * Serialises writers for the rest of the transaction. SQLite already holds its write lock (transactions begin
   * IMMEDIATE); PostgreSQL takes a transaction-level advisory lock, so that two writers never assign the same ids or
   * merge into the same incident at once.
   */
  public void lockForWrite(Connection c) throws SQLException {
    if (this == POSTGRESQL) {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(748311)");
      }
    }
  }
}
