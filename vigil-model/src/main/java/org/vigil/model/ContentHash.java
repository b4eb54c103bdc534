package org.vigil.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 content hashes: the one rule by which ingest, the clean stage and the store identify an input. */
public final class ContentHash {
  private ContentHash() {}

  /**
   * The content hash of a document: its bytes, and its title when the source gives one apart from the bytes (a
   * batch line's or a feed item's {@code title}). Pages behind a log-in wall carry the same notice under different
   * headlines, and headline-only inputs have no body at all: without the title they would count as one document.
   */
  public static String of(RawDocument doc) {
    if (doc.title() == null || doc.title().isBlank()) {
      return sha256(doc.bytes());
    }
    byte[] title = (doc.title() + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[title.length + doc.bytes().length];
    System.arraycopy(title, 0, all, 0, title.length);
    System.arraycopy(doc.bytes(), 0, all, title.length, doc.bytes().length);
    return sha256(all);
  }

  /** SHA-256 of {@code bytes} as lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
