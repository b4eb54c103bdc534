package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.FigureRules.CLAUSE_OPENERS;
import static org.vigil.pipeline.extract.FigureRules.DEAD;
import static org.vigil.pipeline.extract.FigureRules.HURT;
import static org.vigil.pipeline.extract.FigureRules.SHOT_TOTAL;
import static org.vigil.pipeline.extract.FigureRules.STATES_HURT;
import static org.vigil.pipeline.extract.PersonWords.counts;

import java.util.List;
import java.util.Set;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.extract.FigureRules.Classified;

/**
 * What one number phrase counts ({@link #classify}), for {@link FigureRules#figures}: the counted noun after the
 * number and the state next to it ("two dead", "left one man dead and six others wounded", a headline's "7 Shot, 3
 * Dead"), else the verb that governs it ({@link CountByVerb}: "killed five people", "Two attackers were killed",
 * "hostages freed"). A toll's update is {@link TollUpdates}'. Stateless.
 */
final class CountReading {
  static final Set<String> FREE = Set.of("free", "release", "rescue", "liberate", "freed", "released",
      "rescued", "evacuate");

  private CountReading() {}

  /**
   * What the number phrase {@code np} of sentence {@code s} counts, or null when it counts no one (a time, a sum, a
   * part counted inside another count). The readings are tried in this order, the first that reads the count wins:
   * "the bodies of" before the number ({@link BodiesOf}), the state right after the number or its counted noun
   * ({@link #countedNoun}, {@link #deadOfThem}, {@link #stateAfterNumber}, {@link #stateAfterNoun}), a headline's "7
   * Shot" or "shooting wounds four" ({@link #headlineShot}, {@link #headlineWounds}), else the verb that governs it
   * ({@link CountByVerb#read}).
   */
  static Classified classify(Sentence s, NumberPhrase np) {
    List<Token> t = s.tokens();
    int n = np.numberToken();
    int after = np.last() + 1;
    int bodies = BodiesOf.before(t, np.first(), np.last()); // "The bodies of 3 victims were found"
    if (bodies >= 0) {
      return new Classified(FigureKind.KILLED, "number-dead", bodies, Math.min(t.size() - 1, after), false);
    }
    CountedNoun counted = countedNoun(t, n, after);
    if (counted.state() != null) {
      return counted.state();
    }
    int noun = counted.index();
    // "11-year-old, 2 teens among 4 shot": a part of the group counted after "among", which is the count
    if (noun >= 0 && noun + 2 < t.size() && t.get(noun + 1).lower().equals("among")
        && t.get(noun + 2).pos().equals("CD")) {
      return null;
    }
    if (noun < 0) {
      noun = nounAfterOf(t, after);
    }
    boolean perp = noun >= 0 && Lexicon.PERPETRATOR_NOUNS.contains(t.get(noun).lemma());
    Classified read = deadOfThem(t, n, noun, after);
    if (read == null) {
      read = stateAfterNumber(t, n, after);
    }
    if (read == null) {
      read = stateAfterNoun(s, np, noun, perp);
    }
    if (read == null) {
      read = headlineShot(s, np, noun, after);
    }
    if (read == null) {
      read = headlineWounds(t, np, noun);
    }
    return read != null ? read : CountByVerb.read(s, np, noun, perp);
  }

  /**
   * The counted noun after a number, past adjectives and participles ("four suspected jihadists"), with its index
   * ({@code -1} when none comes); or, when a state comes first, the count read from it ("two dead", "one seriously
   * wounded").
   */
  private record CountedNoun(int index, Classified state) {
  }

  private static CountedNoun countedNoun(List<Token> t, int n, int after) {
    int noun = -1;
    for (int j = after; j < Math.min(t.size(), after + 4); j++) {
      Token k = t.get(j);
      if (k.isNoun()) {
        noun = j;
        if (j + 1 < t.size() && t.get(j + 1).isNoun() && !t.get(j + 1).isProperNoun()) {
          continue;
        }
        break;
      }
      // "one seriously wounded", "one critically injured": an adverb before the participle
      if (!(k.pos().startsWith("JJ") || k.pos().equals("VBN") || k.pos().equals("HYPH")
          || k.pos().equals("RB") && j + 1 < t.size() && HURT.contains(t.get(j + 1).lower()))) {
        break;
      }
      if (DEAD.contains(k.lemma()) || DEAD.contains(k.lower())) {
        return new CountedNoun(noun, new Classified(FigureKind.KILLED, "number-dead", n, j, false));
      }
      if (HURT.contains(k.lower())) {
        return new CountedNoun(noun, new Classified(FigureKind.INJURED, "number-injured", n, j, false));
      }
    }
    return new CountedNoun(noun, null);
  }

