package org.vigil.pipeline.extract;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;

/**
 * A suspect killed by others (the police, an armed resident) is most often the one person dead that the one-by-one
 * rules read in another sentence: "Police officer fatally shoots man in Selma" … "the suspect was killed", "Man dead
 * in officer-involved shooting" … "the suspect was pronounced dead". GVA counts him once, so one victim killed
 * counted one by one beside one perpetrator killed who did not die by his own hand is that perpetrator told again.
 * A killer's suicide ("turned the gun on himself", "murder-suicide") is no such case: his victims are others.
 * Measured on GVA articles 401–2,000 (session 12, kill12) before it was built: of the incidents with one victim
 * counted one by one and a suspect killed not by his own hand, 7 of 8 had one dead. Stateless.
 */
final class DeadSuspect {
  private DeadSuspect() {}

  /** Words of a killer's own death by his hand, in the sentence that tells the perpetrator dead. */
  private static final Pattern OWN_HAND = Pattern.compile(
      "(?i)\\b(himself|herself|self|self-inflicted|suicide|murder-suicide|own life)\\b");

  private static final String KILLER = "(?:" + String.join("|", Lexicon.PERPETRATOR_NOUNS) + ")";

  /**
   * A count of the dead that names the killer among them, in its own sentence: "Six people were killed, including
   * the suspect", "five deaths, including the alleged gunman"; not "not including the suspect" (the victims only),
   * nor "one person was killed and four others were injured, including the gunman" (a count of the hurt between).
   */
  private static final Pattern INCLUDING_HIM = Pattern.compile("(?i)\\b(?:dead|killed|deaths|died)\\b[^.;:]{0,20}?"
      + "(?<!\\bnot\\s)\\bincluding\\s+(?:(?:the|a|one)\\s+)?(?:\\w+\\s+)?" + KILLER + "\\b(?!')");

  /** The killer told among the dead anywhere in the article: "the shooter was among the dead". */
  private static final Pattern AMONG_THE_DEAD = Pattern.compile("(?i)\\b" + KILLER + "\\b(?!')[^.]{0,40}\\bamong\\s+"
      + "(?:the|those)\\s+(?:dead|killed)\\b|\\bamong\\s+(?:the|those)\\s+(?:dead|killed)\\b[^.]{0,40}\\b" + KILLER
      + "\\b(?!')");

  /** The rules of a count of the dead: "4 dead", "Two dead, 6 injured", "one man dead", but also "7 slain". */
  private static final Set<String> COUNTS_OF_DEAD = Set.of("number-dead", "number-noun-dead");
  /** A count of the dead as a state, the killer among them: "4 dead", not "7 slain" nor "Four shot to death". */
  private static final Pattern STATE_OF_DEAD = Pattern.compile("(?i)\\bdead\\b");

  /**
   * Drops from {@code figures} the perpetrator killed, told in another sentence than the count of the dead, when that
   * count already holds him: it names him ({@link #INCLUDING_HIM}), the article tells him among the dead
   * ({@link #AMONG_THE_DEAD}), or the count is of the dead as a state ("4 dead, 2 injured in a shooting at a tribal
   * meeting" where the police killed the gunman: GVA's four include him, as "dead-minus-perpetrators" reads beside a
   * killer's suicide). A count of the victims ("Four people were killed", "7 slain by a gunman", "Four shot to
   * death", "Five people died") or none at all leaves him out, and he stands; so does one the count's own sentence
   * tells apart ("14 dead, 21 injured …; 2 suspects killed"), and one already taken out of the count beside his
   * suicide ("five people dead, including the gunman" … "murder-suicide": four victims). Victims counted one by one
   * are left to {@link #toldTwice}.
   *
   * @param text the article's text
   * @param figures the incident's figures by kind, changed in place
   */
  static void inTheCount(String text, Map<FigureKind, Figure> figures) {
    Figure dead = figures.get(FigureKind.KILLED);
    Figure perpetrator = figures.get(FigureKind.PERPETRATORS_KILLED);
    if (perpetrator == null || dead == null || perpetrator.evidence().sentence().equals(dead.evidence().sentence())
        || dead.rule().equals(IncidentFigures.DEAD_MINUS_PERPETRATORS)) { // the count has already let him out
      return;
    }
    boolean state = COUNTS_OF_DEAD.contains(dead.rule()) && STATE_OF_DEAD.matcher(dead.evidence().text()).find();
    if (state || INCLUDING_HIM.matcher(dead.evidence().sentence().of(text)).find()
        || AMONG_THE_DEAD.matcher(text).find()) {
      figures.remove(FigureKind.PERPETRATORS_KILLED);
    }
  }

  /**
   * Drops from {@code figures} the one victim killed counted one by one when one perpetrator killed, not by his own
   * hand, stands beside it: the dead are that perpetrator alone. One the police killed died by no hand of his own,
   * whatever else his sentence tells: "officers have shot and killed a woman who barricaded herself and a child inside
   * an apartment" (GVA dev) is one death, not a woman killed and a killer killed.
   *
   * @param text the article's text
   * @param figures the incident's figures by kind, changed in place
   */
  static void toldTwice(String text, Map<FigureKind, Figure> figures) {
    Figure dead = figures.get(FigureKind.KILLED);
    Figure perpetrator = figures.get(FigureKind.PERPETRATORS_KILLED);
    if (dead == null || perpetrator == null || dead.best() != 1 || perpetrator.best() != 1
        || !dead.rule().equals(FigureRules.SINGULAR) || !perpetrator.rule().equals(KilledByPolice.RULE)
        && OWN_HAND.matcher(perpetrator.evidence().sentence().of(text)).find()) {
      return;
    }
    figures.remove(FigureKind.KILLED);
  }
}
