package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;

/**
 * A police officer shot in an incident whose only dead is the suspect the police killed: the officer is hurt
 * (Session 13, hurt13). "NOPD Superintendent Michael Harrison said a State Trooper was shot in the left elbow …
 * The suspect was taken to the hospital, where he later died", "One officer was hit in the arm and taken to a
 * hospital" beside a man "fatally shot by Los Angeles police officers", "A Chicago Police officer … was shot …, and
 * the suspect in the shooting was killed". Until now the one dead (the suspect, told as a victim counted one by one)
 * made the officer counted one by one "one of the dead described again", and a count of those shot ("One officer was
 * hit") less that one dead left no one hurt; {@link DeadSuspect#toldTwice} then takes the dead for the suspect alone,
 * so the officer, who is not the suspect, is alive and hurt.
 *
 * <p>Asked after {@link DeadSuspect}: only when no victim killed is left and a perpetrator killed is, and no count
 * of the hurt above zero stands. The officer is the first hurt counted one by one (or the count of those shot) whose
 * words name a police officer and no agent ("by"), told in a sentence with no death in it or the next; no police
 * officer may be told dead anywhere in the article ("fatally shot a deputy", "the officer died"). Stateless.
 */
final class OfficerBesideDeadSuspect {
  private OfficerBesideDeadSuspect() {}

  private static final String OFFICER = "(?:" + String.join("|", Lexicon.OFFICERS) + ")";

  /**
   * An officer told dead: "the officer died", "deputy was killed", "fatally shot a deputy", "killed a police officer",
   * "the death of the officer"; not "officers shot and killed a man", nor "a deputy was shot and the suspect was
   * killed".
   */
  private static final Pattern OFFICER_DEAD = Pattern.compile("(?i)\\b" + OFFICER + "\\b(?:'s)?\\s+"
      + "((?!and\\b|but\\b)[\\w'’-]+\\s+){0,4}?(died|dies|death|(is|was|were|been)\\s+([\\w-]+\\s+){0,2}?"
      + "(killed|slain|dead|fatally))\\b"
      + "|\\b(killed|killing|kills|slain|murdered|murdering|fatally\\s+(shot|shooting|shoots)|death\\s+of|funeral)"
      + "\\s+(of\\s+)?((a|an|the|one|two)\\s+)?((?!by\\b)[\\w'’-]+\\s+){0,3}?" + OFFICER + "\\b");

  /** A police word among the words of a figure: "officer was shot", "One officer was hit", "shot the trooper". */
  private static final Pattern NAMES_OFFICER = Pattern.compile("(?i)\\b" + OFFICER + "\\b");

  /** An agent: "person was shot by an officer" names the shooter, not the one shot. */
  private static final Pattern AGENT = Pattern.compile("(?i)\\bby\\b");

  /**
   * Puts the officer shot back as one hurt (or the count of officers shot) when the only dead left in
   * {@code figures} is the suspect.
   *
   * @param text the article's text
   * @param figures the incident's figures by kind, after {@link DeadSuspect}; changed in place
   * @param oneByOne the hurt counted one by one, in text order
   * @param deaths every count of the dead found, in text order
   * @param shotTotal the count of everyone shot before the dead were taken from it, or null
   */
  static void restore(String text, Map<FigureKind, Figure> figures, List<Figure> oneByOne, List<Figure> deaths,
      Figure shotTotal) {
    Figure injured = figures.get(FigureKind.INJURED);
    Figure suspect = figures.get(FigureKind.PERPETRATORS_KILLED);
    if (figures.get(FigureKind.KILLED) != null || suspect == null || injured != null && injured.best() > 0
        || OFFICER_DEAD.matcher(text).find()) {
      return;
    }
    if (shotTotal != null && injured != null && officerAlive(text, shotTotal)) {
      figures.put(FigureKind.INJURED, shotTotal); // "One officer was hit": the dead were none of them
      return;
    }
    for (Figure f : oneByOne) {
      if (officerAlive(text, f)) {
        figures.put(FigureKind.INJURED, f);
        return;
      }
    }
    // "A Chicago Police officer … was shot …, and the suspect in the shooting was killed": the death told in the
    // sentence is the suspect's, so the officer counted one by one as dead there is the one hurt
    for (Figure f : deaths) {
      if (f.rule().equals(FigureRules.SINGULAR) && f.evidence().sentence().equals(suspect.evidence().sentence())
          && NAMES_OFFICER.matcher(f.evidence().text()).find() && !AGENT.matcher(f.evidence().text()).find()
          && !IncidentFigures.DEATHS.matcher(f.evidence().text()).find()
          && !IncidentFigures.DEATHS.matcher(LimbWound.nextSentence(text, f.evidence().sentence().end())).find()) {
        figures.put(FigureKind.INJURED, new Figure(FigureKind.INJURED, 1, 1, 1, f.qualifier(), f.phrase(),
            FigureRules.SINGULAR, f.evidence()));
        return;
      }
    }
  }

  /** Whether {@code f} names an officer shot, not the shooter, with no death told in its sentence or the next. */
  private static boolean officerAlive(String text, Figure f) {
    String words = f.evidence().text();
    String sentence = f.evidence().sentence().of(text);
    return NAMES_OFFICER.matcher(words).find() && !AGENT.matcher(words).find()
        && !IncidentFigures.DEATHS.matcher(sentence).find()
        && !IncidentFigures.DEATHS.matcher(LimbWound.nextSentence(text, f.evidence().sentence().end())).find();
  }
}
