package org.vigil.store.screen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.pipeline.screen.InMemorySeenStories;
import org.vigil.pipeline.screen.SeenStories;
import org.vigil.pipeline.screen.StoryFingerprint;

/**
 * {@link SeenStories} that outlives the process: the {@code story_fingerprints} table is read into memory when a run
 * starts, so that a restarted {@code vigil run} still skips later copies of what it saw before. Look-ups are in
 * memory (about 1 KB per story). The stories let through are kept pending until the store's writer thread calls
 * {@link #flush} inside the transaction of the next article it stores (the store has one writing connection, and
 * SQLite allows no other), so a fingerprint is committed with an article or not at all. An input that meets its own
 * fingerprint (it was screened, then the run was stopped before the input itself was stored) is not its own
 * duplicate. Thread-safe.
 */
public final class StoredSeenStories implements SeenStories {
  private final InMemorySeenStories memory = new InMemorySeenStories();
  private final List<Pending> pending = new ArrayList<>();
  private long seq;

  private StoredSeenStories() {}

  /**
   * Reads the seen-set of a migrated database through {@code connection} (the store's own, before the run's threads
   * start; the transaction is rolled back).
   */
  public static StoredSeenStories open(Connection connection) throws SQLException {
    StoredSeenStories s = new StoredSeenStories();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT input_id, url, exact_key, signature, seq FROM story_fingerprints ORDER BY seq");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        s.memory.firstCopy(StoryFingerprint.fromHex(rs.getString(3), rs.getString(4)),
            new Story(rs.getString(1), rs.getString(2)), 1.0);
        s.seq = Math.max(s.seq, rs.getLong(5));
      }
    } finally {
      connection.rollback();
    }
    return s;
  }

  /** Stories known (stored or pending). */
  public int size() {
    return memory.size();
  }

  @Override
  public synchronized Optional<Match> firstCopy(StoryFingerprint fingerprint, Story story, double minSimilarity) {
    Optional<Match> m = memory.firstCopy(fingerprint, story, minSimilarity);
    if (m.isPresent()) {
      return m.get().first().id().equals(story.id()) ? Optional.empty() : m;
    }
    pending.add(new Pending(story, fingerprint, ++seq));
    return Optional.empty();
  }

  /**
   * Writes the stories let through since the last call over {@code connection}, in its current transaction (the
   * caller commits; if it rolls back instead, those stories stay known to this run but not to the next).
   */
  public void flush(Connection connection) throws SQLException {
    List<Pending> batch;
    synchronized (this) {
      if (pending.isEmpty()) {
        return;
      }
      batch = List.copyOf(pending);
    }
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO story_fingerprints "
        + "(input_id, url, exact_key, signature, seq) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      for (Pending p : batch) {
        ps.setString(1, p.story().id());
        ps.setString(2, p.story().url());
        ps.setString(3, p.fingerprint().exactKey());
        ps.setString(4, p.fingerprint().signatureHex());
        ps.setLong(5, p.seq());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    synchronized (this) {
      pending.removeAll(batch);
    }
  }

  private record Pending(Story story, StoryFingerprint fingerprint, long seq) {}
}
