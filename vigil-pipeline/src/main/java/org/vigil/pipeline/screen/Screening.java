package org.vigil.pipeline.screen;

import java.util.Objects;

/**
 * What the screen found out about one article, whether it passed or not.
 *
 * @param language the language guess, or null when the language screen is off
 * @param relevance the relevance, or null when the relevance screen is off or was not reached
 * @param duplicateOf the earlier copy, or null
 * @param skip why the article is skipped, or null when it passes
 */
public record Screening(LanguageIdentifier.Guess language, RelevanceScreen.Relevance relevance,
    SeenStories.Match duplicateOf, Skip skip) {
  /** True when the article goes on to annotation. */
  public boolean passed() {
    return skip == null;
  }

  /**
   * Why an article is skipped.
   *
   * @param reason {@code not-english}, {@code not-relevant}, {@code duplicate} or {@code near-duplicate}
   * @param message a sentence for people: the language and its probability, the relevance score, the first copy
   */
  public record Skip(String reason, String message) {
    public Skip {
      Objects.requireNonNull(reason);
      Objects.requireNonNull(message);
    }
  }
}
