package org.vigil.store.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/** Small JDBC helpers shared by the writer classes: nullable binds and reads, and id assignment. */
public final class Sql {
  private Sql() {}

  /** The next id of {@code table}: max + 1 inside the writer's transaction (deterministic, no gaps). */
  public static long nextId(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The most values one IN list takes; longer lists are split (their padded length is then at most 512). */
  static final int MAX_IN = 400;

  /**
   * The values of one IN list, padded to the next power of two by repeating the last one (an IN test ignores the
   * repeats): a handful of statement texts then serve every list length, and stay prepared in {@link Statements}.
   *
   * @param values at least one value
   */
  static Object[] inValues(List<?> values) {
    int n = values.size();
    Object[] out = new Object[n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(Math.min(i, n - 1));
    }
    return out;
  }

  /** The placeholders of an IN list of {@code n} values: {@code ?,?,…,?}. */
  static String inList(int n) {
    return "?,".repeat(n - 1) + "?";
  }

  /** Binds values in order; null, String, Integer, Long, Double, Boolean and LocalDate (as ISO text) are handled. */
  public static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      int k = i + 1;
      if (v == null) {
        ps.setNull(k, Types.NULL);
      } else if (v instanceof String s) {
        ps.setString(k, s);
      } else if (v instanceof Integer n) {
        ps.setInt(k, n);
      } else if (v instanceof Long n) {
        ps.setLong(k, n);
      } else if (v instanceof Double d) {
        ps.setDouble(k, d);
      } else if (v instanceof LocalDate d) {
        ps.setString(k, d.toString());
      } else if (v instanceof byte[] b) {
        ps.setBytes(k, b);
      } else {
        throw new IllegalArgumentException("cannot bind " + v.getClass());
      }
    }
  }

  /** Runs an update with the given values. */
  public static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, values);
      return ps.executeUpdate();
    }
  }

  /** A nullable integer column. */
  public static Integer intOrNull(ResultSet rs, String col) throws SQLException {
    int v = rs.getInt(col);
    return rs.wasNull() ? null : v;
  }

  /** A nullable double column. */
  public static Double doubleOrNull(ResultSet rs, String col) throws SQLException {
    double v = rs.getDouble(col);
    return rs.wasNull() ? null : v;
  }

  /** A nullable ISO date column. */
  public static LocalDate dateOrNull(ResultSet rs, String col) throws SQLException {
    String s = rs.getString(col);
    return s == null ? null : LocalDate.parse(s);
  }

  /** Days since 1970-01-01, or null. */
  public static Long day(LocalDate d) {
    return d == null ? null : d.toEpochDay();
  }
}
