package org.vigil.store.screen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.vigil.pipeline.screen.InMemorySeenStories;
import org.vigil.pipeline.screen.SeenStories;
import org.vigil.pipeline.screen.StoryFingerprint;
import org.vigil.store.db.Database;

/**
 * {@link SeenStories} that outlives the process: every story let through is written to the
 * {@code story_fingerprints} table (its own connection and a commit per story), and the table is read back into
 * memory when a run starts, so that a restarted {@code vigil run} still skips later copies of what it saw before.
 * An input that meets its own fingerprint (it was screened, then the run was stopped before it was stored) is not
 * its own duplicate. Look-ups are in memory (about 1 KB per story). Thread-safe.
 */
public final class StoredSeenStories implements SeenStories, AutoCloseable {
  private final InMemorySeenStories memory = new InMemorySeenStories();
  private final Connection connection;
  private long seq;

  private StoredSeenStories(Connection connection) {
    this.connection = connection;
  }

  /** Opens the seen-set of a migrated database and reads what it holds. */
  public static StoredSeenStories open(Database database) throws SQLException {
    StoredSeenStories s = new StoredSeenStories(database.connect());
    try (PreparedStatement ps = s.connection.prepareStatement(
        "SELECT input_id, url, exact_key, signature, seq FROM story_fingerprints ORDER BY seq");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        s.memory.firstCopy(StoryFingerprint.fromHex(rs.getString(3), rs.getString(4)),
            new Story(rs.getString(1), rs.getString(2)), 1.0);
        s.seq = Math.max(s.seq, rs.getLong(5));
      }
    } finally {
      s.connection.rollback();
    }
    return s;
  }

  /** Stories known. */
  public int size() {
    return memory.size();
  }

  @Override
  public synchronized Optional<Match> firstCopy(StoryFingerprint fingerprint, Story story, double minSimilarity) {
    Optional<Match> m = memory.firstCopy(fingerprint, story, minSimilarity);
    if (m.isPresent()) {
      return m.get().first().id().equals(story.id()) ? Optional.empty() : m;
    }
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO story_fingerprints "
        + "(input_id, url, exact_key, signature, seq) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, story.id());
      ps.setString(2, story.url());
      ps.setString(3, fingerprint.exactKey());
      ps.setString(4, fingerprint.signatureHex());
      ps.setLong(5, ++seq);
      ps.executeUpdate();
      connection.commit();
    } catch (SQLException e) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        e.addSuppressed(ignored);
      }
      throw new IllegalStateException("cannot record the story of " + story.id() + ": " + e.getMessage(), e);
    }
    return Optional.empty();
  }

  @Override
  public synchronized void close() throws SQLException {
    connection.close();
  }
}
