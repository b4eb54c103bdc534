package org.vigil.store.homes;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration of the outlet votes: its version, its description and its work on the store's connection, run in
 * Flyway's transaction, with no checksum (the work is the pipeline's own rule, not a file's text).
 */
abstract class VotesMigration implements JavaMigration {
  private final String version;
  private final String description;

  VotesMigration(String version, String description) {
    this.version = version;
    this.description = description;
  }

  /** The migration's work on the store's connection. */
  abstract void run(Connection c) throws SQLException;

  @Override
  public final MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(version);
  }

  @Override
  public final String getDescription() {
    return description;
  }

  @Override
  public final Integer getChecksum() {
    return null;
  }

  @Override
  public final boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public final void migrate(Context context) throws SQLException {
    run(context.getConnection());
  }
}
