package org.vigil.pipeline.annotate;

import java.util.List;
import org.vigil.model.Span;

/**
 * The dateline that opens many wire reports ("SAN SALVADOR, 3 JAN 90 --", "KABUL (Reuters) -", "Nairobi: …"):
 * where and when the report was filed, which is not necessarily where and when the incident happened. Pages often
 * carry a few lines of site furniture before it, so it is looked for at the start of any of the first paragraphs.
 */
public final class Dateline {
  /** How many sentences from the top a dateline may start. */
  private static final int SEARCH = 8;

  /**
   * A dateline found.
   *
   * @param sentence the sentence it opens
   * @param end the index of the dash or colon that closes it
   */
  public record Found(int sentence, int end) {}

  private Dateline() {}

  /** The article's dateline, or null when no paragraph near the top opens with one. */
  public static Found find(Annotated doc) {
    List<Span> paragraphs = doc.article().paragraphs();
    for (Sentence s : doc.sentences()) {
      if (s.index() >= SEARCH) {
        break;
      }
      boolean opensParagraph = s.index() == 0 || paragraphs.stream().anyMatch(p -> p.start() == s.span().start());
      if (!opensParagraph) {
        continue;
      }
      int end = end(s);
      if (end > 0) {
        return new Found(s.index(), end);
      }
    }
    return null;
  }

  /** The index of the dash or colon closing a dateline at the start of {@code s}, or -1. */
  static int end(Sentence s) {
    List<Token> t = s.tokens();
    if (t.isEmpty() || !(t.get(0).isProperNoun() || t.get(0).ner().equals("LOCATION"))) {
      return -1;
    }
    for (int i = 1; i < Math.min(t.size() - 1, 14); i++) {
      String w = t.get(i).word();
      if (w.equals("--") || w.equals("-") || w.equals("\u2014") || w.equals("\u2013") || w.equals(":")) {
        return i;
      }
      if (t.get(i).isVerb()) {
        return -1;
      }
    }
    return -1;
  }
}
