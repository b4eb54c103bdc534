package org.vigil.pipeline.extract;

import java.util.Set;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.resolve.time.DateResolver;

/**
 * The word of a sentence's parse that a time expression dates: the word outside the expression it hangs on, or, for a
 * day hung on a clock time ("shot … about 4 p.m. Saturday"), the word the clock time hangs on.
 *
 * <p>Stateless and thread-safe.
 */
final class DatedWords {
  private DatedWords() {}

  /** The word outside the expression that the first of its attached words hangs on, or -1 (unparsed, root). */
  static int externalHead(Sentence s, DateResolver.Expression e) {
    for (int i = e.first(); i <= e.last(); i++) {
      int h = s.head(i);
      if (h >= 0 && (h < e.first() || h > e.last())) {
        return h;
      }
    }
    return rootedClause(s, e);
  }

  /**
   * "At about 1:16pm, on Wednesday, June 8, 2016, officers from District B-2 (Roxbury) responded to a call for a
   * person or persons shot" (#1420 of GVA dev): the parser made the fronted day the sentence's root and hung the
   * clause's verb on it, told after it; the day dates that verb. Else -1.
   */
  private static int rootedClause(Sentence s, DateResolver.Expression e) {
    for (int i = e.first(); i <= e.last(); i++) {
      if (s.head(i) < 0 && "root".equals(s.relation(i))) {
        for (int c : s.children(i, "parataxis")) {
          if (c > e.last() && s.tokens().get(c).isVerb()) {
            return c;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /**
   * The word a time expression dates: its external head, or for a day hung on a clock time ("shot … about 4 p.m.
   * Saturday") the word the clock time hangs on.
   */
  static int datedWord(Sentence s, DateResolver.Expression e) {
    return pastClock(s, externalHead(s, e));
  }

  /**
   * The word a clock time hangs on, for a word of a clock time ("about 4 p.m."), past the words that place the day
   * around it ("which occurred just before 2 a.m. Aug. 29", parsed as "a.m." under "before" under "just"); else the
   * word itself.
   */
  static int pastClock(Sentence s, int h) {
    boolean clock = false;
    for (int steps = 0; h >= 0 && steps < 5; steps++) {
      Token k = s.tokens().get(h);
      if (clock(k)) {
        clock = true;
      } else if (!clock || !AROUND.contains(k.lower())) {
        break;
      }
      h = s.head(h);
    }
    return h;
  }

  /** Words that place a clock time around another ("just before 2 a.m.", "shortly after midnight"). */
  private static final Set<String> AROUND = Set.of("before", "after", "around", "about", "just", "shortly",
      "approximately", "roughly", "nearly");

  /** A word of a clock time: "p.m.", "noon", or a token tagged TIME. */
  private static boolean clock(Token k) {
    return k.ner().equals("TIME") || CLOCK_WORDS.contains(k.lower());
  }

  private static final Set<String> CLOCK_WORDS = Set.of("a.m.", "p.m.", "am", "pm", "noon", "midnight");
}
