package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.pipeline.annotate.Token;

/**
 * Numbers the tagger reads as cardinals that are no count of anything: part of a name written with a hyphen ("a
 * K-9 officer", "an AR-15", "I-95"), a clock time ("wounded at about 10 p.m."), or a span of time glued to its
 * number that qualifies a noun ("a 16-year girl", "a 14-year old girl", "a 20-year sentence"). The tagger tags all of
 * them CD and, with SUTime off, the NER does not tag the times (GVA dev: "Wounded K-9 officer" read as nine hurt,
 * "left a 60-year-old man and 17-year-old boy wounded at about 10 p.m." as ten, "shot and wounded a 16-year girl"
 * as sixteen). The ages of a list ("left four other teens — ages 14, 16, 17 and 18 — injured", GVA dev, Session 17:
 * read as 18 hurt, not four) are no count either. Stateless.
 */
final class NotACount {
  private NotACount() {}

  /** Words after a number that make it a time of day. */
  private static final Set<String> CLOCK = Set.of("a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock");
  /** Units of time a number is glued to by a hyphen ("16-year"). */
  private static final Pattern TIME_UNIT = Pattern.compile("(year|month|week|day|hour|minute)s?");

  /**
   * Whether the number at token {@code i} is no count: glued by a hyphen to a word before it ("K-9"), followed by a
   * clock word ("10 p.m."), or glued by a hyphen to a unit of time that no "-old" follows ("16-year girl"; the ages
   * "16-year-old" are read as persons by {@link PersonWords#age} and are left as they were).
   */
  static boolean at(List<Token> t, int i) {
    Token n = t.get(i);
    if (i >= 2 && glued(t.get(i - 1), n) && glued(t.get(i - 2), t.get(i - 1)) && t.get(i - 1).word().equals("-")
        && t.get(i - 2).word().chars().allMatch(Character::isLetter) && NumberPhrase.parse(t.get(i - 2)) == null) {
      return true;
    }
    if (i + 1 < t.size() && CLOCK.contains(t.get(i + 1).lower())) {
      return true;
    }
    if (anAge(t, i)) {
      return true;
    }
    return i + 2 < t.size() && t.get(i + 1).word().equals("-") && glued(n, t.get(i + 1))
        && glued(t.get(i + 1), t.get(i + 2)) && TIME_UNIT.matcher(t.get(i + 2).lower()).matches()
        && !(i + 4 < t.size() && t.get(i + 3).word().equals("-") && t.get(i + 4).lower().startsWith("old"));
  }

  /** The words that open a list of ages: "ages 14, 16, 17 and 18", "aged 15 to 19", "age 14". */
  private static final Set<String> AGES = Set.of("ages", "aged", "age");
  /** The words that join the ages of a list. */
  private static final Set<String> AGE_JOINS = Set.of(",", "and", "to", "-", "through");

  /**
   * Whether the number at token {@code i} is one of the ages a list opened by "ages" tells, walking back over it; not a
   * number a noun follows, which counts it ("aged 16, two others were hurt").
   */
  private static boolean anAge(List<Token> t, int i) {
    if (i + 1 < t.size() && t.get(i + 1).isNoun()) {
      return false;
    }
    for (int k = i - 1; k >= 0; k--) {
      Token w = t.get(k);
      if (AGES.contains(w.lower())) {
        return true;
      }
      if (!AGE_JOINS.contains(w.lower()) && NumberPhrase.parse(w) == null) {
        return false;
      }
    }
    return false;
  }

  /** The marks that set a list of ages apart: "teens — ages 14, 16, 17 and 18 — injured", "(ages 3 and 5)". */
  private static final Set<String> ASIDE_MARKS = Set.of(",", "-", "--", "\u2014", "\u2013", "(", ")", "-LRB-",
      "-RRB-");

  /**
   * Where a list of ages set apart at token {@code j} ends (the token after it and its closing mark), or {@code j}
   * when none opens there: a count read past the list to its state ("four other teens — ages 14, 16, 17 and 18 —
   * injured").
   */
  static int pastAges(List<Token> t, int j) {
    int k = j < t.size() && ASIDE_MARKS.contains(t.get(j).word()) ? j + 1 : j;
    if (k >= t.size() || !AGES.contains(t.get(k).lower())) {
      return j;
    }
    int first = ++k;
    while (k < t.size() && (AGE_JOINS.contains(t.get(k).lower()) || NumberPhrase.parse(t.get(k)) != null)) {
      k++;
    }
    if (k == first) {
      return j;
    }
    return k < t.size() && ASIDE_MARKS.contains(t.get(k).word()) ? k + 1 : k;
  }

  /** Whether two tokens touch, with no space between them. */
  private static boolean glued(Token a, Token b) {
    return a.end() == b.begin();
  }
}
