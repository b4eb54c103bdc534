package org.vigil.store.ingest;

import java.util.Objects;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;

/**
 * One input read from a source: a document to extract, or the rejection of something that is not one (a JSON line
 * that does not parse, an unreadable file). Both carry the SHA-256 of the input's bytes.
 *
 * @param doc the document, or null when rejected
 * @param rejected the rejection, or null when there is a document
 * @param hash SHA-256 (hex) of the document's bytes, or of the rejected line or file
 */
public record Input(RawDocument doc, Outcome.Rejected rejected, String hash) {
  public Input {
    if ((doc == null) == (rejected == null)) {
      throw new IllegalArgumentException("exactly one of doc and rejected");
    }
    Objects.requireNonNull(hash, "hash");
  }

  /** The input's id. */
  public String id() {
    return doc != null ? doc.id() : rejected.id();
  }

  /** The URL the source gave, or null. */
  public String url() {
    return doc != null ? doc.url() : null;
  }
}
