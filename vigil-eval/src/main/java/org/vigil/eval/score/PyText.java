package org.vigil.eval.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * String operations with the semantics of Python 3's {@code str} methods and {@code re} classes, so that the Java
 * scorers normalise text exactly as the reference scorers in {@code shared/eval} do.
 *
 * <p>Python's whitespace ({@code str.isspace}, {@code \s}, {@code split()}, {@code strip()}) is wider than Java's
 * {@link Character#isWhitespace}: it includes the no-break spaces, U+0085 and the information separators U+001C–1F.
 * Python's {@code \w} is a letter, a number or an underscore; Java's Unicode {@code \w} also admits combining marks,
 * which Python does not. Stateless; all methods are thread-safe.
 */
public final class PyText {
  /** Python's {@code \w} as a Java character class (letters, numbers, underscore). */
  public static final String WORD_CLASS = "[\\p{L}\\p{N}_]";
  /** Python's {@code \s} as a Java character class. */
  public static final String SPACE_CLASS = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F\\x85\\p{Z}]";
  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private PyText() {}

  /** {@code str.isspace()} for one code point. */
  public static boolean isSpace(int cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F) || cp == 0x85
        || Character.isSpaceChar(cp);
  }

  /** {@code str.isalnum() or ch == '_'}: a character of Python's {@code \w}. */
  public static boolean isWordChar(int cp) {
    return cp == '_' || Character.isLetter(cp) || Character.isDigit(cp)
        || Character.getType(cp) == Character.LETTER_NUMBER || Character.getType(cp) == Character.OTHER_NUMBER;
  }

  /** {@code c in string.punctuation}. */
  public static boolean isAsciiPunctuation(int cp) {
    return cp < 128 && ASCII_PUNCTUATION.indexOf(cp) >= 0;
  }

  /** {@code s.lower()}. */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** {@code s.split()}: the runs of non-whitespace. */
  public static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && isSpace(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      int start = i;
      while (i < n && !isSpace(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      if (i > start) {
        out.add(s.substring(start, i));
      }
    }
    return out;
  }

  /** {@code ' '.join(s.split())}: whitespace runs collapsed to one space, none at either end. */
  public static String collapseSpace(String s) {
    return String.join(" ", split(s));
  }

  /** {@code s.strip()}. */
  public static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** {@code re.findall(r'\w+', s)}. */
  public static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && isWordChar(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      out.add(s.substring(start, i));
    }
    return out;
  }

  /** A regular expression compiled once; exposed for the scorers that need Python's {@code \b}. */
  static Pattern wordBounded(String alternatives) {
    return Pattern.compile("(?<!" + WORD_CLASS + ")(?:" + alternatives + ")(?!" + WORD_CLASS + ")");
  }
}
