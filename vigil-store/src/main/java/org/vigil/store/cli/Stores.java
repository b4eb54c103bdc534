package org.vigil.store.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.vigil.store.db.Database;
import org.vigil.store.db.Dialect;
import picocli.CommandLine;

/**
 * Opening a store that must already exist, for reading: queries never create an empty SQLite file by mistake, and
 * never migrate (a migration would wait for the lock a running {@code vigil run} holds).
 */
final class Stores {
  private Stores() {}

  static Database existing(String db, CommandLine.Model.CommandSpec spec) {
    Database database = Database.of(db);
    if (database.dialect() == Dialect.SQLITE && !Files.exists(Path.of(database.label()))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such store: " + database.label());
    }
    try (java.sql.Connection c = database.connectForReading();
        java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT value FROM store_stats")) {
      c.rollback();
    } catch (java.sql.SQLException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "not a Vigil store (fill it with vigil run first): " + database.label());
    }
    return database;
  }
}
