package org.vigil.pipeline.clean;

/**
 * Options of the {@link Cleaner}.
 *
 * @param maxInputBytes inputs with more bytes than this are rejected as {@code too-large} before anything is decoded
 * @param maxNestingDepth deepest HTML element nesting the parser builds; deeper elements are attached at this depth
 *     (they are kept, not dropped), so pathological pages cannot exhaust the stack
 * @param windows1252Fallback when the bytes are assumed or declared UTF-8 but are not valid UTF-8, decode them as
 *     windows-1252 if they look like legacy single-byte text (see {@link Cleaner}); when false such input is rejected
 */
public record CleanerOptions(long maxInputBytes, int maxNestingDepth, boolean windows1252Fallback) {
  /** 20 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 20L * 1024 * 1024;

  /** Deep enough for every real page seen so far (they rarely exceed 60), shallow enough for a small stack. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 512;

  public CleanerOptions {
    if (maxInputBytes <= 0) {
      throw new IllegalArgumentException("maxInputBytes must be positive, got " + maxInputBytes);
    }
    if (maxNestingDepth < 16) {
      throw new IllegalArgumentException("maxNestingDepth must be at least 16, got " + maxNestingDepth);
    }
  }

  /** 20 MiB input limit, nesting depth 512, windows-1252 fallback on. */
  public static CleanerOptions defaults() {
    return new CleanerOptions(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NESTING_DEPTH, true);
  }

  public CleanerOptions withMaxInputBytes(long value) {
    return new CleanerOptions(value, maxNestingDepth, windows1252Fallback);
  }

  public CleanerOptions withMaxNestingDepth(int value) {
    return new CleanerOptions(maxInputBytes, value, windows1252Fallback);
  }

  public CleanerOptions withWindows1252Fallback(boolean value) {
    return new CleanerOptions(maxInputBytes, maxNestingDepth, value);
  }
}
