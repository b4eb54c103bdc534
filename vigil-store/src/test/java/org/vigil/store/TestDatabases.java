package org.vigil.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.vigil.store.db.Database;
import org.vigil.store.db.Dialect;

/**
 * The databases store tests run against: a real SQLite file in a temporary folder, and a real PostgreSQL database
 * from {@code VIGIL_TEST_PG_URL} (environment or system property; CI sets it with {@code ci/start-postgres.sh}), in
 * a fresh schema per test. PostgreSQL tests are skipped, saying why, only when the URL is unset. The schemas a test
 * JVM created are dropped when it exits, so the server's data does not grow run after run (a killed JVM leaves its
 * schemas behind).
 */
public final class TestDatabases {
  private TestDatabases() {}

  /** The PostgreSQL schemas this JVM created, dropped at exit. */
  private static final List<String> SCHEMAS = new ArrayList<>();
  /** The application name of every connection to those schemas, so that the exit can end the ones left open. */
  private static final String APPLICATION = "vigil-test-" + UUID.randomUUID().toString().substring(0, 8);

  /** The PostgreSQL URL, or null. */
  public static String pgUrl() {
    String url = System.getProperty("VIGIL_TEST_PG_URL");
    if (url == null || url.isBlank()) {
      url = System.getenv("VIGIL_TEST_PG_URL");
    }
    return url == null || url.isBlank() ? null : url.strip();
  }

  /** A new, empty store of the given kind. */
  public static Database fresh(Dialect dialect, Path dir) throws SQLException {
    if (dialect == Dialect.SQLITE) {
      return Database.of(dir.resolve("store-" + UUID.randomUUID() + ".db").toString());
    }
    String url = pgUrl();
    Assumptions.assumeTrue(url != null,
        "VIGIL_TEST_PG_URL is not set: PostgreSQL tests skipped (start one with vigil-store/ci/start-postgres.sh)");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    Database base = Database.of(url);
    try (Connection c = DriverManager.getConnection(base.jdbcUrl()); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    dropAtExit(base.jdbcUrl(), schema);
    String jdbc = base.jdbcUrl() + (base.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema
        + "&ApplicationName=" + APPLICATION;
    return new Database(Dialect.POSTGRESQL, jdbc, "postgresql schema " + schema);
  }

  private static synchronized void dropAtExit(String url, String schema) {
    if (SCHEMAS.isEmpty()) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(url), "drop-test-schemas"));
    }
    SCHEMAS.add(schema);
  }

  private static synchronized void dropAll(String url) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      // a store a test left open (or a killed child process's session the server has not ended yet) holds locks
      // that would block the drop: end this JVM's sessions first, and never wait long
      try (PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
          + "WHERE application_name = ? AND pid <> pg_backend_pid()")) {
        ps.setString(1, APPLICATION);
        ps.executeQuery().close();
      }
      s.execute("SET lock_timeout = '5s'");
      for (String schema : SCHEMAS) {
        try {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
          System.err.println("TestDatabases: schema " + schema + " left behind: " + e.getMessage());
        }
      }
    } catch (SQLException e) {
      System.err.println("TestDatabases: could not drop the test schemas: " + e.getMessage());
    }
  }

  /**
   * Every row of every Vigil table, ordered by key, as text: two stores with the same dump hold the same data.
   */
  public static List<String> dump(Database db) throws SQLException {
    List<String> out = new ArrayList<>();
    List<String[]> tables = new ArrayList<>(List.of(new String[][] {{"articles", "id"},
        {"duplicates", "input_id, input_hash"}, {"incidents", "id"}, {"reports", "id"},
        {"report_figures", "report_id, kind"}, {"incident_figures", "incident_id, kind"}, {"figure_revisions", "id"},
        {"term_df", "term"}, {"store_stats", "name"}, {"outlet_votes", "article_id"}}));
    if (db.dialect() == Dialect.SQLITE) {
      tables.add(new String[] {"incident_rtree", "id"}); // the spatial index is written by the same transactions
      tables.add(new String[] {"search_words", "id"}); // the candidate index's word ids (V45)
    }
    try (Connection c = db.connectForReading()) {
      for (String[] t : tables) {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + t[0] + " ORDER BY " + t[1]);
            ResultSet rs = ps.executeQuery()) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            StringBuilder b = new StringBuilder(t[0]).append(':');
            for (int i = 1; i <= md.getColumnCount(); i++) {
              String name = md.getColumnName(i);
              if (name.equalsIgnoreCase("search")) {
                continue; // PostgreSQL's tsvector is derived from search_text
              }
              Object v = rs.getObject(i);
              b.append(' ').append(name).append('=').append(v instanceof Number n ? normal(n)
                  : v instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : v);
            }
            out.add(b.toString());
          }
        }
      }
      c.rollback();
    }
    return out;
  }

  private static String normal(Number n) {
    double d = n.doubleValue();
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
  }
}
