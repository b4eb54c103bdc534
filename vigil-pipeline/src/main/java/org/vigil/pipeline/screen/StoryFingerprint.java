package org.vigil.pipeline.screen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What identifies a story across outlets: the SHA-256 of its normalised words (exact copies, whatever the spacing,
 * case and punctuation) and a MinHash signature of its word 5-shingles (near copies: a wire story with another
 * headline, a trimmed paragraph, a footer). Two signatures agree in about the share of their hashes that equals the
 * Jaccard similarity of the two shingle sets (Broder 1997). For look-up the signature is cut into {@link #BANDS}
 * bands of {@link #ROWS} hashes; texts that share a band key are candidates (locality-sensitive hashing): a pair at
 * similarity 0.5 shares a band with probability 1 − (1 − 0.5²)³² ≈ 0.9999, and the candidates are then compared
 * on the whole signature.
 *
 * @param exactKey hex SHA-256 of the text's lower-cased words joined by single spaces (headline first for a short text)
 * @param minHashes {@link #HASHES} minimum hashes; empty when the text has fewer than {@link #MIN_WORDS} words
 *     (too short to compare other than exactly)
 */
public record StoryFingerprint(String exactKey, long[] minHashes) {
  /** Words per shingle. */
  public static final int SHINGLE = 5;
  /** Hash functions of the signature. */
  public static final int HASHES = 64;
  /** LSH bands, of {@link #ROWS} hashes each. */
  public static final int BANDS = 32;
  public static final int ROWS = HASHES / BANDS;
  /**
   * Texts with fewer words than this are compared exactly only, and their headline is part of the exact key: a short
   * text is as often a paywall or sign-in notice that many different stories share as a story of its own.
   */
  public static final int MIN_WORDS = 150;

  private static final long[] SEEDS = seeds();

  public StoryFingerprint {
    java.util.Objects.requireNonNull(exactKey);
    if (minHashes.length != 0 && minHashes.length != HASHES) {
      throw new IllegalArgumentException("a signature has " + HASHES + " hashes, not " + minHashes.length);
    }
    minHashes = minHashes.clone();
  }

  /** The fingerprint of a text with its headline (which may be null; it counts only for short texts). */
  public static StoryFingerprint of(String title, String text) {
    List<String> words = words(text);
    if (words.size() < MIN_WORDS) {
      String head = title == null ? "" : String.join(" ", words(title));
      return new StoryFingerprint(sha256(head + "\n" + String.join(" ", words)), new long[0]);
    }
    String exact = sha256(String.join(" ", words));
    int shingles = words.size() - SHINGLE + 1;
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = mix(words.get(i).hashCode() * 0x9E3779B97F4A7C15L + words.get(i).length());
    }
    long[] mins = new long[HASHES];
    Arrays.fill(mins, Long.MAX_VALUE);
    for (int s = 0; s < shingles; s++) {
      long h = 0;
      for (int k = 0; k < SHINGLE; k++) {
        h = mix(h * 31 + wordHashes[s + k]);
      }
      for (int i = 0; i < HASHES; i++) {
        long v = mix(h ^ SEEDS[i]);
        if (v < mins[i]) {
          mins[i] = v;
        }
      }
    }
    return new StoryFingerprint(exact, mins);
  }

  /** True when the text was long enough for a signature. */
  public boolean comparable() {
    return minHashes.length == HASHES;
  }

  /** The signature's hashes (a copy). */
  @Override
  public long[] minHashes() {
    return minHashes.clone();
  }

  /** The estimated Jaccard similarity of the two texts' shingle sets, 1 for exact copies, 0 if not comparable. */
  public double similarity(StoryFingerprint other) {
    if (exactKey.equals(other.exactKey)) {
      return 1;
    }
    if (!comparable() || !other.comparable()) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (minHashes[i] == other.minHashes[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** One key per band (the band's number is part of it), for candidate look-up; empty if not comparable. */
  public long[] bandKeys() {
    if (!comparable()) {
      return new long[0];
    }
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = mix(b + 1L);
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + minHashes[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The signature as hex, 16 digits per hash (for storage); empty if not comparable. */
  public String signatureHex() {
    StringBuilder sb = new StringBuilder(minHashes.length * 16);
    for (long h : minHashes) {
      sb.append(HexFormat.of().toHexDigits(h));
    }
    return sb.toString();
  }

  /** The fingerprint back from {@link #exactKey} and {@link #signatureHex}. */
  public static StoryFingerprint fromHex(String exactKey, String signatureHex) {
    long[] mins = new long[signatureHex.length() / 16];
    for (int i = 0; i < mins.length; i++) {
      mins[i] = HexFormat.fromHexDigitsToLong(signatureHex, i * 16, i * 16 + 16);
    }
    return new StoryFingerprint(exactKey, mins);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoryFingerprint f && f.exactKey.equals(exactKey) && Arrays.equals(f.minHashes, minHashes);
  }

  @Override
  public int hashCode() {
    return exactKey.hashCode();
  }

  @Override
  public String toString() {
    return "StoryFingerprint[" + exactKey.substring(0, 12) + "…, " + minHashes.length + " hashes]";
  }

  /** Lower-cased runs of letters and digits. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        int start = i;
        while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }

  /** SplitMix64's finaliser: a cheap, well-spread 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[HASHES];
    long x = 0x5EED_0F_7165L;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x);
    }
    return s;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
