package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.extract.FigureRules.Found;

/**
 * The people a headline names without a count, and what befell them, where the parser reads headline English poorly.
 * {@link #of} reads one death: "Three-year-old fatally shot in Anchorage", "Boy, 13, shot near base has died",
 * "6-year-old girl shot in the head, killed", "Teen found shot to death in driveway", "Juvenile dead from gunshot
 * wound"; people joined by "and" or a comma are counted one each ("Husband and wife dead", "Woman, 3-year-old dead").
 * {@link #hurt} reads the people a headline says were hurt when it tells no death: "Pleasantville woman shot in foot as
 * she holds baby" (the tagger makes "shot" an active verb with the woman its subject), "Child grazed by bullet",
 * "Porterville officer, suspect wounded in exchange of gunfire" (two). Read token by token from the headline's start,
 * past a source ("Police: …"); asked only when the sentence gives no other count of that kind. Stateless.
 */
final class HeadlineDeaths {
  private HeadlineDeaths() {}

  /** Words that tell a death, as the headline's verb or state. */
  private static final Set<String> DEATH_WORDS = Set.of("killed", "dies", "died", "dead");

  /** Words before the death that make the person someone else than the dead: "Man who killed …", "Teen charged". */
  private static final Set<String> NOT_THE_DEAD = Set.of("who", "that", "charged", "arrested", "sentenced",
      "accused", "convicted", "indicted", "pleads", "guilty", "kills", "shoots", "killing", "after", "of", "for");

  /** Words anywhere in a headline that tell a death, so that the people it names are not only hurt. */
  private static final Set<String> ANY_DEATH = Set.of("dead", "die", "dies", "died", "kill", "kills", "killed",
      "fatal", "fatally", "death", "deadly", "slain", "murder", "murdered", "homicide", "lethal", "mortally");

  /** Words that say a person was hurt, as a headline's participle: "Man wounded in …". */
  private static final Set<String> HURT_WORDS = Set.of("wounded", "injured", "hurt", "grazed");

  /** Themselves, as the object of their own shot: "Boy shoots himself in the foot", "… accidentally shoots self". */
  private static final Set<String> SELF = Set.of("self", "himself", "herself");

  /** The headline's verb of a shot: "Boy shoots himself", "… shot, kills self". */
  private static final Set<String> SHOOTS = Set.of("shoots", "shot");

  /** The headline's verb of a killing: "… shoots, kills self", "Man killed himself". */
  private static final Set<String> KILLS = Set.of("kills", "killed");

  /** How far (in tokens) the death may follow the person: "Boy , 13 , shot near JBLM has died". */
  private static final int REACH = 8;

  /** The headline's one death (or the people joined by "and" or a comma), or null. */
  static Found of(String text, Sentence s) {
    return read(text, s, FigureKind.KILLED);
  }

  /**
   * The headline's dead read by {@link #of} where they are more than {@code one}, the dead a parse-based rule read in
   * the same sentence ({@link OneByOne#singleDeaths}), else {@code one}: in "4-year-old girl, mother fatally shot near
   * home" (GVA dev) the parse makes "mother" an apposition of "girl", one person, where the headline joins two.
   *
   * @param one the dead read from the parse, or null (then null: {@link #of} is asked after the other rules)
   */
  static Found moreThan(String text, Sentence s, Found one) {
    if (one == null) {
      return null;
    }
    Found headline = of(text, s);
    return headline != null && headline.figure().best() > one.figure().best() ? headline : one;
  }

  /**
   * The people a headline says were hurt (one, or those joined by "and" or a comma), or null; null too when the
   * headline tells any death ("Teen shot, killed"), which {@link #of} and the figure rules read.
   */
  static Found hurt(String text, Sentence s) {
    if (s.index() != 0 || s.tokens().stream().anyMatch(k -> ANY_DEATH.contains(k.lower()))) {
      return null;
    }
    return read(text, s, FigureKind.INJURED);
  }

