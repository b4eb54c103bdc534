package org.vigil.store.homes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.vigil.pipeline.resolve.geo.OutletHomes;

/**
 * The {@code outlet_votes} rows: one per stored article whose page voted for its outlet's home town
 * ({@link OutletHomes#vote}). Written in the article's own transaction ({@link #insert}), so a vote is stored
 * exactly when its article is; read back in article order, so the homes learned from a store depend on its rows
 * only. Stateless; the caller owns the connection and its transaction.
 */
public final class OutletVotes {
  private static final String COLUMNS = "host, doc_id, geoname_id, name, admin1, country_code";

  private OutletVotes() {}

  /** Stores the vote of the article {@code articleId} (inside the caller's transaction). */
  public static void insert(Connection c, long articleId, OutletHomes.Vote v) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO outlet_votes (article_id, " + COLUMNS
        + ") VALUES (?,?,?,?,?,?,?)")) {
      ps.setLong(1, articleId);
      ps.setString(2, v.host());
      ps.setString(3, v.docId());
      ps.setLong(4, v.geonameId());
      ps.setString(5, v.name());
      ps.setString(6, v.admin1());
      ps.setString(7, v.countryCode());
      ps.executeUpdate();
    }
  }

  /** The votes of one host's pages, in the order their articles were stored. */
  public static List<OutletHomes.Vote> ofHost(Connection c, String host) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
        + " FROM outlet_votes WHERE host = ? ORDER BY article_id")) {
      ps.setString(1, host);
      return read(ps);
    }
  }

  /** Every vote, in the order their articles were stored. */
  public static List<OutletHomes.Vote> all(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM outlet_votes ORDER BY article_id")) {
      return read(ps);
    }
  }

  /** Null names read back as "", as {@link OutletHomes#read} reads the file {@link OutletHomes#write} wrote. */
  private static List<OutletHomes.Vote> read(PreparedStatement ps) throws SQLException {
    List<OutletHomes.Vote> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new OutletHomes.Vote(rs.getString(1), rs.getString(2), rs.getLong(3), text(rs.getString(4)),
            text(rs.getString(5)), text(rs.getString(6))));
      }
    }
    return out;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
