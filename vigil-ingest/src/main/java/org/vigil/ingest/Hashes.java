package org.vigil.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of input bytes, the content hash that identifies an input in the store. */
public final class Hashes {
  private Hashes() {}

  /**
   * The content hash of a document: its bytes, and its title when the source gives one apart from the bytes (a
   * batch line's or a feed item's {@code title}). Pages behind a log-in wall carry the same notice under different
   * headlines: without the title they would count as one document.
   */
  public static String document(org.vigil.model.RawDocument doc) {
    if (doc.title() == null || doc.title().isBlank()) {
      return sha256(doc.bytes());
    }
    byte[] title = (doc.title() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
      throw new IllegalStateException(e);
    }
  }
}