  private static Found read(String text, Sentence s, FigureKind kind) {
    if (s.index() != 0) {
      return null;
    }
    boolean dead = kind == FigureKind.KILLED;
    List<Token> t = s.tokens();
    int start = 0;
    for (int i = 0; i < Math.min(t.size(), 5); i++) {
      if (t.get(i).word().equals(":")) {
        start = i + 1; // "Cops: …", "Police: …"
      }
    }
    int person = -1;
    int first = -1;
    int people = 0;
    for (int i = start; i < t.size(); i++) {
      Token k = t.get(i);
      boolean plural = (k.pos().equals("NNS") || k.pos().equals("NNPS") || k.lower().equals("people"))
          && PersonWords.counts(k.lemma()); // "men killed", "9 people": several
      boolean attacker = Lexicon.PERPETRATOR_NOUNS.contains(k.lemma());
      // the hurt may be the attacker ("Porterville officer, suspect wounded"): GVA counts everyone hit
      boolean one = (PersonWords.counts(k.lemma()) && !k.lemma().equals("police") || attacker) && !plural
          && !(dead && attacker);
      if (one || PersonWords.ageWord(t, i)) {
        int opens = PersonWords.ageWord(t, i) ? i - 4 : i;
        String before = opens > 0 ? t.get(opens - 1).word() : "";
        if (person < 0 || before.equalsIgnoreCase("and") || before.equals(",") && i - person <= 6) {
          people++; // "Husband and wife dead", "Woman, 3-year-old dead": one more
          first = person < 0 ? opens : first;
        }
        person = i;
        continue;
      }
      if (person < 0) {
        continue;
      }
      if (SELF.contains(next(t, i)) && (SHOOTS.contains(k.lower()) || KILLS.contains(k.lower()))) {
        // "Boy shoots himself in the foot" (hurt), "Teen accidentally shoots, kills self" (dead)
        boolean death = KILLS.contains(k.lower());
        return death == dead ? found(text, s, kind, people, first, i + 1) : null;
      }
      if (SHOOTS.contains(k.lower()) && (next(t, i).equals(",") || next(t, i).equals("and")) && i + 2 < t.size()
          && KILLS.contains(t.get(i + 2).lower()) && SELF.contains(next(t, i + 2))) {
        continue; // "… accidentally shoots, kills self", "shoots and kills himself": the shot is his own
      }
      if (NOT_THE_DEAD.contains(k.lower()) || i - person > REACH || plural || k.word().equals(";")
          || dead && Lexicon.PERPETRATOR_NOUNS.contains(k.lemma())
          || k.pos().equals("CD") && !(i + 1 < t.size() && t.get(i + 1).word().equals(","))
          && !(i + 4 < t.size() && PersonWords.ageWord(t, i + 4))) {
        return null; // a count, the killer, several people, another clause, or too far
      }
      boolean harm = dead ? death(t, i, person) : hurtAt(t, i);
      if (harm) {
        if (i + 1 < t.size() && (t.get(i + 1).pos().equals("CD") || PersonWords.counts(t.get(i + 1).lemma()))) {
          return null; // "… killed 2", "killed teen", "wounded officer": the person before is the attacker
        }
        return found(text, s, kind, people, first, i);
      }
    }
    return null;
  }

  /**
   * Whether token {@code i} tells the death of the person at {@code person}: a death word, "fatally shot", "shot to
   * death", the person's own death ("… led to man's death", "7-year-old's death"), a victim's fatal or deadly
   * shooting ("Victim ID'd in fatal Hammond shooting").
   */
  private static boolean death(List<Token> t, int i, int person) {
    String w = t.get(i).lower();
    return DEATH_WORDS.contains(w)
        || w.equals("death") && i == person + 2 && t.get(i - 1).pos().equals("POS")
        || (w.equals("fatal") || w.equals("deadly")) && t.get(person).lemma().equals("victim")
        || w.equals("shot") && i > 0 && t.get(i - 1).lower().equals("fatally")
        || w.equals("death") && i >= 2 && t.get(i - 1).lower().equals("to") && t.get(i - 2).lower().equals("shot");
  }

  /**
   * Whether token {@code i} tells that the person before was hurt: "wounded", "injured", "grazed"; "shot" with no
   * object after it (headline passive: "Woman shot in foot", "Toddler shot in head in intensive care"); "hit" or
   * "struck" by something ("hit by stray bullet"); a gunshot wound ("16-year-old's gunshot wound in leg", "suffers
   * accidental gunshot wound"); a condition ("stable", "critical", "serious but stable").
   */
  private static boolean hurtAt(List<Token> t, int i) {
    String w = t.get(i).lower();
    String after = next(t, i);
    if (HURT_WORDS.contains(w) || FigureRules.HEADLINE_CONDITIONS.contains(w)) {
      return true;
    }
    if (w.equals("serious") && (after.equals("but") || after.equals("condition"))) {
      return true;
    }
    if (w.equals("shot")) {
      // an object after it makes the person the shooter: "Man shot his neighbor", "Teen shot 2"
      Token n = i + 1 < t.size() ? t.get(i + 1) : null;
      return n == null || !(n.pos().startsWith("DT") || n.pos().startsWith("PRP") || n.pos().equals("CD")
          || n.isNoun() && !n.ner().equals("DATE") && !n.ner().equals("TIME")); // "Man shot Sunday": no object
    }
    if ((w.equals("hit") || w.equals("struck")) && after.equals("by")) {
      return true;
    }
    return w.equals("wound") && i > 0 && t.get(i - 1).lower().equals("gunshot");
  }

  /**
   * Puts first among {@code verbs} (the verbs that may tell what befell a count, the governing verb first) the
   * participle right before the count's number that the parse makes the counted noun's own modifier: in a headline's
   * "Rampage That Killed Woman, Injured 2 Officers & 3 Others" (GVA dev) the parse reads "Injured" as an adjective of
   * "Officers" and "Officers" as a second object of "Killed", so the two officers were read as killed.
   *
   * @param s the sentence
   * @param before the token right before the count's number
   * @param noun the counted noun (or the number, when it counts no noun)
   * @param verbs the verbs to read, in order; changed in place
   */
  static void ownParticipleFirst(Sentence s, int before, int noun, List<Integer> verbs) {
    if (before < 0 || verbs.indexOf(before) <= 0 || s.head(before) != noun) {
      return;
    }
    String rel = s.relation(before);
    if ("amod".equals(rel) || "acl".equals(rel)) {
      verbs.removeIf(v -> v == before);
      verbs.add(0, before);
    }
  }

  private static String next(List<Token> t, int i) {
    return i + 1 < t.size() ? t.get(i + 1).lower() : "";
  }

  private static Found found(String text, Sentence s, FigureKind kind, int people, int first, int last) {
    int n = kind == FigureKind.KILLED ? Math.min(people, 2) : Math.min(people, 3);
    Figure f = new Figure(kind, n, n, n, Qualifier.EXACT, String.valueOf(n), FigureRules.SINGULAR,
        Phrases.evidence(text, s, first, last));
    return new Found(f, false);
  }
}
