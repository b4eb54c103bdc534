package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * A killer's own death told after he shot others, beyond the "killed himself" / "turned the gun on himself" that {@link
 * KillerSuicide#suicide} reads: "shot his son and then shot himself", "fatally shot his 2 children, then himself",
 * "turned the weapon on himself", and the killer listed among his dead ({@link KillerInList}). GVA counts a shooter who
 * dies among the killed. "Shot himself" is also said of a shooter who survived, so such a figure stands only in an
 * incident whose deaths are reported ({@link #besideDeaths}). Read token by token (headlines are parsed poorly);
 * stateless.
 */
final class ShooterSuicide {
  private ShooterSuicide() {}

  /** The rule of a perpetrator dead by his own shot after shooting others. */
  static final String RULE = "shot-himself-after";

  private static final Set<String> SELF = Set.of("himself", "herself");
  /** What a killer turns on himself: "turned the weapon on himself", "turning the shotgun on herself". */
  private static final Set<String> WEAPONS = Set.of("gun", "weapon", "rifle", "shotgun", "handgun", "pistol",
      "firearm", "revolver");
  /** Verbs of harm whose object is someone else. */
  private static final Set<String> HARM = Set.of("kill", "shoot", "murder", "stab");
  /** Words after a harm verb that give it no object of its own: "shot and killed", "shot to death", "shot himself". */
  private static final Set<String> NO_OBJECT = Set.of("and", "himself", "herself", "dead", "to", ",", "at", "in",
      "on", "by", ".");
  /** Words that put the killer's own shot after the others': "and then shot himself", "before shooting himself". */
  private static final Set<String> AFTER = Set.of("then", "before");

  /**
   * The perpetrator killed by his own shot after shooting others ("shot his son and then shot himself", "fatally
   * shot his 2 children, then himself", "turned the weapon on himself"), else the killer listed among his dead
   * ({@link KillerInList#perpetrator}), else null.
   */
  static FigureRules.Found of(String text, Sentence s) {
    FigureRules.Found listed = KillerInList.perpetrator(text, s);
    if (listed != null) {
      return listed;
    }
    List<Token> t = s.tokens();
    for (int i = 2; i < t.size(); i++) {
      if (!SELF.contains(t.get(i).lower())) {
        continue;
      }
      int from = ownShot(s, i);
      if (from >= 0 && shotOthers(t, from)) {
        Figure f = new Figure(FigureKind.PERPETRATORS_KILLED, 1, 1, 1, Qualifier.EXACT, "1", RULE,
            Phrases.evidence(text, s, from, i));
        return new FigureRules.Found(f, false);
      }
    }
    return null;
  }

  /**
   * The first token of the killer's own shot ending at the reflexive {@code self}, or -1: "then shot himself" (an
   * active verb whose object it is, after "then" or "before"), "then himself" after a killing shot, "turned the
   * weapon on himself". Not "was shot himself" (the reflexive stresses a victim), nor a plan ("to shoot … and then
   * shoot herself").
   */
  private static int ownShot(Sentence s, int self) {
    List<Token> t = s.tokens();
    Token before = t.get(self - 1);
    // "shot his son and then shot himself", "before shooting himself"
    // (not "was shot himself", nor "planned to shoot her brother and then shoot herself")
    if (before.lemma().equals("shoot") && !before.pos().equals("VBN") && !before.pos().equals("VB") && self >= 2
        && AFTER.contains(t.get(self - 2).lower())) {
      return self - 2;
    }
    // "fatally shot his 2 children, then himself"
    if (before.lower().equals("then")) {
      for (int v = 0; v < self - 1; v++) {
        if (t.get(v).isVerb() && t.get(v).lemma().equals("shoot") && WoundPhrases.shotDead(s, v)) {
          return self - 1;
        }
      }
      return -1;
    }
    // "turned the weapon on himself": the gun alone is OneByOne's
    if (before.lower().equals("on") && self >= 4 && WEAPONS.contains(t.get(self - 2).lemma())
        && t.get(self - 4).lemma().equals("turn")) {
      return self - 4;
    }
    return -1;
  }

  /**
   * Whether a harm verb before token {@code to} has an object of its own ("shot his son and then shot himself"); a
   * suspect alone before it is not enough ("The suspect then shot himself in the left leg").
   */
  private static boolean shotOthers(List<Token> t, int to) {
    for (int j = 0; j + 1 < to; j++) {
      if (t.get(j).isVerb() && HARM.contains(t.get(j).lemma()) && !NO_OBJECT.contains(t.get(j + 1).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The rule of a count of the hurt raised by a shooter who shot himself and lived. */
  static final String ALSO_HURT = "shooter-also-hurt";

  /**
   * A count that holds the shooter already: "three people, including the gunman, were hurt", "wounded two and then
   * himself".
   */
  private static final Pattern HOLDS_SHOOTER = Pattern.compile("(?i)\\bincluding\\s+(?:the\\s+)?(?:alleged\\s+"
      + "|suspected\\s+)?(?:gunman|shooter|suspect|attacker)\\b|\\band\\s+(?:then\\s+)?(?:himself|herself)\\b");

  /**
   * Drops from {@code figures} a perpetrator killed by {@link #RULE} when the incident reports no victim dead (a
   * shooter who "shot himself" after only wounding others may have lived); the first perpetrator killed another rule
   * found in the incident's sentences takes its place. Where none does, no one is told dead at all, so the shooter
   * lived, hurt by his own shot, and GVA counts him among the hurt: a count of the hurt whose sentence does not name
   * him already is one more ("shot his wife and baby before shooting himself", everyone alive: three hurt; Session 22,
   * hurt22a), and more by those he shot before himself where that count is someone else ({@link #shotBefore}).
   *
   * @param text the article's text
   * @param figures the incident's figures by kind, changed in place
   * @param counted the incident's sentences whose figures count, in text order
   * @param found the figures found in each sentence, by sentence index
   */
  static void besideDeaths(String text, Map<FigureKind, Figure> figures, List<Sentence> counted,
      List<List<FigureRules.Found>> found) {
    Figure perpetrator = figures.get(FigureKind.PERPETRATORS_KILLED);
    if (perpetrator == null || !perpetrator.rule().equals(RULE) || figures.get(FigureKind.KILLED) != null) {
      return;
    }
    figures.remove(FigureKind.PERPETRATORS_KILLED);
    for (Sentence s : counted) {
      for (FigureRules.Found f : found.get(s.index())) {
        if (f.figure().kind() == FigureKind.PERPETRATORS_KILLED && !f.figure().rule().equals(RULE)) {
          figures.put(FigureKind.PERPETRATORS_KILLED, f.figure());
          return;
        }
      }
    }
    figures.computeIfPresent(FigureKind.INJURED, (k, f) -> {
      if (HOLDS_SHOOTER.matcher(f.evidence().sentence().of(text)).find()) {
        return f;
      }
      int before = shotBefore(text, f, perpetrator, counted, found);
      return IncidentFigures.shifted(f, 1 + before, f.phrase() + (before > 0 ? " + shot before" : "") + " + shooter",
          ALSO_HURT);
    });
  }

  /**
   * The people the shooter shot before his own shot, told in that sentence one by one ("a man shot his girlfriend
   * before turning the shotgun on himself"), when the count of the hurt is someone else counted one by one in
   * another sentence ("a young child shot"; Session 23, hurt23a, from GVA dev, where the girlfriend was left out);
   * else 0. Someone else: a child beside an adult ({@link #CHILD}, {@link #ADULT}), for other words may name the same
   * one ("a woman shot" … "shot his wife before shooting himself").
   *
   * @param hurt the incident's count of the hurt
   * @param perpetrator the shooter's own shot ({@link #RULE})
   */
  private static int shotBefore(String text, Figure hurt, Figure perpetrator, List<Sentence> counted,
      List<List<FigureRules.Found>> found) {
    Span own = perpetrator.evidence().sentence();
    if (!isOneByOne(hurt) || hurt.evidence().sentence().equals(own)) {
      return 0;
    }
    Set<String> others = AlsoHurt.people(hurt.evidence().text()); // "child" of "a young child shot"
    for (Sentence s : counted) {
      if (!s.span().equals(own)) {
        continue;
      }
      for (FigureRules.Found f : found.get(s.index())) {
        Figure shot = f.figure();
        Set<String> words = AlsoHurt.people(shot.evidence().text());
        if (shot.kind() == FigureKind.INJURED && isOneByOne(shot)
            && (allIn(words, CHILD) && allIn(others, ADULT) || allIn(words, ADULT) && allIn(others, CHILD))) {
          return shot.best();
        }
      }
    }
    return 0;
  }

  /** Person words for a child: never the adult a shooter shot beside him ("his girlfriend" … "a young child"). */
  private static final Set<String> CHILD = Set.of("child", "baby", "infant", "toddler", "boy", "girl", "son",
      "daughter", "kid", "newborn");
  /** Person words for an adult. */
  private static final Set<String> ADULT = Set.of("man", "woman", "wife", "husband", "girlfriend", "boyfriend",
      "mother", "father", "mom", "dad", "fiancee", "fiance", "grandmother", "grandfather", "adult");

  /** Whether {@code words} holds a word and every one of them is in {@code kind}. */
  private static boolean allIn(Set<String> words, Set<String> kind) {
    return !words.isEmpty() && kind.containsAll(words);
  }

  /** Whether {@code f} counts victims one by one ("a man was wounded", "shot his girlfriend"). */
  private static boolean isOneByOne(Figure f) {
    return f.rule().equals(FigureRules.SINGULAR) || f.rule().equals(FigureRules.SINGULAR_WOUNDED);
  }

  /** A murder-suicide named as such: "a murder-suicide", "murder - suicide", "murder/suicide". */
  private static final Pattern MURDER_SUICIDE = Pattern.compile(
      "(?i)\\bmurder\\s*[-/]\\s*suicide\\b");

  /**
   * Adds the one murdered where the killer is counted dead from a murder-suicide named as such and no one else is read
   * dead: "Child in critical condition after parents' murder-suicide" (GVA dev, session 14 kill14: the mother killed,
   * then the father himself; we read the killer only). A murder-suicide has a victim dead besides the killer.
   *
   * @param figures the incident's figures by kind, changed in place
   */
  static void murderedBeside(Map<FigureKind, Figure> figures) {
    Figure perpetrator = figures.get(FigureKind.PERPETRATORS_KILLED);
    if (perpetrator == null || figures.containsKey(FigureKind.KILLED)
        || !MURDER_SUICIDE.matcher(perpetrator.evidence().text()).find()) {
      return;
    }
    figures.put(FigureKind.KILLED, new Figure(FigureKind.KILLED, 1, 1, 1, Qualifier.EXACT, "1",
        FigureRules.SINGULAR, perpetrator.evidence()));
  }
}
