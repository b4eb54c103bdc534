package org.vigil.pipeline.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.vigil.model.IncidentTime;
import org.vigil.model.Status;
import org.vigil.model.TimePrecision;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;

/**
 * The second step of extraction: decides which incident is the article's main one once its sentences are grouped
 * ({@link SentenceGrouping}), by how each group is dated ({@link IncidentTimes#dating}). A main incident its own
 * sentences do not date by the event's day may be a follow-up of a recalled one: that one joins it (a recalled lead,
 * a recalled incident dated better, a dated sentence kept aside, a recalled incident on the main one's own day).
 *
 * <p>Stateless and thread-safe; {@link #choose} rearranges the groups of one article in place.
 */
final class MainIncidentChoice {
  private final IncidentTimes times;

  MainIncidentChoice(IncidentTimes times) {
    this.times = times;
  }

  /**
   * The article's main group after the recalled incidents that are the main one have joined it; those leave
   * {@code groups.background()}. The result has no mentions when the article has no main incident.
   */
  IncidentGroup choose(Annotated doc, SentenceGrouping.Groups groups, LocalDate published) {
    IncidentGroup main = groups.main();
    List<IncidentGroup> background = groups.background();
    // an article whose lead reports an incident dated more than a month back (a trial, an anniversary, or a late
    // report) still has that incident as its main one; so do later mentions that set no date of their own ("Man
    // found guilty in May 25 fatal shooting … the victim was shot in the head")
    // A main incident that sets no date of its own, in an article that recalls a dated one further down ("Brady
    // Osborne, 16, is charged … Matt Anderson, 15, died nearly 6 months ago, on March 1"), is that one: a follow-up.
    IncidentTimes.Dating mainDating = main.mentions.isEmpty() ? IncidentTimes.Dating.NONE
        : times.dating(doc, main.sentences, main.mentions, published);
    if (!background.isEmpty() && background.get(0).sentences.get(0).index() <= 1
        && mainDating == IncidentTimes.Dating.NONE) {
      main = promote(main, background.get(0), background);
      // "received probation Thursday for killing his best friend 18 months ago … shooting Anderson on March 1,
      // 2014": a recalled lead that its own sentences do not date by the event may take a day recalled further down
      mainDating = times.dating(doc, main.sentences, main.mentions, published);
    }
    if (!main.mentions.isEmpty() && mainDating != IncidentTimes.Dating.EVENT_DAY) {
      IncidentGroup recalled = recalledFor(doc, mainDating, background, published);
      if (recalled != null) {
        main = promote(main, recalled, background);
        mainDating = times.dating(doc, main.sentences, main.mentions, published);
      }
    }
    if (!main.mentions.isEmpty() && mainDating != IncidentTimes.Dating.EVENT_DAY) {
      recallWithoutTrigger(doc, main, groups.datedAside(), published);
    }
    if (!main.mentions.isEmpty()) {
      absorbSameDay(doc, main, background, published);
    }
    return main;
  }

  /**
   * ("… when he shot a 15-year-old boy last summer … Bourda was killed June 5, 2014"): an undated main incident takes
   * any dated recalled one, one dated by a month or a season only one that names its day, and one dated only by a day
   * beside something else ("the report, released Friday … On April 2, Lopez opened fire") only one whose day the
   * event itself is said on; of those that fit, the first whose event day is said wins ("ordered held without bond
   * Monday in connection with a shooting … two months ago … Five people were shot about 12:10 a.m. on Sept. 29").
   * Null when none fits.
   */
  private IncidentGroup recalledFor(Annotated doc, IncidentTimes.Dating mainDating, List<IncidentGroup> background,
      LocalDate published) {
    IncidentGroup recalled = null;
    for (IncidentGroup g : background) {
      IncidentTimes.Dating d = times.dating(doc, g.sentences, g.mentions, published);
      boolean fits = switch (mainDating) {
        case NONE -> d != IncidentTimes.Dating.NONE;
        case COARSE -> d == IncidentTimes.Dating.DAY || d == IncidentTimes.Dating.EVENT_DAY;
        default -> d == IncidentTimes.Dating.EVENT_DAY;
      };
      if (fits && (recalled == null || d == IncidentTimes.Dating.EVENT_DAY)) {
        recalled = g;
        if (d == IncidentTimes.Dating.EVENT_DAY) {
          break;
        }
      }
    }
    return recalled;
  }

