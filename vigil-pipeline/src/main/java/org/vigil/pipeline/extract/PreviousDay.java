package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.resolve.time.DateResolver;

/**
 * "The day before", "the night before", "the previous night", "a day earlier": a day counted back from a day the
 * sentence names, which CoreNLP does not tag. Told after the named day of the event ("on Thursday after … five people
 * were shot the day before"), or told of the event before a named day that is not the event's, as a caption's photo
 * day is ("… during a drive-by shooting the previous night, on East Houston Street on Thursday, Sept. 1, 2016", #1839
 * of GVA dev): either way the event fell on the day before the named one.
 *
 * <p>Stateless and thread-safe.
 */
final class PreviousDay {
  private PreviousDay() {}

  /**
   * The token of the part of the day ("night") of a phrase counting a day back that starts at {@code i} ("the night
   * before", "a day earlier", "the previous evening"), or -1.
   */
  static int phraseAt(List<Token> t, int i) {
    if (i + 2 >= t.size()) {
      return -1;
    }
    String a = t.get(i).lower();
    String b = t.get(i + 1).lower();
    String c = t.get(i + 2).lower();
    if ((a.equals("the") || a.equals("a")) && PARTS_OF_DAY.contains(b) && BACK.contains(c)) {
      return i + 1;
    }
    return a.equals("the") && b.equals("previous") && PARTS_OF_DAY.contains(c) ? i + 2 : -1;
  }

  /**
   * Whether the words from {@code from} up to the named day {@code e} count a day back of the event: the phrase hangs
   * on a word of the event or follows one ("a drive-by shooting the previous night"), and the named
   * day itself is not the event's ({@code dayOfEvent} false: "was shot the night before, on Thursday" names the night
   * it counts back to).
   */
  static boolean beforeNamedDay(Sentence s, int from, DateResolver.Expression e, List<Mention> triggers,
      boolean dayOfEvent) {
    if (dayOfEvent) {
      return false;
    }
    List<Token> t = s.tokens();
    for (int i = Math.max(0, from); i < e.first(); i++) {
      int noun = phraseAt(t, i);
      if (noun < 0 || noun >= e.first()) {
        continue;
      }
      int h = DatedWords.datedWord(s, new DateResolver.Expression(i, noun, "previous"));
      return h >= 0 && EventWords.event(s, h, triggers) || i > 0 && EventWords.event(s, i - 1, triggers);
    }
    return false;
  }

  /**
   * Whether the words from {@code from} to {@code until}, after a named day, say "the day before", "the night
   * before", "the previous night" or "a day earlier" of the event ("were shot the day before", "after being shot …
   * at around 8:30 p.m. the night before").
   */
  static boolean afterNamedDay(Sentence s, int from, int until, List<Mention> triggers) {
    for (int i = from; i + 2 < until; i++) {
      int noun = phraseAt(s.tokens(), i);
      if (noun < 0) {
        continue;
      }
      int h = DatedWords.pastClock(s, s.head(noun));
      return h >= 0 && EventWords.event(s, h, triggers);
    }
    return false;
  }

  private static final Set<String> PARTS_OF_DAY = Set.of("day", "night", "evening");
  private static final Set<String> BACK = Set.of("before", "earlier");
}
