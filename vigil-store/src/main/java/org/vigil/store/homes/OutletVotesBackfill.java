package org.vigil.store.homes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.model.Extraction;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.store.IncidentStore;

/**
 * Migration 71: the votes of the articles stored before {@code outlet_votes} existed (version 70), read from their
 * stored extractions ({@link OutletHomes#vote}). Those were all made without learned homes (no {@code vigil run}
 * used any), except extractions of {@code vigil extract --outlet-homes} stored by {@code vigil merge-eval}: one of
 * those whose bare town's namesake a home chose votes for the home's state. A stored extraction that cannot be read
 * back gives no vote (the migration never fails for one article). Java, not SQL, because the vote is the pipeline's
 * own rule, the same for SQLite and PostgreSQL.
 */
public final class OutletVotesBackfill extends VotesMigration {
  public OutletVotesBackfill() {
    super("71", "outlet votes backfill");
  }

  @Override
  void run(Connection c) throws SQLException {
    backfill(c, IncidentStore.mapper());
  }

  /** Adds the vote of every extracted article that has none; returns how many were added. */
  static int backfill(Connection c, ObjectMapper mapper) throws SQLException {
    Map<Long, OutletHomes.Vote> votes = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.extraction FROM articles a WHERE a.outcome = "
        + "'extracted' AND a.extraction IS NOT NULL AND NOT EXISTS (SELECT 1 FROM outlet_votes v "
        + "WHERE v.article_id = a.id) ORDER BY a.id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        try {
          OutletHomes.vote(mapper.readValue(rs.getString(2), Extraction.class)).ifPresent(v -> votes.put(id, v));
        } catch (JsonProcessingException | RuntimeException e) {
          // an extraction an older Vigil wrote that this one cannot read: no vote, as a page without a town
        }
      }
    }
    for (Map.Entry<Long, OutletHomes.Vote> v : votes.entrySet()) {
      OutletVotes.insert(c, v.getKey(), v.getValue());
    }
    return votes.size();
  }
}
