package org.vigil.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigil.geo.Gazetteer;
import org.vigil.pipeline.output.Json;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.store.db.Database;
import org.vigil.store.homes.OutletVotes;
import org.vigil.store.merge.MatchScorer;
import org.vigil.store.merge.MergeOptions;
import org.vigil.store.write.ArticleRows;
import org.vigil.store.write.ArticleWriter;
import org.vigil.store.write.Statements;

/**
 * The incident store: articles, their outcomes, the merged incidents with every source's report and figures, behind
 * one JDBC connection to SQLite or PostgreSQL.
 *
 * <p>Each input is stored in exactly one transaction covering its outcome, its reports, the merge and the
 * reconciled figures, so a process killed at any moment leaves either all of an article or nothing of it; a restart
 * that reads the same inputs in the same order ends with the same database as an uninterrupted run. An input whose
 * content hash or canonical URL is already stored is not stored again.
 *
 * <p>Not thread-safe: one writer thread per store (writers in other processes are serialised by the database).
 */
public final class IncidentStore implements AutoCloseable {
  private final Database database;
  private final Connection connection;
  private final Statements statements;
  private final ArticleWriter writer;
  /** The thread that prepares a batch's inputs ahead of the writer ({@link #storeAll}); started on first use. */
  private ExecutorService ahead;

  private IncidentStore(Database database, Connection connection, MergeOptions options, Gazetteer gazetteer) {
    this.database = database;
    this.connection = connection;
    this.statements = new Statements(connection);
    this.writer = new ArticleWriter(statements, database.dialect(), new MatchScorer(options, gazetteer),
        mapper());
  }

  /**
   * Opens (and migrates) the store at {@code database}.
   *
   * @param gazetteer the merge's, to tell places from people's names (a process that runs the pipeline too passes
   *     the pipeline's)
   */
  public static IncidentStore open(Database database, MergeOptions options, Gazetteer gazetteer)
      throws SQLException {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(gazetteer, "gazetteer");
    database.migrate();
    return new IncidentStore(database, database.connect(), options, gazetteer);
  }

  /** {@link #open(Database, MergeOptions, Gazetteer)} with the bundled gazetteer, loaded for this store. */
  public static IncidentStore open(Database database, MergeOptions options) throws SQLException {
    return open(database, options, Gazetteer.loadBundled());
  }

  /** The database this store writes to. */
  public Database database() {
    return database;
  }

  /**
   * CPU seconds the writer spent loading the merge's in-memory candidate index (once per store object, again after a
   * rollback or another process's writes); 0 on PostgreSQL.
   */
  public double candidateIndexLoadCpuSeconds() {
    return writer.candidateIndexLoadCpuSeconds();
  }

  /** The JDBC connection (auto-commit off), for queries in the same process. */
  public Connection connection() {
    return connection;
  }

  /**
   * The stored article this input matches (same content hash, or same canonical URL), or null. Lets a run skip the
   * expensive extraction of an input it already stored.
   */
  public ArticleRows.Known known(String inputHash, String url) throws SQLException {
    try {
      return ArticleRows.find(statements, inputHash, CanonicalUrl.of(url));
    } finally {
      connection.rollback();
    }
  }

  /**
   * The outlet homes one host's stored pages teach ({@link OutletHomes}: their votes, in the order they were
   * stored), for the next page of that host. Reads the store as it is now: every vote committed before, this
   * process's and other writers' alike.
   */
  public OutletHomes outletHomes(String host) throws SQLException {
    return outletHomes(host, OutletHomes.NONE);
  }

  /**
   * As {@link #outletHomes(String)}, with {@code seed}'s votes of the host counted first: votes learned elsewhere
   * ({@code vigil run --outlet-homes}: a batch's or another store's), so that a new store starts with the homes they
   * teach. A page stored here replaces the seed's vote of the same page id (its vote as stored is the current one; a
   * page never counts twice).
   */
  public OutletHomes outletHomes(String host, OutletHomes seed) throws SQLException {
    List<OutletHomes.Vote> stored;
    try {
      stored = OutletVotes.ofHost(connection, host);
    } finally {
      connection.rollback();
    }
    Set<String> storedPages = new HashSet<>();
    stored.forEach(v -> storedPages.add(v.docId()));
    List<OutletHomes.Vote> all = new ArrayList<>();
    for (OutletHomes.Vote v : seed.votes(host)) {
      if (!storedPages.contains(v.docId())) {
        all.add(v);
      }
    }
    all.addAll(stored);
    return OutletHomes.of(all);
  }

  /** Stores one input in one transaction (see the class comment). */
  public StoreResult store(ArticleInput input) throws SQLException {
    try {
      writer.begin();
      StoreResult r = writer.write(input);
      writer.beforeCommit();
      connection.commit();
      return r;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      writer.reset();
      throw e;
    }
  }

  /**
   * Stores several inputs in one transaction (a bulk load: all of them or none of them are stored). Cheaper than one
   * transaction each, since a commit is most of the cost of a small article; {@code vigil run} stores one article per
   * transaction. What the writer computes of an input without the store (its words, names, JSON) is computed ahead
   * on a second thread while the writer stores the inputs before it, in order; the result is the same as storing
   * them one by one.
   */
  public java.util.List<StoreResult> storeAll(java.util.List<ArticleInput> inputs) throws SQLException {
    java.util.List<Future<ArticleWriter.Prepared>> prepared = new java.util.ArrayList<>(inputs.size());
    for (ArticleInput in : inputs) {
      prepared.add(ahead().submit(() -> writer.prepare(in)));
    }
    try {
      java.util.List<StoreResult> out = new java.util.ArrayList<>(inputs.size());
      writer.begin();
      for (int i = 0; i < inputs.size(); i++) {
        out.add(writer.write(prepared(prepared.get(i), inputs.get(i))));
      }
      writer.beforeCommit();
      connection.commit();
      return out;
    } catch (SQLException | RuntimeException e) {
      prepared.forEach(f -> f.cancel(false));
      connection.rollback();
      writer.reset();
      throw e;
    }
  }

  private ExecutorService ahead() {
    if (ahead == null) {
      ahead = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigil-store-prepare");
        t.setDaemon(true);
        return t;
      });
    }
    return ahead;
  }

  /** The input prepared ahead; an exception of the preparation is thrown here, as if it were prepared inline. */
  private ArticleWriter.Prepared prepared(Future<ArticleWriter.Prepared> f, ArticleInput in) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return writer.prepare(in);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() throws SQLException {
    if (ahead != null) {
      ahead.shutdownNow();
    }
    try {
      statements.close();
      connection.rollback();
    } finally {
      connection.close();
    }
  }

  /** The JSON mapper for stored extractions (Vigil's JSON conventions, read back case-insensitively). */
  public static ObjectMapper mapper() {
    ObjectMapper m = Json.mapper();
    return ((com.fasterxml.jackson.databind.json.JsonMapper) m).rebuild()
        .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }
}
