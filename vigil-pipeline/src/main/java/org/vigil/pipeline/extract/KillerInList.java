package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * A killer named among those his own killing verb lists: "cop killed his son, his daughter, himself", "Officer Kills
 * Himself, 2 Children", "has killed his two children and himself", "kills wife, son, daughter, then himself". GVA
 * counts the shooter who dies among the killed, so the reflexive is one perpetrator dead, and the other members are
 * the victims killed (each person one, a counted group its count), which the one-by-one rules read only up to the
 * first comma. Read token by token (headlines are parsed poorly); stateless.
 */
final class KillerInList {
  private KillerInList() {}

  /** Verbs of a killing whose object list may end with the killer himself. */
  private static final Set<String> KILL_VERBS = Set.of("kill", "kills", "killed", "killing", "murder", "slay");
  /** The killer as a list member. */
  private static final Set<String> SELF = Set.of("himself", "herself", "self");
  /** Words between list members: "his son, his daughter, himself", "his wife and then himself". */
  private static final Set<String> SEPARATORS = Set.of(",", "and", "then");

  /**
   * The list after a killing verb that names the killer among the dead, as {victims, first token, last token}, or
   * null when no such list follows a killing verb or it names no one but the killer ("the boy killed himself").
   */
  static int[] list(Sentence s) {
    List<Token> t = s.tokens();
    for (int v = 0; v < t.size(); v++) {
      if (!KILL_VERBS.contains(t.get(v).lower()) && !(t.get(v).isVerb() && KILL_VERBS.contains(t.get(v).lemma()))) {
        continue;
      }
      boolean self = false;
      int victims = 0;
      int beforeSelf = 0;
      boolean member = false; // whether the current member has been counted
      int j = v + 1;
      for (; j < t.size() && j <= v + 20; j++) {
        Token k = t.get(j);
        String w = k.lower();
        if (SEPARATORS.contains(w)) {
          member = false;
        } else if (SELF.contains(w)) {
          self = true;
          beforeSelf = victims;
          member = true;
        } else if (k.pos().equals("CD") && j + 1 < t.size() && t.get(j + 1).word().equals("-")) {
          continue; // an age ("his 13-year-old son"), counted at its "old"
        } else if (k.pos().equals("CD") && !member) {
          NumberPhrase np = NumberPhrase.at(s, j);
          if (np == null || np.best() < 1 || np.best() > 20) {
            break;
          }
          victims += np.best();
          member = true;
          j = Math.max(j, np.last());
        } else if (k.isNoun() && PersonWords.counts(k.lemma()) || PersonWords.ageWord(t, j)) {
          if (!member) {
            victims++;
            member = true;
          }
        } else if (!(k.pos().equals("DT") || k.pos().equals("PRP$") || k.pos().startsWith("JJ")
            || k.word().equals("-") || k.pos().equals("CD") || k.isNoun())) {
          break;
        }
      }
      // "killed his two children and himself, police said": who follows the killer is the subject of a new clause
      if (self && j < t.size() && t.get(j).isVerb()) {
        victims = beforeSelf;
      }
      if (self && victims > 0) {
        return new int[] {victims, v, j - 1};
      }
    }
    return null;
  }

  /** The killer dead, when a killing verb's list names him ({@link #list}). */
  static FigureRules.Found perpetrator(String text, Sentence s) {
    int[] l = list(s);
    if (l == null) {
      return null;
    }
    Figure f = new Figure(FigureKind.PERPETRATORS_KILLED, 1, 1, 1, Qualifier.EXACT, "1", FigureRules.SINGULAR,
        Phrases.evidence(text, s, l[1], l[2]));
    return new FigureRules.Found(f, false);
  }

  /**
   * Raises the victims killed that {@code out} holds for this sentence to those of a list that names the killer among
   * them ({@link #list}): "killed his son" read one by one in "killed his son, his daughter, himself" is 2. Only a
   * figure counted one by one (or none) is raised; an explicit count stands.
   */
  static void raiseVictims(String text, Sentence s, List<FigureRules.Found> out) {
    int[] l = list(s);
    if (l == null) {
      return;
    }
    FigureRules.Found now = out.stream().filter(f -> f.figure().kind() == FigureKind.KILLED).findFirst().orElse(null);
    if (now != null && (!now.figure().rule().equals(FigureRules.SINGULAR) || now.figure().best() >= l[0])) {
      return;
    }
    out.remove(now);
    Figure f = new Figure(FigureKind.KILLED, l[0], l[0], l[0], Qualifier.EXACT, String.valueOf(l[0]),
        FigureRules.SINGULAR, Phrases.evidence(text, s, l[1], l[2]));
    out.add(new FigureRules.Found(f, false));
  }
}
