package org.vigil.eval.gva;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.vigil.model.RawDocument;

/**
 * The only fields of a GVA or cases article line that predictions may use: {@code doc_id}, {@code title},
 * {@code dct}, {@code url} and {@code text}. The gold fields of the same line ({@code incident_id},
 * {@code incident_lat}, {@code incident_lon}, {@code gold}) are never copied here, so nothing downstream can read them.
 *
 * @param docId the article's id as written in the file (string or number), echoed in the predictions
 * @param title headline or null
 * @param dct document creation (publication) date, or null when missing or not a date
 * @param url the page's URL or null
 * @param text the page text (may hold boilerplate); never null
 */
public record NewsArticle(JsonNode docId, String title, LocalDate dct, String url, String text) {
  public NewsArticle {
    java.util.Objects.requireNonNull(docId, "docId");
    java.util.Objects.requireNonNull(text, "text");
  }

  /** Reads the allowed fields of one article line. */
  public static NewsArticle of(JsonNode line) {
    JsonNode id = line.get("doc_id");
    if (id == null || id.isNull()) {
      throw new IllegalArgumentException("article line without doc_id");
    }
    return new NewsArticle(id, text(line, "title"), date(text(line, "dct")), text(line, "url"),
        text(line, "text") == null ? "" : text(line, "text"));
  }

  /** The id as text. */
  public String id() {
    return docId.asText();
  }

  /** The document for the pipeline: plain text, published on {@code dct}. */
  public RawDocument document() {
    return RawDocument.ofText(id(), text, "text/plain", url, title, dct);
  }

  private static String text(JsonNode line, String field) {
    JsonNode v = line.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static LocalDate date(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
