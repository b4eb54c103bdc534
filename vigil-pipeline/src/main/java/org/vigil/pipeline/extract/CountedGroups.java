package org.vigil.pipeline.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * How counted groups of people told in one sentence relate to each other: groups coordinated in one subject add up
 * ("Two police officers and three others … were wounded": five), and a bare number told after a group of the same
 * harm is a part of it ("Four people were shot and two were seriously injured": the two are among the four). Both
 * from GVA dev, where the first gave two and the second six. Stateless.
 */
final class CountedGroups {
  private CountedGroups() {}

  /**
   * The size of the counted group of people at {@code member}, a conjunct of the subject {@code first} of a verb
   * that follows it ("three others" in "Two police officers and three others also were wounded"), or 0 when it is
   * no such group: not people, perpetrators, an age ("a 16-year-old"), or told after the verb (an object's
   * conjuncts, "killed two men and three women", may be counted again on their own and added up there).
   */
  static int size(Sentence s, int member, int first) {
    List<Token> t = s.tokens();
    Token k = t.get(member);
    String rel = s.relation(first);
    if (rel == null || !rel.startsWith("nsubj") || member > s.head(first) || !k.pos().startsWith("NNS")
        && !k.pos().equals("NNPS") || !FigureRules.counts(k.lemma())
        || Lexicon.PERPETRATOR_NOUNS.contains(k.lemma())) {
      return 0;
    }
    for (int c : s.children(member, "nummod")) {
      NumberPhrase np = NumberPhrase.at(s, c);
      if (np != null && !FigureRules.ageWord(t, Math.min(t.size() - 1, c + 4)) && np.best() >= 1
          && np.best() <= 100) {
        return np.best();
      }
    }
    return 0;
  }

  /**
   * Whether an injured count told after another of the hurt in the same sentence is a part of it: a bare number
   * with no noun, right before its verb ("… and two were seriously injured", "… and three are in the hospital"),
   * which refers back to the people just counted. Only for the hurt: "… and two died later" adds to the dead.
   */
  static boolean partOfEarlier(Sentence s, NumberPhrase np, FigureKind kind) {
    List<Token> t = s.tokens();
    int next = np.last() + 1;
    return kind == FigureKind.INJURED && next < t.size() && (t.get(next).isVerb() || t.get(next).pos().equals("MD"));
  }

  /** A group told in parts: "two of the victims were in critical condition and two suffered minor injuries". */
  private static final Pattern IN_PARTS = Pattern.compile("(?i)\\b(?:one|two|three|four|five|six|seven|eight|nine"
      + "|ten|\\d+)\\s+of\\s+(?:the|those|them)\\b[^.]{0,80}\\b(?:and|while)\\s+(?:the\\s+other\\s+)?(?:one|two|three"
      + "|four|five|six|seven|eight|nine|ten|\\d+|another|others?)\\b");

  /**
   * Whether a count of the hurt is a part of everyone counted shot in an earlier sentence ({@code shot}, a
   * {@link FigureRules#SHOT_TOTAL}), told with the rest of them: "Four people, including an 11-year-old boy, were shot
   * … two of the victims were in critical condition and two suffered minor injuries" (four hurt, not the two who
   * suffered; Session 15, hurt15a, GVA dev). Such a part does not take the place of the whole.
   */
  static boolean partOfShot(String text, Figure shot, Figure part) {
    return shot.rule().equals(FigureRules.SHOT_TOTAL) && part.kind() == FigureKind.INJURED
        && part.best() < shot.best() && !part.evidence().sentence().equals(shot.evidence().sentence())
        && IN_PARTS.matcher(part.evidence().sentence().of(text)).find();
  }
}
