package org.vigil.eval.gtd;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.vigil.model.RawDocument;

/**
 * The only fields of a GTD line that predictions may use: {@code eventid}, {@code iyear}, {@code imonth},
 * {@code iday} and {@code summary}. Coded fields on the same line (attack type, casualties, …) are gold and never
 * copied here.
 *
 * @param eventId the event id as written (number or string), echoed in the predictions
 * @param date the event date, or null when the day or month is unknown (GTD codes it 0)
 * @param summary the event summary; never null
 */
public record GtdEvent(JsonNode eventId, LocalDate date, String summary) {
  public GtdEvent {
    java.util.Objects.requireNonNull(eventId, "eventId");
    java.util.Objects.requireNonNull(summary, "summary");
  }

  /** Reads the allowed fields of one line. */
  public static GtdEvent of(JsonNode line) {
    JsonNode id = line.get("eventid");
    if (id == null || id.isNull()) {
      throw new IllegalArgumentException("GTD line without eventid");
    }
    JsonNode s = line.get("summary");
    return new GtdEvent(id, date(line.path("iyear").asInt(0), line.path("imonth").asInt(0), line.path("iday").asInt(0)),
        s == null || s.isNull() ? "" : s.asText());
  }

  /** The document for the pipeline: the summary as plain text, published on the event date when it is known. */
  public RawDocument document() {
    return RawDocument.ofText(eventId.asText(), summary, "text/plain", null, null, date);
  }

  private static LocalDate date(int y, int m, int d) {
    if (y <= 0 || m <= 0 || d <= 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
