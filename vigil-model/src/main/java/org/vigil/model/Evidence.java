package org.vigil.model;

import java.util.Objects;

/**
 * The text that supports a field: its span in the article's cleaned text, the covered text itself, and the span of the
 * whole sentence it sits in (so a reader sees the claim in context).
 *
 * @param span the supporting phrase
 * @param text the phrase as written ({@code span.of(article.text())})
 * @param sentence the span of the sentence containing the phrase
 */
public record Evidence(Span span, String text, Span sentence) {
  public Evidence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
  }
}
