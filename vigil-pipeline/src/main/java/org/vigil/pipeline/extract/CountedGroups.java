package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.PersonWords.oneVictim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        && !k.pos().equals("NNPS") || !PersonWords.counts(k.lemma())
        || Lexicon.PERPETRATOR_NOUNS.contains(k.lemma())) {
      return 0;
    }
    for (int c : s.children(member, "nummod")) {
      NumberPhrase np = NumberPhrase.at(s, c);
      if (np != null && !PersonWords.ageWord(t, Math.min(t.size() - 1, c + 4)) && np.best() >= 1
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

  /**
   * People named one by one beside a counted noun in a coordination, each without a count of its own: "a woman" in
   * "a woman and two other men", "a 16-year-old boy" in "two men and a 16-year-old boy", "he" in "he and three
   * others".
   *
   * @param first the coordination's first noun
   * @param counted the counted noun, which is the first or one of its conjuncts
   */
  static int namedBeside(Sentence s, int first, int counted) {
    List<Token> t = s.tokens();
    List<Integer> members = new ArrayList<>();
    members.add(first);
    members.addAll(s.children(first, "conj"));
    members.removeIf(m -> Unborn.named(s, m)); // "Five adults and an unborn child were killed": five
    int extra = 0;
    for (int m : members) {
      if (m == counted) {
        continue;
      }
      Token k = t.get(m);
      boolean singular = oneVictim(s, m);
      boolean person = k.ner().equals("PERSON") && k.pos().equals("NNP")
          || Set.of("he", "she", "him", "her").contains(k.lower()); // "he and three others were shot"
      int group = singular || person ? 1 : CountedGroups.size(s, m, first); // "Two officers and three others"
      if (group == 0) {
        return 0; // a member that is not people ("police and two bystanders"): leave the count alone
      }
      extra += group;
    }
    return extra;
  }

  /**
   * "two other men were also shot": people shot besides those already counted (the dead). "Other" beside people
   * named in the same coordination sets them apart from those, not from the dead ("a 13-year-old boy and six other
   * people were shot": seven shot); so do "others" counted alone ("11 others were shot", "shot two others").
   */
  static boolean beyondTheDead(Sentence s, int v, int noun, int namedBeside) {
    List<Token> t = s.tokens();
    return s.hasChild(v, "advmod", "also")
        || namedBeside == 0 && noun >= 0
            && (s.hasChild(noun, "amod", "other")
                || t.get(noun).lower().equals("others"));
  }
}
