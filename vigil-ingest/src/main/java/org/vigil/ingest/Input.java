package org.vigil.ingest;

import java.util.Objects;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.Stage;

/**
 * One input read from a source: a document to extract, or an input whose outcome the source already decided — a
 * rejection (a JSON line that does not parse, an unreadable file, a corrupt WARC record, a failed fetch) or a skip (a
 * WARC record that is not an HTML page). Every one carries the SHA-256 of the input's bytes (or of what identifies
 * it when there are none).
 *
 * @param doc the document, or null when {@code ended} is set
 * @param ended the outcome decided while reading ({@link Outcome.Rejected} or {@link Outcome.Skipped}), or null when
 *     there is a document
 * @param hash SHA-256 (hex) of the document's bytes, or of the rejected line, file or record
 */
public record Input(RawDocument doc, Outcome ended, String hash) {
  public Input {
    if ((doc == null) == (ended == null)) {
      throw new IllegalArgumentException("exactly one of doc and ended");
    }
    if (ended instanceof Outcome.Extracted) {
      throw new IllegalArgumentException("a source cannot have extracted an input");
    }
    Objects.requireNonNull(hash, "hash");
  }

  /** A document, hashed by its bytes and title ({@link Hashes#document}). */
  public static Input of(RawDocument doc) {
    return new Input(doc, null, Hashes.document(doc));
  }

  /** A rejection at {@link Stage#INGEST}. */
  public static Input rejected(String id, String reason, String message, String hash) {
    return new Input(null, new Outcome.Rejected(id, Stage.INGEST, reason, message, hash), hash);
  }

  /** A skip at {@link Stage#INGEST}. */
  public static Input skipped(String id, String reason, String message, String hash) {
    return new Input(null, new Outcome.Skipped(id, Stage.INGEST, reason, message), hash);
  }

  /** The rejection, or null. */
  public Outcome.Rejected rejected() {
    return ended instanceof Outcome.Rejected r ? r : null;
  }

  /** The skip, or null. */
  public Outcome.Skipped skipped() {
    return ended instanceof Outcome.Skipped s ? s : null;
  }

  /** The input's id. */
  public String id() {
    return doc != null ? doc.id() : ended.id();
  }

  /** The URL the source gave, or null. */
  public String url() {
    return doc != null ? doc.url() : null;
  }
}
