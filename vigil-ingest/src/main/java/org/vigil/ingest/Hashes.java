package org.vigil.ingest;

import org.vigil.model.ContentHash;

/** SHA-256 of input bytes, the content hash that identifies an input in the store ({@link ContentHash}). */
public final class Hashes {
  private Hashes() {}

  /** The content hash of a document: see {@link ContentHash#of}. */
  public static String document(org.vigil.model.RawDocument doc) {
    return ContentHash.of(doc);
  }

  /** SHA-256 of {@code bytes} as lower-case hex. */
  public static String sha256(byte[] bytes) {
    return ContentHash.sha256(bytes);
  }
}