  /** "two of the attackers", "five of them": the counted noun after "of" (past a determiner or an adjective), or -1. */
  private static int nounAfterOf(List<Token> t, int after) {
    if (after + 1 < t.size() && t.get(after).lower().equals("of")) {
      for (int j = after + 1; j < Math.min(t.size(), after + 5); j++) {
        if (t.get(j).isNoun()) {
          return j;
        }
        if (!(t.get(j).pos().equals("DT") || t.get(j).pos().startsWith("JJ") || t.get(j).pos().equals("PRP$"))) {
          break;
        }
      }
    }
    return -1;
  }

  /** "… four victims wounded, two of them already dead": the state a few words past "of them"; null otherwise. */
  private static Classified deadOfThem(List<Token> t, int n, int noun, int after) {
    if (noun < 0 && after + 1 < t.size() && t.get(after).lower().equals("of")
        && Set.of("them", "whom").contains(t.get(after + 1).lower())) {
      for (int j = after + 2; j < Math.min(t.size(), after + 5); j++) {
        if (t.get(j).lower().equals("dead")) {
          return new Classified(FigureKind.KILLED, "number-dead", n, j, false);
        }
      }
    }
    return null;
  }

  /** A state or a harm noun right after the number ("one fatally", "two dead", "three deaths", "five injured"). */
  private static Classified stateAfterNumber(List<Token> t, int n, int after) {
    if (after < t.size()) {
      Token a = t.get(after);
      // "Four teens shot, one fatally": the one is among the dead
      if (a.lower().equals("fatally") && (after + 1 >= t.size() || !t.get(after + 1).isVerb())) {
        return new Classified(FigureKind.KILLED, "number-fatally", n, after, false);
      }
      if (DEAD.contains(a.lower()) || a.lemma().equals("death") || a.lemma().equals("fatality")
          || a.lemma().equals("body")) {
        return new Classified(FigureKind.KILLED, "number-dead", n, after, false);
      }
      if (HURT.contains(a.lower()) || a.lemma().equals("injury")) {
        return new Classified(FigureKind.INJURED, "number-injured", n, after, false);
      }
    }
    return null;
  }

  /**
   * The state right after a counted noun of people or attackers ("left one man dead and six others wounded": the
   * parse often reads "six others" as the subject of "wounded"), a little further on after "left", or a headline's
   * "shot"; null otherwise.
   */
  private static Classified stateAfterNoun(Sentence s, NumberPhrase np, int noun, boolean perp) {
    List<Token> t = s.tokens();
    int n = np.numberToken();
    if (noun >= 0 && noun + 1 < t.size() && (counts(t.get(noun).lemma()) || perp)) {
      String state = t.get(noun + 1).lower();
      if (state.equals("dead")) {
        return new Classified(perp ? FigureKind.PERPETRATORS_KILLED : FigureKind.KILLED, "number-noun-dead", n,
            noun + 1, false);
      }
      if (STATES_HURT.contains(state)) {
        return new Classified(FigureKind.INJURED, "number-noun-injured", n, noun + 1, false);
      }
      // "left four troops including the gunman dead and 16 others injured": the state a little further on
      FigureKind left = leftInState(s, noun);
      if (left != null) {
        return new Classified(perp && left == FigureKind.KILLED ? FigureKind.PERPETRATORS_KILLED : left,
            "number-left-" + (left == FigureKind.KILLED ? "dead" : "injured"), n, noun, false);
      }
      // "the identities of two men shot and killed in a house party"
      if (state.equals("shot") && !perp && noun + 3 < t.size() && t.get(noun + 2).lower().equals("and")
          && t.get(noun + 3).lemma().equals("kill")) {
        return new Classified(FigureKind.KILLED, "number-noun-dead", n, noun + 3, false);
      }
      // a headline's "3 people shot to death at home"
      if (state.equals("shot") && !perp && WoundPhrases.toDeath(t, noun + 1)) {
        return new Classified(FigureKind.KILLED, "number-noun-dead", n, noun + 3, false);
      }
      // a headline's "Four teens shot after party": everyone hit, like "four teens were shot"; "6 others shot"
      // beside one killed: those besides the dead, so hurt
      if (state.equals("shot") && !perp && (headlineClause(s, np.first()) || among(s, np.first()))) {
        return new Classified(FigureKind.INJURED, t.get(noun).lemma().equals("other") ? "verb-shoot-others"
            : SHOT_TOTAL, n, noun + 1, false);
      }
    }
    return null;
  }

