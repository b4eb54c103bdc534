package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.model.IncidentTime;
import org.vigil.pipeline.annotate.Sentence;

/**
 * Which event day is another incident's: a new story names its own incident's day of this week first, by its
 * weekday, and recalls an earlier incident by its calendar date further down ("It happened after 3 a.m. Wednesday at
 * home on …" … "It is the second accidental shooting involving teenagers in … in as many weeks. Exactly one week ago,
 * on June 29th, a 13-year-old died after a gun … went off", #1519 of GVA dev). A follow-up names a step's day first
 * ("Detectives arrested seven other suspects, including two on Thursday"), whose sentence tells no event, and there
 * the recalled calendar day is the incident's.
 *
 * <p>Stateless and thread-safe.
 */
final class RecalledIncidentDays {
  private RecalledIncidentDays() {}

  /**
   * Whether a sentence tells the event itself, with no step of the investigation or the courts in it: a day it names
   * by its weekday, even one the parse hangs on no event word, is a day of the event, not of this week's news.
   */
  static boolean tellsEventOnly(Sentence s, List<Mention> triggers) {
    boolean event = false;
    for (int i = 0; i < s.tokens().size(); i++) {
      String lemma = s.tokens().get(i).lemma();
      if (AsideDays.PROCEDURE_VERBS.contains(lemma) || s.tokens().get(i).isNoun() && AsideDays.stepNoun(lemma)
          || VERDICTS.contains(lemma)) {
        return false;
      }
      event |= EventWords.event(s, i, triggers);
    }
    return event;
  }

  /** Words of a verdict or a plea ("was found guilty Tuesday in a May 25 shooting"). */
  private static final Set<String> VERDICTS = Set.of("guilty");

  /**
   * Whether an event day named by its calendar date a week or more before the day named first is another
   * incident's: the first day was named by its weekday in a sentence that tells the event ({@link #tellsEventOnly}).
   *
   * @param first the first day the incident's sentences named beside the event, or null
   * @param firstTellsEvent whether the sentence of {@code first} tells the event only
   * @param day an event day named after it
   */
  static boolean anotherIncidents(IncidentTime first, boolean firstTellsEvent, IncidentTime day) {
    // "Exactly one week ago, on June 29th" in a paper of the Wednesday after: counted from the day after the first
    // day, a calendar day a week or more before it
    return first != null && firstTellsEvent && first.rule().equals("weekday-on-or-before-publication")
        && NamedDays.calendarDay(day, first.start().plusDays(1));
  }
}
