package org.vigil.store.homes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.pipeline.resolve.geo.OutletHomes;

/**
 * Migration 72: the outlet votes filed under the host key of today's {@link OutletHomes#host}, which keeps a host's
 * digits ("6abc" and "abc7" are two stations; versions 70–71 filed both under "abc"). Each vote's key is computed
 * again from its article's stored address; a vote whose article has none keeps its key. Java, not SQL, because the
 * key is the pipeline's own rule, the same for SQLite and PostgreSQL.
 */
public final class OutletVotesRekey extends VotesMigration {
  public OutletVotesRekey() {
    super("72", "outlet votes host keys keep digits");
  }

  @Override
  void run(Connection c) throws SQLException {
    rekey(c);
  }

  /** Files every vote under its article's host key; returns how many votes moved. */
  static int rekey(Connection c) throws SQLException {
    Map<Long, String> moved = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT v.article_id, v.host, a.url FROM outlet_votes v "
        + "JOIN articles a ON a.id = v.article_id WHERE a.url IS NOT NULL ORDER BY v.article_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String key = OutletHomes.host(rs.getString(3));
        if (!key.isEmpty() && !key.equals(rs.getString(2))) {
          moved.put(rs.getLong(1), key);
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
