package org.vigil.store.db;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * Where the store lives: a SQLite file (the default) or a PostgreSQL database, migrated with the same Flyway
 * migrations ({@code db/migration/common}, plus one small vendor folder for full-text search and the spatial index).
 *
 * <p>Accepted targets: a file path ({@code vigil.db}), {@code jdbc:sqlite:PATH},
 * {@code postgresql://user:pw@host:port/db} (or {@code postgres://}) and
 * {@code jdbc:postgresql://host:port/db?user=…&password=…}.
 *
 * @param dialect which database
 * @param jdbcUrl the JDBC URL (credentials of a {@code postgresql://} URL are moved into its query)
 * @param label a description without the password, for messages
 */
public record Database(Dialect dialect, String jdbcUrl, String label) {
  /** Flyway logs through java.util.logging; its INFO lines on every start are noise for a command line tool. */
  private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  public Database {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /** Parses a {@code --db} value. */
  public static Database of(String target) {
    Objects.requireNonNull(target, "target");
    String t = target.strip();
    if (t.startsWith("jdbc:postgresql:")) {
      return new Database(Dialect.POSTGRESQL, t, hidePassword(t));
    }
    if (t.startsWith("postgresql://") || t.startsWith("postgres://")) {
      URI u = URI.create(t);
      StringBuilder url = new StringBuilder("jdbc:postgresql://").append(u.getHost())
          .append(u.getPort() > 0 ? ":" + u.getPort() : "").append(u.getRawPath() == null ? "/" : u.getRawPath());
      String query = u.getRawQuery() == null ? "" : u.getRawQuery();
      if (u.getRawUserInfo() != null) {
        String[] up = u.getRawUserInfo().split(":", 2);
        query = (query.isEmpty() ? "" : query + "&") + "user=" + up[0]
            + (up.length > 1 ? "&password=" + up[1] : "");
      }
      if (!query.isEmpty()) {
        url.append('?').append(query);
      }
      return new Database(Dialect.POSTGRESQL, url.toString(), hidePassword(url.toString()));
    }
    String path = t.startsWith("jdbc:sqlite:") ? t.substring("jdbc:sqlite:".length()) : t;
    if (path.isEmpty()) {
      throw new IllegalArgumentException("--db: empty path");
    }
    return new Database(Dialect.SQLITE, "jdbc:sqlite:" + path, path);
  }

  /**
   * Creates the database's tables if needed (Flyway migrate); safe to call on every start. Besides the SQL files,
   * two Java migrations: version 71 ({@link org.vigil.store.homes.OutletVotesBackfill}) fills in the outlet votes of
   * the articles stored before version 70, version 72 ({@link org.vigil.store.homes.OutletVotesRekey}) files them
   * under host keys that keep their digits.
   */
  public void migrate() {
    if (dialect == Dialect.SQLITE) {
      Path file = Path.of(jdbcUrl.substring("jdbc:sqlite:".length())).toAbsolutePath();
      try {
        if (file.getParent() != null) {
          Files.createDirectories(file.getParent());
        }
      } catch (java.io.IOException e) {
        throw new IllegalStateException("cannot create the folder of " + file + ": " + e.getMessage(), e);
      }
    }
    Flyway.configure(Database.class.getClassLoader())
        .dataSource(jdbcUrl, null, null)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + dialect.vendor())
        .placeholders(dialect.placeholders())
        .javaMigrations(new org.vigil.store.homes.OutletVotesBackfill(), new org.vigil.store.homes.OutletVotesRekey())
        .load()
        .migrate();
  }

  /**
   * A new connection with auto-commit off. SQLite connections use WAL, {@code synchronous=NORMAL} (a committed
   * transaction survives a killed process; only a power cut can lose the last ones), a checkpoint every 10,000 WAL
   * pages, a 30 s busy timeout and IMMEDIATE transactions, so that the writer holds the lock from the start of each
   * article's transaction.
   */
  public Connection connect() throws SQLException {
    return connect(true);
  }

  /**
   * A new connection for reading only (queries, exports): SQLite transactions are DEFERRED, so a reader never waits
   * for the lock that a running writer holds (WAL lets both go on at once).
   */
  public Connection connectForReading() throws SQLException {
    return connect(false);
  }

  /** SQLite memory map size: 4 GB of address space (not memory), more than the 1.4 GB of a million incidents. */
  private static final long MMAP_BYTES = 4L << 30;

  private Connection connect(boolean write) throws SQLException {
    Connection c;
    if (dialect == Dialect.SQLITE) {
      SQLiteConfig cfg = new SQLiteConfig();
      cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
      cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      cfg.setBusyTimeout(30_000);
      cfg.setTransactionMode(write ? SQLiteConfig.TransactionMode.IMMEDIATE
          : SQLiteConfig.TransactionMode.DEFERRED);
      cfg.setReadOnly(!write);
      cfg.setCacheSize(-262_144); // 256 MB of page cache per connection (pages are allocated as used)
      cfg.setTempStore(SQLiteConfig.TempStore.MEMORY);
      // no generated keys: the driver would otherwise prepare and run a SELECT last_insert_rowid() after every
      // INSERT (the store hands out its own ids and never asks for them back)
      cfg.setGetGeneratedKeys(false);
      c = DriverManager.getConnection(jdbcUrl, cfg.toProperties());
      try (java.sql.Statement st = c.createStatement()) {
        // read the file through a memory map: an index probe that misses the page cache costs no system call
        st.execute("PRAGMA mmap_size = " + MMAP_BYTES);
      }
      if (write) {
        try (java.sql.Statement st = c.createStatement()) {
          // checkpoint every ~40 MB of WAL instead of every 4 MB: a checkpoint syncs the file, a commit does not
          st.execute("PRAGMA wal_autocheckpoint = 10000");
        }
      }
    } else {
      c = DriverManager.getConnection(jdbcUrl, new Properties());
      c.setReadOnly(!write);
    }
    c.setAutoCommit(false);
    return c;
  }

  private static String hidePassword(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
