package org.vigil.pipeline.clean;

import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Span;

/**
 * Joins paragraphs into the article text: whitespace runs become one space, each paragraph is trimmed, control and
 * invisible formatting characters are dropped, a space lost after a full stop is put back ("treatment.Police
 * say"), empty paragraphs are skipped, and paragraphs are separated by a blank line. Keeps the span of every
 * paragraph in the text and its offset in the source.
 */
final class TextAssembler {
  private final StringBuilder text = new StringBuilder();
  private final List<Span> spans = new ArrayList<>();
  private final List<Integer> offsets = new ArrayList<>();

  /** Adds a paragraph; returns false when nothing was left of it after normalisation. */
  boolean add(Block block) {
    String p = normalise(block.text());
    if (p.isEmpty()) {
      return false;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(p);
    spans.add(new Span(start, text.length()));
    offsets.add(block.sourceOffset());
    return true;
  }

  String text() {
    return text.toString();
  }

  List<Span> spans() {
    return spans;
  }

  List<Integer> offsets() {
    return offsets;
  }

  boolean isEmpty() {
    return spans.isEmpty();
  }

  /**
   * Collapses whitespace runs to one space, trims, drops controls and zero-width characters, and puts back a space
   * lost after a full stop.
   */
  static String normalise(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = sb.length() > 0;
      } else if (isInvisible(c)) {
        continue;
      } else {
        if (pendingSpace || lostSentenceBreak(sb, c, s, i)) {
          sb.append(' ');
          pendingSpace = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Whether a sentence starts right after a full stop with its space lost ("… treatment.Police say", pages that
   * joined two paragraphs): a word with a capital ("Police", "A") after a full stop that ends a word of small
   * letters. Not "St.Louis", "U.S.A." or "WRAL.com".
   */
  private static boolean lostSentenceBreak(StringBuilder sb, char c, CharSequence s, int i) {
    int n = sb.length();
    boolean word = i + 1 < s.length() && (Character.isLowerCase(s.charAt(i + 1))
        || (c == 'A' || c == 'I') && s.charAt(i + 1) == ' '); // "injured.A third suspect"
    return Character.isUpperCase(c) && word && n >= 3
        && sb.charAt(n - 1) == '.' && Character.isLowerCase(sb.charAt(n - 2))
        && Character.isLowerCase(sb.charAt(n - 3));
  }

  /** Java whitespace plus the no-break spaces, which pages use as ordinary spaces. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  /**
   * Controls, soft hyphens, zero-width spaces, word joiners, BOMs and direction marks: they carry no text and split
   * words for later stages. Zero-width (non-)joiners are kept, since they change how Persian and Indic words read.
   */
  static boolean isInvisible(char c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\u00AD' || c == '\u200B' || c == '\u2060'
        || c == '\uFEFF' || c == '\u200E' || c == '\u200F';
  }

  /** True when {@code s} has no visible character. */
  static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c) && !isInvisible(c)) {
        return false;
      }
    }
    return true;
  }
}
