package org.vigil.pipeline.screen;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.vigil.model.Article;

/**
 * The screen stage: language, then relevance, then duplicates (see the package description). Only an article that
 * passes the first two is fingerprinted and recorded in the {@link SeenStories}, so a later copy of a story points
 * to its first copy that was let through. Stateless and thread-safe; the language model comes in through the
 * constructor.
 */
public final class Screener {
  private final LanguageIdentifier languages;
  private final ScreenOptions options;

  /**
   * @param languages the language identifier; may be null only when {@code options.language()} is false
   * @param options which screens run, and their thresholds
   */
  public Screener(LanguageIdentifier languages, ScreenOptions options) {
    this.options = Objects.requireNonNull(options);
    if (options.language() && languages == null) {
      throw new IllegalArgumentException("the language screen needs a LanguageIdentifier");
    }
    this.languages = languages;
  }

  /** Loads the language profiles when the language screen is on (about a second). */
  public static Screener load(ScreenOptions options) {
    return new Screener(options.language() ? LanguageIdentifier.loadBuiltIn() : null, options);
  }

  public ScreenOptions options() {
    return options;
  }

  /** Screens one article against the stories {@code seen} so far (and records it there when it passes). */
  public Screening screen(Article article, SeenStories seen) {
    LanguageIdentifier.Guess language = null;
    if (options.language()) {
      language = languages.identify(article.text());
      if (!language.language().equals("en") && !language.language().equals("und")
          && language.probability() >= options.minLanguageConfidence()
          && letters(article.text()) >= options.minLanguageLetters()) {
        return new Screening(language, null, null, new Screening.Skip("not-english", String.format(Locale.ROOT,
            "the text is in %s (%s, probability %.2f)", name(language.language()), language.language(),
            language.probability())));
      }
    }
    RelevanceScreen.Relevance relevance = null;
    if (options.relevance()) {
      relevance = RelevanceScreen.score(article.title(), article.text());
      if (relevance.score() < options.minRelevance()) {
        return new Screening(language, relevance, null, new Screening.Skip("not-relevant",
            "no violent or security incident in view: relevance " + relevance.describe() + ", below "
                + options.minRelevance()));
      }
    }
    if (options.duplicates()) {
      // a copy is a copy of a story: a body that is not incident news by itself (a log-in wall, a video page, an
      // outlet's boilerplate under each headline) says nothing about which story it carries, so the headline alone
      // tells the story, and only the same headline over it is a copy
      // (without a title there is no headline to tell it, and the body's relevance need not be worked out)
      boolean bodyTells = article.title() == null
          || RelevanceScreen.score(null, article.text()).score() >= options.minRelevance();
      StoryFingerprint fp = bodyTells ? StoryFingerprint.of(article.title(), article.text())
          : StoryFingerprint.of(article.title(), article.title());
      Optional<SeenStories.Match> first = seen.firstCopy(fp, new SeenStories.Story(article.id(), article.url()),
          options.minSimilarity());
      if (first.isPresent()) {
        SeenStories.Match m = first.get();
        return new Screening(language, relevance, m, m.exact()
            ? new Screening.Skip("duplicate", "the same text as " + m.first().describe())
            : new Screening.Skip("near-duplicate", String.format(Locale.ROOT,
                "the same story as %s (similarity %.2f)", m.first().describe(), m.similarity())));
      }
    }
    return new Screening(language, relevance, null, null);
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static String name(String code) {
    String n = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return n.isEmpty() ? code : n;
  }
}
