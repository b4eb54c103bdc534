package org.vigil.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
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

  /** The rule name of the figures this class makes. */
  static final String RULE = "killed-by-police";

  /** The perpetrator the police killed in this sentence, or null. */
  static FigureRules.Found of(String text, Sentence s) {
    List<Token> t = s.tokens();
    for (int v = 0; v < t.size(); v++) {
      Token verb = t.get(v);
      boolean kills = verb.isVerb() && (verb.lemma().equals("kill")
          || verb.lemma().equals("shoot") && WoundPhrases.shotDead(s, v));
      if (!kills || UnrealHarm.unreal(s, v)) {
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
   * The police noun that is the agent of the killing verb {@code v} (or of a killing verb joined to it: "shot and
   * killed by police"), or -1: "by police", "by an officer", "by SWAT officers"; or the own subject of an active
   * killing of someone ("police shot him dead", "officers killed the man"). Only killing verbs are read: in "seven
   * officers returned fire and Wilkes was shot and killed" (GVA dev) the officers are the subject of "returned", and in
   * "the troops attacked the rebels and two of our comrades were killed" (MUC-4) of "attacked". A subject is the
   * verb's own only when it is its one subject and has no clause of its own: the parse of the headline "Police
   * investigating drive-by shooting that killed one man" (GVA dev) gives "killed" both "that" and "Police"; nor is
   * it when the killer is among the verb's objects ({@link #himselfAmongObjects}).
   */
  private static int byPolice(Sentence s, int v) {
    List<Token> t = s.tokens();
    List<Integer> verbs = new ArrayList<>(List.of(v));
    verbs.addAll(s.children(v, "conj"));
    if ("conj".equals(s.relation(v)) && s.head(v) >= 0) {
      verbs.add(s.head(v));
    }
    for (int w : verbs) {
      if (w != v && !killing(t.get(w))) {
        continue;
      }
      for (int a : s.children(w, "obl")) {
        boolean by = s.hasChild(a, "case", "by");
        if (by && police(t.get(a))) {
          return a;
        }
      }
      List<Integer> subjects = s.children(w, "nsubj");
      if (!s.children(w, "obj").isEmpty() && subjects.size() == 1 && police(t.get(subjects.get(0)))
          && ownClause(s, subjects.get(0)) < 0 && !himselfAmongObjects(s, w)) {
        return subjects.get(0);
      }
    }
    return -1;
  }

  /** The verb of a clause of the noun {@code noun}'s own ("Police investigating …"; not "who …"), or -1. */
  private static int ownClause(Sentence s, int noun) {
    return s.dependencies().stream().filter(d -> d.governor() == noun && d.relation().equals("acl"))
        .mapToInt(d -> d.dependent()).findFirst().orElse(-1);
  }

  /**
   * Whether the killer is among the objects of the killing verb {@code w}: "Soldier fatally shoots 11-year-old
   * daughter, himself" (GVA dev) tells a soldier's own death, not one the police caused.
   */
  private static boolean himselfAmongObjects(Sentence s, int w) {
    for (int o : s.children(w, "obj")) {
      List<Integer> named = new ArrayList<>(List.of(o));
      named.addAll(s.children(o, "appos"));
      named.addAll(s.children(o, "conj"));
      if (named.stream().anyMatch(k -> KillerSuicide.REFLEXIVES.contains(s.tokens().get(k).lower()))) {
        return true;
      }
    }
    return false;
  }

  /** A verb that may tell a killing, beside the one read: "shot and killed", "killed and shot". */
  private static boolean killing(Token k) {
    return k.isVerb() && (k.lemma().equals("kill") || k.lemma().equals("shoot"));
  }

  private static boolean police(Token k) {
    return k.isNoun() && Lexicon.POLICE_NOUNS.contains(k.lemma());
  }
}
