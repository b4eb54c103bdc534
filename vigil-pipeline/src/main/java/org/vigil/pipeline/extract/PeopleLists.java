package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * People listed one group after another before a count, which the parse often does not coordinate (headlines above
 * all): "Teen, 3 adults shot", "Three women, one man injured", "a 15-year-old girl, two women and a man were shot".
 * Read token by token; each member is one person or a counted group of people. Stateless.
 */
final class PeopleLists {
  private PeopleLists() {}

  /**
   * People listed before a count, separated by commas or "and", each one person or a counted group of people: "Teen"
   * in "Teen, 3 adults shot" (1), "Three women" in "Three women, one man injured" (3), "a 15-year-old girl, two
   * women" in "… and a man" (3). The list stops at the first member that is not people ("In Chicago, two men …").
   *
   * @param first the count's first token
   */
  static int listedBefore(Sentence s, int first) {
    List<Token> t = s.tokens();
    int listed = 0;
    int j = first - 1;
    while (j >= 0) {
      if (t.get(j).lower().equals("and")) {
        j--;
        if (j >= 0 && t.get(j).word().equals(",")) {
          j--;
        }
      } else if (t.get(j).word().equals(",")) {
        j--;
      } else {
        break;
      }
      int[] member = memberEndingAt(s, j);
      // not the object of a death ("kills 12-year-old, another wounded"): the dead are counted apart
      if (member == null || member[0] > 0 && t.get(member[0] - 1).isVerb()
          && FigureRules.DEAD.contains(t.get(member[0] - 1).lemma())) {
        break;
      }
      listed += member[1];
      j = member[0] - 1;
    }
    return listed;
  }

  /**
   * Counted groups of people listed right after a counted noun, separated by commas or "and":
   * "2 teens" in "killed 2 adults, 2 teens at a home" (2), as {how many, last token}; {0, noun} for none. The list
   * stops at the first member that is not people.
   *
   * @param noun the counted noun
   */
  static int[] listedAfter(Sentence s, int noun) {
    List<Token> t = s.tokens();
    int listed = 0;
    int last = noun;
    int j = noun + 1;
    while (j < t.size()) {
      if (t.get(j).word().equals(",")) {
        j++;
        if (j < t.size() && t.get(j).lower().equals("and")) {
          j++;
        }
      } else if (t.get(j).lower().equals("and")) {
        j++;
      } else {
        break;
      }
      int end = j;
      while (end < t.size() && !(t.get(end).isNoun() && PersonWords.counts(t.get(end).lemma())
          && !(end + 1 < t.size() && t.get(end + 1).isNoun()) || PersonWords.ageWord(t, end)
          && !(end + 1 < t.size() && t.get(end + 1).isNoun()))) {
        Token m = t.get(end);
        if (!(m.pos().equals("DT") || m.pos().equals("PRP$") || m.pos().startsWith("JJ") || m.pos().equals("CD")
            || m.word().equals("-") || m.isNoun()) || end > j + 6) {
          return new int[] {listed, last};
        }
        end++;
      }
      int[] member = end < t.size() ? memberEndingAt(s, end) : null;
      // counted groups only: one person after a count is most often an apposition ("two people, a man and a woman")
      if (member == null || member[0] < j || !t.get(member[0]).pos().equals("CD")) {
        break;
      }
      listed += member[1];
      last = end;
      j = end + 1;
    }
    return new int[] {listed, last};
  }

  /** People listed before the one named by {@code noun}: "10-year-old girl" in "10-year-old girl, teen shot" (1). */
  static int listedBeforeMember(Sentence s, int noun) {
    int[] member = memberEndingAt(s, noun);
    return member == null ? 0 : listedBefore(s, member[0]);
  }

  /** People words that name no one listed as a victim: "according to police, two men …". */
  private static final Set<String> NOT_LISTED = Set.of("police", "security", "personnel", "staff", "family");

  /**
   * The list member of people that ends at token {@code end}, as {start, how many}: "a 15-year-old girl" (1), "two
   * women" (2), "3 teenage daughters" (3), "John Smith" (1), "2-year-old" (1); null when it is no such member.
   */
  private static int[] memberEndingAt(Sentence s, int end) {
    List<Token> t = s.tokens();
    if (end < 0) {
      return null;
    }
    Token k = t.get(end);
    if (Lexicon.PERPETRATOR_NOUNS.contains(k.lemma()) || NOT_LISTED.contains(k.lemma())) {
      return null; // "according to police, two men …"
    }
    int start;
    if (k.ner().equals("PERSON") && k.pos().equals("NNP")) {
      start = end;
      while (start > 0 && t.get(start - 1).ner().equals("PERSON") && t.get(start - 1).pos().equals("NNP")) {
        start--;
      }
      return new int[] {start, 1};
    }
    if (PersonWords.ageWord(t, end)) {
      start = end - 4;
    } else if (k.isNoun() && PersonWords.counts(k.lemma())) {
      start = end;
    } else {
      return null;
    }
    // the member's modifiers: "a", "his", "teenage", "15-year-old"; a number before a plural counts the group
    while (start > 0) {
      Token m = t.get(start - 1);
      if (m.pos().equals("CD")) {
        NumberPhrase np = NumberPhrase.at(s, start - 1);
        return np == null || np.best() < 1 || np.best() > 100 ? null : new int[] {np.first(), np.best()};
      }
      if (FigureRules.DEAD.contains(m.lower()) || m.lower().equals("deceased")) {
        return null; // "two deceased victims and two injured subjects": the dead are counted apart
      }
      if (PersonWords.ageWord(t, start - 1)) {
        start -= 5;
      } else if (m.pos().equals("DT") || m.pos().equals("PRP$") || m.pos().startsWith("JJ")
          || m.pos().equals("NN") && PersonWords.counts(m.lemma())) {
        start--;
      } else {
        break;
      }
    }
    boolean plural = k.pos().equals("NNS") || k.pos().equals("NNPS");
    return plural ? null : new int[] {Math.max(0, start), 1};
  }
}
