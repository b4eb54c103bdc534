package org.vigil.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned news article: the article's own text with its paragraph structure, and what is known about it.
 *
 * <p>All spans in the extraction output refer to {@link #text()}. When the article came from HTML,
 * {@link #sourceOffsets()} maps each paragraph of {@code text} back to the character offset in the decoded source
 * where it started, so evidence can be shown in the original page.
 *
 * @param id the input's id (never null)
 * @param url canonical URL or null
 * @param title headline or null
 * @param published publication date or null when unknown (relative dates then stay unresolved)
 * @param publishedEvidence where the publication date was found ({@code "given"},
 *     {@code "meta:article:published_time"}, {@code "json-ld"}, {@code "time"}, {@code "url"}), or null
 * @param author byline or null
 * @param language ISO 639-1 code when known, else null
 * @param text the main text; paragraphs separated by a blank line ({@code "\n\n"}); never null or blank
 * @param paragraphs the span of each paragraph in {@code text}
 * @param sourceOffsets for each paragraph, its start offset in the decoded source document, or -1 if unknown
 * @param inputHash SHA-256 (hex) of the raw input bytes
 */
public record Article(
    String id,
    String url,
    String title,
    LocalDate published,
    String publishedEvidence,
    String author,
    String language,
    String text,
    List<Span> paragraphs,
    List<Integer> sourceOffsets,
    String inputHash) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    paragraphs = List.copyOf(paragraphs);
    sourceOffsets = List.copyOf(sourceOffsets);
    for (Span p : paragraphs) {
      if (p.end() > text.length()) {
        throw new IllegalArgumentException("paragraph " + p + " outside text of length " + text.length());
      }
    }
  }
}
