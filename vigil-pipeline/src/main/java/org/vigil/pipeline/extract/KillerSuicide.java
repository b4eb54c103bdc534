package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.FigureRules.SINGULAR;

import java.util.List;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.extract.FigureRules.Found;

/**
 * A killer's own death by his hand, counted as one perpetrator killed ({@link #suicide}), for {@link FigureRules}
 * when a sentence's numbers give no perpetrator killed. Stateless.
 */
final class KillerSuicide {
  private KillerSuicide() {}

  /**
   * A killer who killed himself: "the gunman then killed himself", "turned the gun on herself", "took his own life",
   * "a murder-suicide" (one perpetrator dead, whoever the sentence names).
   */
  static Found suicide(String text, Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).lower();
      boolean murderSuicide = w.equals("murder-suicide") || w.equals("suicide") && i >= 2
          && t.get(i - 1).word().equals("-") && t.get(i - 2).lower().equals("murder");
      murderSuicide &= !UnrealHarm.before(t, i, 3); // "attempted murder-suicide" (GVA dev): he lives
      boolean self = REFLEXIVES.contains(w);
      // "killed himself", "killing 2, then himself", "killed his daughter and then himself"
      boolean killedSelf = self && i >= 1 && (t.get(i - 1).lemma().equals("kill")
          || t.get(i - 1).lower().equals("then") && t.subList(0, i).stream().anyMatch(k -> k.lemma().equals("kill")));
      boolean gunOnSelf = self && i >= 3 && t.get(i - 1).lower().equals("on") && t.get(i - 2).lemma().equals("gun")
          && Set.of("the", "a").contains(t.get(i - 3).lower());
      boolean ownLife = w.equals("life") && i >= 3 && t.get(i - 1).lower().equals("own")
          && Set.of("his", "her").contains(t.get(i - 2).lower()) && t.get(i - 3).lemma().equals("take");
      // "four people dead in a murder-suicide": the dead counted there include the killer
      if (murderSuicide && !namesDeaths(t) || (killedSelf || gunOnSelf || ownLife) && killedOthers(t, i)) {
        Figure f = new Figure(FigureKind.PERPETRATORS_KILLED, 1, 1, 1, org.vigil.model.Qualifier.EXACT, "1",
            SINGULAR, Phrases.evidence(text, s, Math.max(0, i - 3), i));
        return new Found(f, false);
      }
    }
    return null;
  }

  static final Set<String> REFLEXIVES = Set.of("himself", "herself");
  private static final Set<String> DEATH_WORDS = Set.of("dead", "killed", "died", "deaths", "slain");
  private static final Set<String> HARM_LEMMAS = Set.of("kill", "shoot", "murder", "stab");
  /**
   * Words after a harm verb that give it no object of its own: "shot and killed himself", "shot to death", "shoots,
   * kills himself".
   */
  private static final Set<String> NO_OBJECT = Set.of("and", "himself", "herself", "dead", "to", ",");

  /** Whether the sentence counts dead with a word of its own ("dead", "killed", "died", "deaths", "slain"). */
  private static boolean namesDeaths(List<Token> t) {
    return t.stream().anyMatch(k -> DEATH_WORDS.contains(k.lower()));
  }

  /**
   * Whether the one who killed himself at {@code self} killed others first: a perpetrator noun before it ("the gunman
   * then killed himself"), or a harm verb with an object of its own ("shot three people before turning the gun on
   * himself"), not "the boy shot and killed himself".
   */
  private static boolean killedOthers(List<Token> t, int self) {
    for (int j = 0; j < self - 1; j++) {
      Token k = t.get(j);
      if (Lexicon.PERPETRATOR_NOUNS.contains(k.lemma())) {
        return true;
      }
      if (k.isVerb() && HARM_LEMMAS.contains(k.lemma()) && j + 1 < self - 1
          && !NO_OBJECT.contains(t.get(j + 1).lower())) {
        return true;
      }
    }
    return false;
  }
}
