package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * The dead named one after another as the subject of a death: "Two of those men, 23-year-old A and 24 year old B,
 * died after the shooting", "Officials say A, 36, B, 5, and C, 23 months, all died from gunshot wounds", "Three
 * siblings, A, 35, B, 27, and C, 25; their cousin, D, 37; and friend E, 26, died in the shooting"; or as the object of
 * "killed": "the shooting that killed A, 21, and B, 22" (GVA dev 401–2,000, Session 16 hurt16d: deaths we do not read
 * — the parse joins the death to the last name only, so the one-by-one rules read one dead, or the lead's count and
 * one, or an early count's "left one dead"). As many dead as names, when more than the dead already counted; a count
 * of everyone shot (less the dead) is taken down by those added.
 *
 * <p>Read token by token: the subject runs back from the death to the nearest verb or the sentence's start ("Officials
 * say …"), and holds no verb itself; a name in the possessive names a kin, not one of the dead ("Three of X's
 * children, A, B and C, were killed"), as in {@link NumberedVictims}. A death denied or only possible just before it
 * ("could have died") is none ({@link UnrealHarm}). Stateless.
 */
final class NamedDead {
  private NamedDead() {}

  /** The rule name of a count of the dead named one after another. */
  static final String RULE = "named-dead";

  /**
   * Words of a killing: told passively after "were" / "was" ("were killed", "were shot and killed", "were slain"; and
   * "were pronounced dead", {@link #PRONOUNCED}), or
   * actively before the dead named as its object ("killed A and B").
   */
  private static final Set<String> KILLED = Set.of("killed", "slain", "murdered");

  /** Words that make "dead" a death told as a fact of the past: "were pronounced dead", "were declared dead". */
  private static final Set<String> PRONOUNCED = Set.of("pronounced", "declared");

  /** Words between the subject and its death: "were", "all", "both", "have", "shot and". */
  private static final Set<String> LINK = Set.of("were", "was", "all", "both", "have", "had", "each", "later", "shot",
      "and", "fatally", "been");

  /** How many tokens before the death are read for a word that makes it no fact ("could have died"). */
  private static final int UNREAL_REACH = 3;

  /**
   * Raises the count of the dead in {@code figures} to the most people named as the subject (or the object) of one
   * death in the incident's sentences, when two or more and more than the dead counted; a count of everyone shot (less
   * the dead) is taken down by those added.
   */
  static void raise(String text, List<Sentence> sentences, Map<FigureKind, Figure> figures) {
    Figure dead = figures.get(FigureKind.KILLED);
    int had = dead == null ? 0 : dead.best();
    Figure best = null;
    for (Sentence s : sentences) {
      Figure f = of(text, s);
      if (f != null && f.best() > had && (best == null || f.best() > best.best())) {
        best = f;
      }
    }
    if (best == null) {
      return;
    }
    figures.put(FigureKind.KILLED, best);
    Figure hurt = figures.get(FigureKind.INJURED);
    if (hurt != null && (hurt.rule().equals("shot-minus-killed") || hurt.rule().equals(FigureRules.SHOT_TOTAL))) {
      figures.put(FigureKind.INJURED, IncidentFigures.shifted(hurt, had - best.best(), hurt.phrase(),
          hurt.rule()));
    }
  }

  /** The dead named as the subject (or the object of "killed") of a death in {@code s}, two or more, else null. */
  static Figure of(String text, Sentence s) {
    List<Token> t = s.tokens();
    for (int v = 1; v < t.size(); v++) {
      int first = deathStart(t, v);
      if (first < 0 && KILLED.contains(t.get(v).lower()) && t.get(v).isVerb()
          && !UnrealHarm.before(t, v, UNREAL_REACH)) {
        Figure object = objects(text, s, v); // "shot and killed A and her daughter, B"
        if (object != null) {
          return object;
        }
      }
      if (first < 0 || UnrealHarm.before(t, first, UNREAL_REACH)) {
        continue;
      }
      int start = first;
      while (start > 0 && !t.get(start - 1).isVerb()) {
        start--;
      }
      int named = names(t, start, first) + alongWith(t, v);
      if (named >= 2 && joinedLast(t, start, first)) {
        return new Figure(FigureKind.KILLED, named, named, named, Qualifier.EXACT, String.valueOf(named), RULE,
            Phrases.evidence(text, s, start, v));
      }
    }
    return null;
  }

  /**
   * The dead named one after another as the object of "killed" at {@code v}, two or more, else null: "Police believe
   * Loyd shot and killed A and her daughter, B", "a drive-by shooting … that killed A, 21, and B, 22, last Thursday"
   * (GVA dev 401–2,000, hurt16d: read as one dead, the last name's). The object runs to the first verb or
   * preposition ("killed A and wounded B", "killed A, according to B and C") and ends with a name joined by "and".
   */
  private static Figure objects(String text, Sentence s, int v) {
    List<Token> t = s.tokens();
    int end = v + 1;
    int last = -1;
    while (end < t.size() && !t.get(end).isVerb() && !t.get(end).pos().equals("IN")
        && !t.get(end).pos().equals(".")) {
      if (t.get(end).ner().equals("PERSON")) {
        last = end;
      }
      end++;
    }
    if (last < 0) {
      return null;
    }
    int named = names(t, v + 1, last + 1);
    if (named < 2 || !joinedLast(t, v + 1, last + 1)) {
      return null;
    }
    return new Figure(FigureKind.KILLED, named, named, named, Qualifier.EXACT, String.valueOf(named), RULE,
        Phrases.evidence(text, s, v, last));
  }

  /**
   * The first token of the death told at {@code v} with the words that link it to its subject ("were shot and
   * killed", "all died"), or -1 when {@code v} tells no death.
   */
  private static int deathStart(List<Token> t, int v) {
    Token k = t.get(v);
    boolean died = k.lemma().equals("die") && (k.pos().equals("VBD") || k.pos().equals("VBZ"));
    // "Duncan, Greer and Lindsay were pronounced dead at the scene" (GVA dev 401–2,000, Session 19 hurt19b: two read)
    boolean pronounced = k.lower().equals("dead") && v > 0 && PRONOUNCED.contains(t.get(v - 1).lower());
    boolean killed = KILLED.contains(k.lower()) && k.pos().equals("VBN") || pronounced;
    if (!died && !killed) {
      return -1;
    }
    int first = pronounced ? v - 1 : v;
    while (first > 0 && LINK.contains(t.get(first - 1).lower())) {
      first--;
    }
    if (killed && (first == v || first == v - 1 && pronounced
        || !t.get(first).lower().equals("were") && !t.get(first).lower().equals("was"))) {
      return -1; // "X killed Y": the dead are its object, not its subject
    }
    return first;
  }

  /** Words of a victim's age told beside the name: "A, 35,", "24 year old B", "C, 23 months". */
  private static final Set<String> AGE = Set.of("year-old", "years", "year", "old", "months", "month", "weeks");

  /**
   * Whether the subject in tokens [{@code from}, {@code to}) ends with a name joined to those before it by "and",
   * with no more than its age and kin words about it ("…, and Avery …, 23 months, all died", "and friend E, 26,
   * died", "Both A and B died"): not a name somewhere in a longer subject ("Coroner A, the victim, B, died", "Jones,
   * the homicide victim in the Dexter and Webb shootout, was killed", "(photo credits A, B) Two people died").
   */
  private static boolean joinedLast(List<Token> t, int from, int to) {
    int last = to - 1;
    while (last >= from && !t.get(last).ner().equals("PERSON")) {
      if (!aside(t.get(last)) || t.get(last).isNoun() && !AGE.contains(t.get(last).lower())) {
        return false;
      }
      last--;
    }
    int j = last;
    while (j >= from && t.get(j).ner().equals("PERSON")) {
      j--;
    }
    while (j >= from && aside(t.get(j)) && !t.get(j).lower().equals("and")) {
      j--;
    }
    return j >= from && t.get(j).lower().equals("and");
  }

  /**
   * A token that may stand beside a name in a list of the dead: a comma, an age ("23 - year - old", as tokenized), a
   * kin word ("his wife").
   */
  private static boolean aside(Token k) {
    String p = k.pos();
    return k.word().equals(",") || k.word().equals(";") || p.equals("HYPH") || p.equals("CD") || AGE.contains(k.lower())
        || p.equals("DT") || p.equals("PRP$") || p.startsWith("JJ") || p.equals("NN") || p.equals("NNS")
        || k.lower().equals("and");
  }

  /**
   * People named after the death in ", along with her niece, D, 37, and a close family friend, E, 26" (GVA dev
   * 401–2,000: three named as the subject, two more joined after the death), else 0.
   */
  private static int alongWith(List<Token> t, int v) {
    int at = v + 1;
    if (at < t.size() && t.get(at).word().equals(",")) {
      at++;
    }
    if (at + 1 < t.size() && t.get(at).lower().equals("along") && t.get(at + 1).lower().equals("with")) {
      return names(t, at + 2, t.size());
    }
    return 0;
  }

  /**
   * People named in tokens [{@code from}, {@code to}): runs of PERSON tokens, a name in the possessive left out (it
   * names a kin: "Green's mother, Sallie Green"). Also {@link NumberedVictims}' count of victims named in a list.
   */
  static int names(List<Token> t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!t.get(i).ner().equals("PERSON") || i > from && t.get(i - 1).ner().equals("PERSON")) {
        continue;
      }
      int end = i;
      while (end + 1 < to && t.get(end + 1).ner().equals("PERSON")) {
        end++;
      }
      if (end + 1 >= t.size() || !t.get(end + 1).pos().equals("POS")) {
        n++;
      }
    }
    return n;
  }
}
