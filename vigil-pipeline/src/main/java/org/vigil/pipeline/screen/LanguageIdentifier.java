package org.vigil.pipeline.screen;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Identifies the language of a text with optimaize language-detector (Apache 2.0; character n-gram profiles of 71
 * languages built from Wikipedia). The text is lower-cased first: the profiles are built from ordinary mixed-case
 * text, and all-caps wire copy (MUC-4) would otherwise look like no language at all. Load once (about a second) and
 * share: thread-safe, and deterministic (the detector's sampling is seeded).
 */
public final class LanguageIdentifier {
  /** At most this many characters of a text are looked at; enough for a confident guess, and bounded in time. */
  static final int MAX_CHARS = 4_000;

  private final LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  private LanguageIdentifier(LanguageDetector detector) {
    this.detector = detector;
  }

  /** Loads the library's 71 built-in profiles. */
  public static LanguageIdentifier loadBuiltIn() {
    try {
      return new LanguageIdentifier(LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(new LanguageProfileReader().readAllBuiltIn())
          .seed(20_17L)
          .build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language profiles of language-detector", e);
    }
  }

  /**
   * The most probable language of {@code text} with its probability, or {@link Guess#UNKNOWN} when the detector
   * has no guess (no letters, or no n-gram it knows).
   */
  public Guess identify(String text) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    List<DetectedLanguage> probabilities = detector.getProbabilities(texts.forText(sample.toLowerCase(Locale.ROOT)));
    if (probabilities.isEmpty()) {
      return Guess.UNKNOWN;
    }
    DetectedLanguage best = probabilities.get(0);
    return new Guess(best.getLocale().getLanguage(), best.getProbability());
  }

  /**
   * A language guess.
   *
   * @param language ISO 639-1 code ({@code en}, {@code de}, …), or {@code und} when unknown
   * @param probability the detector's probability of that language, 0 when unknown
   */
  public record Guess(String language, double probability) {
    public static final Guess UNKNOWN = new Guess("und", 0);

    public Guess {
      java.util.Objects.requireNonNull(language);
    }
  }
}
