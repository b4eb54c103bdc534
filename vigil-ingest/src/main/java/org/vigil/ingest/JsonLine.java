package org.vigil.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.Stage;

/**
 * One line of a JSON-lines batch: {@code {id | doc_id, text | html, published | dct, url, title}}. A line that is not
 * a JSON object, has no content or a bad date becomes a rejected input, so the batch carries on. Shared by
 * {@code vigil run} and {@code vigil extract}.
 */
public final class JsonLine {
  private JsonLine() {}

  /**
   * Parses one line.
   *
   * @param source names the file in the id of a line that has none ({@code source:lineNo})
   */
  public static Input parse(ObjectMapper mapper, String line, String source, int lineNo) {
    String fallbackId = source + ":" + lineNo;
    String lineHash = Hashes.sha256(line.getBytes(StandardCharsets.UTF_8));
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (IOException e) {
      return rejected(fallbackId, "malformed-json", "line " + lineNo + " is not JSON", lineHash);
    }
    if (node == null || !node.isObject()) {
      return rejected(fallbackId, "malformed-json", "line " + lineNo + " is not a JSON object", lineHash);
    }
    String id = text(node, "id");
    if (id == null) {
      id = text(node, "doc_id");
    }
    if (id == null) {
      id = fallbackId;
    }
    String html = text(node, "html");
    String body = text(node, "text");
    if (html == null && body == null) {
      String title = text(node, "title");
      if (title == null || title.isBlank()) {
        return rejected(id, "no-content", "line " + lineNo + " has neither text nor html nor title", lineHash);
      }
      body = ""; // a headline alone: the clean stage makes it the article's text
    }
    LocalDate published = null;
    String p = text(node, "published");
    if (p == null) {
      p = text(node, "dct");
    }
    if (p != null && !p.isBlank()) {
      try {
        published = LocalDate.parse(p.length() >= 10 ? p.substring(0, 10) : p);
      } catch (DateTimeParseException e) {
        return rejected(id, "bad-date", "line " + lineNo + ": published must be YYYY-MM-DD, not '" + p + "'",
            lineHash);
      }
    }
    RawDocument doc = RawDocument.ofText(id, html != null ? html : body, html != null ? "text/html" : "text/plain",
        text(node, "url"), text(node, "title"), published);
    return new Input(doc, null, Hashes.document(doc));
  }

  private static Input rejected(String id, String reason, String message, String hash) {
    return new Input(null, new Outcome.Rejected(id, Stage.INGEST, reason, message, hash), hash);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
