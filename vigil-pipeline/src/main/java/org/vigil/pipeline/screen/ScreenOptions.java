package org.vigil.pipeline.screen;

/**
 * Options of the {@link Screener}.
 *
 * @param language skip articles confidently identified as not English
 * @param relevance skip articles that are not about a violent or security incident
 * @param duplicates skip exact and near copies of a story seen before
 * @param minLanguageConfidence the detector's probability a non-English language needs before the article is skipped
 * @param minLanguageLetters texts with fewer letters than this are never skipped for their language
 * @param minRelevance the relevance score an article needs to pass ({@link RelevanceScreen#score})
 * @param minSimilarity estimated Jaccard similarity of word 5-shingles from which two texts are the same story
 */
public record ScreenOptions(boolean language, boolean relevance, boolean duplicates, double minLanguageConfidence,
    int minLanguageLetters, int minRelevance, double minSimilarity) {
  public ScreenOptions {
    if (minLanguageConfidence <= 0 || minLanguageConfidence > 1) {
      throw new IllegalArgumentException("minLanguageConfidence must be in (0, 1], got " + minLanguageConfidence);
    }
    if (minSimilarity <= 0 || minSimilarity > 1) {
      throw new IllegalArgumentException("minSimilarity must be in (0, 1], got " + minSimilarity);
    }
  }

  /** Every screen on: language at 0.90 confidence over 200 letters, relevance 4, similarity 0.5. */
  public static ScreenOptions defaults() {
    return new ScreenOptions(true, true, true, 0.90, 200, RelevanceScreen.DEFAULT_MIN_SCORE, 0.5);
  }

  /** Every screen off: each article goes on to annotation. */
  public static ScreenOptions none() {
    return defaults().withLanguage(false).withRelevance(false).withDuplicates(false);
  }

  public ScreenOptions withLanguage(boolean on) {
    return new ScreenOptions(on, relevance, duplicates, minLanguageConfidence, minLanguageLetters, minRelevance,
        minSimilarity);
  }

  public ScreenOptions withRelevance(boolean on) {
    return new ScreenOptions(language, on, duplicates, minLanguageConfidence, minLanguageLetters, minRelevance,
        minSimilarity);
  }

  public ScreenOptions withDuplicates(boolean on) {
    return new ScreenOptions(language, relevance, on, minLanguageConfidence, minLanguageLetters, minRelevance,
        minSimilarity);
  }

  /**
   * The default thresholds with the screens named in {@code list}: comma-separated {@code language},
   * {@code relevance}, {@code duplicates}, or {@code all} or {@code none}.
   *
   * @throws IllegalArgumentException for an unknown name, naming the nearest valid one
   */
  public static ScreenOptions parse(String list) {
    ScreenOptions o = none();
    for (String raw : list.split(",")) {
      String name = raw.strip().toLowerCase(java.util.Locale.ROOT);
      switch (name) {
        case "all" -> o = defaults();
        case "none", "" -> { }
        case "language" -> o = o.withLanguage(true);
        case "relevance" -> o = o.withRelevance(true);
        case "duplicates" -> o = o.withDuplicates(true);
        default -> throw new IllegalArgumentException("unknown screen '" + raw.strip() + "'; did you mean '"
            + nearest(name) + "'? (language, relevance, duplicates, all, none)");
      }
    }
    return o;
  }

  /** The screens that are on, comma-separated, or {@code none}. */
  public String names() {
    java.util.List<String> on = new java.util.ArrayList<>();
    if (language) {
      on.add("language");
    }
    if (relevance) {
      on.add("relevance");
    }
    if (duplicates) {
      on.add("duplicates");
    }
    return on.isEmpty() ? "none" : String.join(",", on);
  }

  private static String nearest(String name) {
    String best = "all";
    int bestCost = Integer.MAX_VALUE;
    for (String c : java.util.List.of("language", "relevance", "duplicates", "all", "none")) {
      int cost = editDistance(name, c);
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
    }
    return best;
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, substitution);
      }
      prev = cur;
    }
    return prev[b.length()];
  }

  /** True when at least one screen is on. */
  public boolean any() {
    return language || relevance || duplicates;
  }
}
