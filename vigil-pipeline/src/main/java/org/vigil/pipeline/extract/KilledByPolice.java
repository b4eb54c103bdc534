package org.vigil.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * One the police killed is a perpetrator killed, whatever the sentence calls him: "The man was shot to death by
 * police", "the suspect, who was shot and killed by police", "police shot him dead". GVA counts the suspect among the
 * killed, and the count of the victims ("Four people were killed") leaves him out. On GVA articles 401–2,000
 * (session 12, kill12), 27 of 29 articles that tell such a killing count a suspect killed. A victim counted one by
 * one in the same words is that suspect told again ({@link DeadSuspect}). A count of the dead that already holds him
 * ("Two dead, including the gunman", "4 dead, 2 injured") is not added to ({@link DeadSuspect#inTheCount}).
 * Stateless.
 */
final class KilledByPolice {
  private KilledByPolice() {}

  /**
   * The police beside {@link Lexicon#FORCE_NOUNS}: the words of US local news. Not "sniper": one killed "by a sniper"
   * is mostly the attack's victim ("The archbishop was killed by a sniper while saying mass", MUC-4), and a police
   * sniper is named with a police word ("a SWAT sniper", "a police sniper").
   */
  static final Set<String> POLICE = Set.of("deputy", "trooper", "cop", "agent", "sheriff", "marshal");

  /** The rule name of the figures this class makes. */
  static final String RULE = "killed-by-police";

  /** The perpetrator the police killed in this sentence, or null. */
  static FigureRules.Found of(String text, Sentence s) {
    List<Token> t = s.tokens();
    for (int v = 0; v < t.size(); v++) {
      Token verb = t.get(v);
      boolean kills = verb.isVerb() && (verb.lemma().equals("kill")
          || verb.lemma().equals("shoot") && WoundPhrases.shotDead(s, v));
      if (!kills || OneByOne.unreal(s, v)) {
        continue;
      }
      int police = byPolice(s, v);
      if (police >= 0) {
        Figure f = new Figure(FigureKind.PERPETRATORS_KILLED, 1, 1, 1, Qualifier.EXACT, "1", RULE,
            Phrases.evidence(text, s, Math.min(v, police), Math.max(v, police)));
        return new FigureRules.Found(f, false);
      }
    }
    return null;
  }

  /**
   * The police noun that is the agent of the killing verb {@code v} (or of the verb it is joined to: "shot and killed
   * by police"), or -1: "by police", "by an officer", "by SWAT officers"; or the subject of an active killing of
   * someone ("police shot him dead", "officers killed the man").
   */
  private static int byPolice(Sentence s, int v) {
    List<Token> t = s.tokens();
    List<Integer> verbs = new ArrayList<>(List.of(v));
    verbs.addAll(s.children(v, "conj"));
    if ("conj".equals(s.relation(v)) && s.head(v) >= 0) {
      verbs.add(s.head(v));
    }
    for (int w : verbs) {
      for (int a : s.children(w, "obl")) {
        boolean by = s.children(a, "case").stream().anyMatch(c -> t.get(c).lower().equals("by"));
        if (by && police(t.get(a))) {
          return a;
        }
      }
      if (!s.children(w, "obj").isEmpty()) {
        for (int a : s.children(w, "nsubj")) {
          if (police(t.get(a))) {
            return a;
          }
        }
      }
    }
    return -1;
  }

  private static boolean police(Token k) {
    return k.isNoun() && (Lexicon.FORCE_NOUNS.contains(k.lemma()) || POLICE.contains(k.lemma()));
  }
}