  /**
   * "Toledo man found guilty in May 25 fatal shooting … accused in a May 25 shooting that killed one and injured three
   * others": a recalled mention on the main incident's own day is the main incident. ("shot and killed one of his
   * friends in February … The shooting occurred Feb. 6"): and one dated only by its month takes a recalled day of that
   * month.
   */
  private void absorbSameDay(Annotated doc, IncidentGroup main, List<IncidentGroup> background, LocalDate published) {
    IncidentTime mainDay = times.choose(doc, main.ordered(), main.mentions, null, published);
    if (mainDay != null && (mainDay.precision() == TimePrecision.DAY || mainDay.precision() == TimePrecision.MONTH)) {
      boolean absorbed = false;
      for (Iterator<IncidentGroup> it = background.iterator(); it.hasNext(); ) {
        IncidentGroup g = it.next();
        IncidentTime day = times.choose(doc, g.ordered(), g.mentions, null, published);
        if (day != null && day.start() != null && within(mainDay, day)) {
          main.addAll(g);
          it.remove();
          absorbed = true;
        }
      }
      if (absorbed) {
        main.sentences.sort(Comparator.comparingInt(Sentence::index));
      }
    }
  }

  /** The main incident joined by a recalled one, which leaves the background; a recalled lead's sentences first. */
  private static IncidentGroup promote(IncidentGroup main, IncidentGroup recalled, List<IncidentGroup> background) {
    background.remove(recalled);
    IncidentGroup promoted = new IncidentGroup(Status.MAIN);
    boolean lead = recalled.sentences.get(0).index() <= 1;
    for (IncidentGroup part : lead ? List.of(recalled, main) : List.of(main, recalled)) {
      promoted.addAll(part);
    }
    if (!lead) {
      promoted.sentences.sort(Comparator.comparingInt(Sentence::index));
    }
    return promoted;
  }

  /**
   * A main incident that its own sentences do not date by a day the event is said on takes the first recalled day in
   * a sentence without a trigger whose parse attaches it to the event ("facing a felony charge in the March 1 death of
   * his best friend", "The incident occurred Aug. 2"): of any month when the main incident names none, else of its
   * month.
   */
  private void recallWithoutTrigger(Annotated doc, IncidentGroup main, List<Sentence> aside, LocalDate published) {
    IncidentTime own = times.choose(doc, main.ordered(), main.mentions, null, published);
    // "Detectives arrested seven other suspects, including two on Thursday. … Officers believe the men opened fire on
    // a large crowd … on Nov. 22": a main incident dated only by a weekday beside something else, a day of this
    // week's news, takes a calendar day recalled weeks back
    boolean thisWeek = own != null && own.precision() == TimePrecision.DAY && NamedDays.namedByWeekday(own);
    for (Sentence s : aside) {
      IncidentTime day = times.recalledDay(doc, s, published, own == null);
      if (day == null && thisWeek) {
        day = times.calendarDay(doc, s, published);
      }
      if (day != null && (own == null || own.precision() != TimePrecision.MONTH || within(own, day))) {
        main.sentences.add(s);
        main.sentences.sort(Comparator.comparingInt(Sentence::index));
        return;
      }
    }
  }

  /**
   * Whether a recalled mention's time is the main incident's: its day (or a day of the month the main incident is
   * dated by), or a month or a year that holds the main incident's day ("charged in a July 2014 shooting that left a
   * boy dead and six others wounded … a shooting on July 25 2014").
   */
  private static boolean within(IncidentTime main, IncidentTime recalled) {
    return switch (recalled.precision()) {
      // the main incident's day, or a day of the month the main incident is dated by
      case DAY -> !recalled.start().isBefore(main.start()) && !recalled.start().isAfter(main.end());
      case MONTH, YEAR -> main.precision() == TimePrecision.DAY && !main.start().isBefore(recalled.start())
          && !main.start().isAfter(recalled.end());
      default -> false;
    };
  }
}
