package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * One of those counted hurt who has since died is one of the dead, not one of the hurt: "According to the … Police
 * Department, one of the victims in Thursday's shooting that sent five people to the hospital has died" (GVA dev:
 * one dead, four hurt; we read five hurt), a headline's "One of two girls, 7 and 5, critically shot Wednesday has died"
 * beside "two young children were critically wounded" (one dead, one hurt; we read two). The death is told of "one
 * of" a group, and the group is the count's: the same number ("One of five victims … dies" beside "five"), or, with
 * no number, the count told in the same sentence. A death told apart from the count ("Nine wounded … One of those
 * patients died" two sentences on) is left alone: GVA as often keeps such a count as it was first told (Session 16,
 * hurt16b). Session 17, hurt17b. Stateless.
 */
final class OneOfThemDied {
  private OneOfThemDied() {}

  /** The rule of a count of the hurt less the one of them told dead. */
  static final String RULE = "hurt-minus-one-died";

  /** Words that tell the one of the group died: "has died", "dies", "succumbed". */
  private static final Set<String> DIED = Set.of("died", "dies", "succumbed");

  /** Words before the group that name it again: "one of the victims", "one of those people". */
  private static final Set<String> DETERMINERS = Set.of("the", "those", "these");

  /** How many tokens after the group the death may be told ("… critically shot Wednesday has died"). */
  private static final int REACH = 20;

  /**
   * The count of the hurt less one when one of its group is told dead, and someone is counted dead; else
   * {@code injured} (which may be null). Only a count in words of harm or care ({@link NotByGunfire#HURT_RULES}):
   * a count of everyone shot has the dead taken out already.
   *
   * @param sentences the incident's sentences, in text order
   * @param injured the incident's count of the hurt, or null
   * @param killed the incident's count of the dead, or null
   */
  static Figure less(List<Sentence> sentences, Figure injured, Figure killed) {
    if (injured == null || killed == null || killed.best() < 1 || injured.best() < 2
        || !NotByGunfire.HURT_RULES.contains(injured.rule())) {
      return injured;
    }
    for (Sentence s : sentences) {
      boolean countHere = s.span().equals(injured.evidence().sentence());
      if (oneOfDied(s.tokens(), injured.best(), countHere)) {
        return IncidentFigures.shifted(injured, -1, injured.phrase() + " - 1", RULE);
      }
    }
    return injured;
  }

  /**
   * Whether the sentence tells "one of [the] [N] … PEOPLE … died", its group the count's: N equal to {@code count},
   * or no number and {@code countHere}, the count told in this sentence.
   */
  private static boolean oneOfDied(List<Token> t, int count, boolean countHere) {
    for (int i = 0; i + 2 < t.size(); i++) {
      if (!t.get(i).lower().equals("one") || !t.get(i + 1).lower().equals("of")) {
        continue;
      }
      int k = i + 2;
      if (DETERMINERS.contains(t.get(k).lower())) {
        k++;
      }
      Integer n = k < t.size() ? NumberPhrase.parse(t.get(k)) : null;
      if (n != null) {
        k++;
      }
      // the group's noun, at most two words on ("one of the five shooting victims")
      int noun = -1;
      for (int j = k; j < Math.min(t.size(), k + 3); j++) {
        if (t.get(j).pos().equals("NNS")) {
          noun = j;
          break;
        }
      }
      if (noun < 0 || (n == null ? !countHere : n != count)) {
        continue;
      }
      for (int j = noun + 1; j < Math.min(t.size(), noun + REACH); j++) {
        if (DIED.contains(t.get(j).lower())) {
          return true;
        }
      }
    }
    return false;
  }
}
