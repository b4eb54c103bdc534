package org.vigil.store.write;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import org.vigil.model.Outcome;

/** The {@code articles} and {@code duplicates} rows: one per distinct input, whatever its outcome. */
public final class ArticleRows {
  /** An article already stored that an input matches, and how. */
  public record Known(long articleId, String inputId, String inputHash, String reason) {
    /** True when the input is the stored article itself (same id and bytes), e.g. read again after a restart. */
    public boolean sameInput(String id, String hash) {
      return inputId.equals(id) && inputHash.equals(hash);
    }
  }

  private ArticleRows() {}

  /** The article with this content hash (preferred) or canonical URL, or null. */
  public static Known find(Statements st, String inputHash, String canonicalUrl) throws SQLException {
    // one statement for both unique indexes; at most two rows come back
    PreparedStatement ps = st.prepare("SELECT id, input_id, input_hash, canonical_url FROM articles "
        + "WHERE input_hash = ? OR canonical_url = ? ORDER BY id");
    Sql.bind(ps, inputHash, canonicalUrl);
    Known byUrl = null;
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (rs.getString(3).equals(inputHash)) {
          return new Known(rs.getLong(1), rs.getString(2), rs.getString(3), "same-content");
        }
        if (byUrl == null) {
          byUrl = new Known(rs.getLong(1), rs.getString(2), rs.getString(3), "same-url");
        }
      }
    }
    return byUrl;
  }

  /** The duplicate of a stored article, unless this input was already recorded as one. */
  static void insertDuplicate(Statements st, String inputId, String inputHash, Known of) throws SQLException {
    {
      PreparedStatement ps = st.prepare(
        "SELECT 1 FROM duplicates WHERE input_id = ? AND input_hash = ?");
      Sql.bind(ps, inputId, inputHash);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
    }
    st.update("INSERT INTO duplicates (input_id, input_hash, article_id, reason) VALUES (?,?,?,?)", inputId,
        inputHash, of.articleId(), of.reason());
  }

  static void insert(Statements st, long id, String inputId, String inputHash, String canonicalUrl, String url,
      String title, LocalDate published, Outcome outcome, int incidentCount, String extractionJson)
      throws SQLException {
    String kind;
    String stage = null;
    String reason = null;
    String message = null;
    String duplicateOf = null;
    if (outcome instanceof Outcome.Extracted) {
      kind = "extracted";
    } else if (outcome instanceof Outcome.Skipped s) {
      kind = "skipped";
      stage = s.stage().name().toLowerCase(Locale.ROOT);
      reason = s.reason();
      message = s.message();
      duplicateOf = s.duplicateOf();
    } else {
      Outcome.Rejected r = (Outcome.Rejected) outcome;
      kind = "rejected";
      stage = r.stage().name().toLowerCase(Locale.ROOT);
      reason = r.reason();
      message = r.message();
    }
    st.update("INSERT INTO articles (id, input_id, input_hash, canonical_url, url, title, published, outcome, "
        + "stage, reason, message, duplicate_of, incident_count, extraction) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", id,
        inputId, inputHash, canonicalUrl, url, title, published, kind, stage, reason, message, duplicateOf,
        incidentCount, extractionJson);
  }
}
