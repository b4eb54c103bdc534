package org.vigil.pipeline.annotate;

import java.util.List;

/**
 * The dateline that opens many wire reports ("SAN SALVADOR, 3 JAN 90 --", "KABUL (Reuters) -"): where and when the
 * report was filed, which is not necessarily where and when the incident happened.
 */
public final class Dateline {
  private Dateline() {}

  /**
   * The index of the dash that closes the dateline in the article's first sentence, or -1 when the article does not
   * open with one. A dateline is at most twelve tokens of names, numbers, commas and a bracketed agency before a dash.
   */
  public static int end(Annotated doc) {
    if (doc.sentences().isEmpty()) {
      return -1;
    }
    List<Token> t = doc.sentences().get(0).tokens();
    for (int i = 1; i < Math.min(t.size(), 14); i++) {
      String w = t.get(i).word();
      if (w.equals("--") || w.equals("-") || w.equals("\u2014") || w.equals("\u2013")) {
        return t.get(0).isProperNoun() || t.get(0).ner().equals("LOCATION") ? i : -1;
      }
      if (t.get(i).isVerb()) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether token {@code token} of sentence {@code sentence} lies inside the dateline. */
  public static boolean contains(Annotated doc, int sentence, int token) {
    return sentence == 0 && token < end(doc);
  }
}
