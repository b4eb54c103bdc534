package org.vigil.pipeline.extract;

import java.util.List;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.resolve.time.DateResolver;

/**
 * A sentence that names the event only as the reason for a step: "On March 24th, 2016 at approximately 4:00 pm the
 * … Sheriff's Office contacted the Oceanside Police Department and requested assistance in locating a suspect who
 * was wanted in connection with the triple homicide" (#1205 of GVA dev, whose bodies were found "On Wednesday
 * evening, March 23, 2016"). Its day is the step's, which {@link IncidentTimes} uses only when nothing else dates the
 * incident, as it does a statement's.
 *
 * <p>Stateless and thread-safe.
 */
final class ConnectedStep {
  private ConnectedStep() {}

  /**
   * Whether every word of the event in the sentence hangs below "connection" ("in connection with the shooting"),
   * there is one, and the day does not hang on one.
   */
  static boolean only(Sentence s, DateResolver.Expression e, List<Mention> triggers) {
    int h = DatedWords.datedWord(s, e);
    if (h < 0 || EventWords.event(s, h, triggers)) {
      return false;
    }
    boolean named = false;
    for (int i = 0; i < s.tokens().size(); i++) {
      if (i >= e.first() && i <= e.last() || !EventWords.event(s, i, triggers)) {
        continue;
      }
      if (!belowConnection(s, i)) {
        return false;
      }
      named = true;
    }
    return named;
  }

  /** Whether a word hangs, within a few steps, below the noun "connection". */
  private static boolean belowConnection(Sentence s, int token) {
    for (int h = s.head(token), steps = 0; h >= 0 && steps < REACH; h = s.head(h), steps++) {
      if (s.tokens().get(h).lemma().equals("connection")) {
        return true;
      }
    }
    return false;
  }

  /** How many words up a word of the event may hang below "connection" ("the triple homicide in their city"). */
  private static final int REACH = 3;
}
