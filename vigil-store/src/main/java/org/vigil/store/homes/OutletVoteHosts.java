package org.vigil.store.homes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.vigil.pipeline.resolve.geo.OutletHomes;

/**
 * Files every stored vote under its page's host as {@link OutletHomes#host} reads the page's URL now. A repeatable
 * migration: Flyway runs it again whenever its checksum, {@link OutletHomes#HOST_RULE}, changes. Why: a vote is
 * looked up by the host a new page's URL gives; when the rule that turns a URL into a host changes (session 21: a
 * host keeps its digits, so "abc7" and "abc13" are two outlets, not one "abc"), the votes a store holds would sit
 * under hosts no new page asks for, and the store would forget what it learned.
 */
public final class OutletVoteHosts implements JavaMigration {
  @Override
  public MigrationVersion getVersion() {
    return null; // repeatable
  }

  @Override
  public String getDescription() {
    return "outlet vote hosts";
  }

  @Override
  public Integer getChecksum() {
    return OutletHomes.HOST_RULE;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    rehost(context.getConnection());
  }

  /** Moves each vote whose host is not its page's host now; returns how many moved. */
  static int rehost(Connection c) throws SQLException {
    Map<Long, String> moved = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT v.article_id, v.host, a.url FROM outlet_votes v "
        + "JOIN articles a ON a.id = v.article_id ORDER BY v.article_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String now = OutletHomes.host(rs.getString(3));
        if (!now.isEmpty() && !now.equals(rs.getString(2))) {
          moved.put(rs.getLong(1), now);
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE outlet_votes SET host = ? WHERE article_id = ?")) {
      for (Map.Entry<Long, String> m : moved.entrySet()) {
        ps.setString(1, m.getValue());
        ps.setLong(2, m.getKey());
        ps.executeUpdate();
      }
    }
    return moved.size();
  }
}