  /** "7 Shot, 3 Dead after drive-by" ("4 Shot to Death in …": killed): a headline's bare count of those shot. */
  private static Classified headlineShot(Sentence s, NumberPhrase np, int noun, int after) {
    List<Token> t = s.tokens();
    int n = np.numberToken();
    if ((noun < 0 || noun == after) && after < t.size() && t.get(after).lower().equals("shot")
        && (headlineClause(s, np.first()) || among(s, np.first()))
        && (after + 1 >= t.size() || !t.get(after + 1).isVerb())) {
      return WoundPhrases.toDeath(t, after) ? new Classified(FigureKind.KILLED, "number-dead", n, after + 2, false)
          : new Classified(FigureKind.INJURED, SHOT_TOTAL, n, after, false);
    }
    return null;
  }

  /**
   * A headline's "Early morning shooting wounds four", "shooting wounds 4, kills 1", "…, wounds 9": the verb tagged a
   * plural noun, after the shooting, a shooter or a comma; null otherwise.
   */
  private static Classified headlineWounds(List<Token> t, NumberPhrase np, int noun) {
    int harmBefore = np.first() - 1;
    if (noun < 0 && harmBefore >= 1 && t.get(harmBefore).lower().equals("wounds")
        && !t.get(harmBefore).isVerb() && (Set.of("shooting", "gunfire").contains(t.get(harmBefore - 1).lower())
            || Lexicon.PERPETRATOR_NOUNS.contains(t.get(harmBefore - 1).lemma())
            || CLAUSE_OPENERS.contains(t.get(harmBefore - 1).word()))) {
      return new Classified(FigureKind.INJURED, "verb-wound", harmBefore, np.last(), false);
    }
    return null;
  }

  /** Whether a count opens a clause without a verb before it: a headline's "Four teens shot", "7 Shot, 3 Dead". */
  private static boolean headlineClause(Sentence s, int first) {
    List<Token> t = s.tokens();
    return first == 0 || CLAUSE_OPENERS.contains(t.get(first - 1).word());
  }

  /** Whether a count is the group a victim is among: "7-year-old boy among 4 shot" (everyone shot, the boy too). */
  private static boolean among(Sentence s, int first) {
    return first > 0 && s.tokens().get(first - 1).lower().equals("among");
  }

  /**
   * The state a count is left in when words stand between it and the state: "left four troops including the gunman
   * dead", up to the next count or clause; null when there is none.
   */
  private static FigureKind leftInState(Sentence s, int noun) {
    List<Token> t = s.tokens();
    int verb = s.head(noun);
    if (verb < 0 || !"obj".equals(s.relation(noun)) || !t.get(verb).lemma().equals("leave")) {
      return null;
    }
    int end = Math.min(t.size(), noun + 7);
    for (int j = noun + 1; j < end; j++) {
      int past = NotACount.pastAges(t, j); // "left four other teens — ages 14, 16, 17 and 18 — injured"
      if (past > j) {
        end = Math.min(t.size(), end + past - j);
        j = past - 1;
        continue;
      }
      String w = t.get(j).lower();
      if (w.equals("dead")) {
        return FigureKind.KILLED;
      }
      if (STATES_HURT.contains(w)) {
        return FigureKind.INJURED;
      }
      if (w.equals("and") || CLAUSE_OPENERS.contains(w) || t.get(j).pos().equals("CD")) {
        return null;
      }
    }
    return null;
  }
}
