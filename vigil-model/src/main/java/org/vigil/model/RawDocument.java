package org.vigil.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One input as it arrived, before cleaning: its bytes plus whatever the source knew about it.
 *
 * @param id stable identifier given by the source (file path, JSON-lines id, WARC record id); never null
 * @param bytes the raw content; never null, may be empty (the cleaner rejects it)
 * @param contentType the declared media type ({@code text/html}, {@code text/plain}) or null when unknown
 * @param charset the declared character set or null when unknown
 * @param url where the document came from, or null
 * @param title a title given by the source (a feed item, a batch line), or null
 * @param published publication date given by the source, or null when unknown
 */
public record RawDocument(
    String id, byte[] bytes, String contentType, String charset, String url, String title, LocalDate published) {
  public RawDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** A document whose content is already text (a JSON-lines batch line, a test). */
  public static RawDocument ofText(String id, String text, String contentType, String url, String title,
      LocalDate published) {
    return new RawDocument(id, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType, "UTF-8", url,
        title, published);
  }
}
