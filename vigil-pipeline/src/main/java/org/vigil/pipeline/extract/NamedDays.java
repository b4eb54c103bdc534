package org.vigil.pipeline.extract;

import java.time.LocalDate;
import java.util.Set;
import org.vigil.model.IncidentTime;

/**
 * How a resolved day was named, which tells how far it may be trusted to date an incident: counted from when the
 * words were said ("today", "last night"), named by its weekday within the week before publication, or named by its
 * calendar date weeks back.
 *
 * <p>Stateless and thread-safe.
 */
final class NamedDays {
  private NamedDays() {}

  /**
   * "Today", "last night": days counted from when the words were said, which in a quotation ("18 people died in last
   * night's attack", a spokesman told the agency) is not the publication date; they do not outrank an earlier day.
   */
  static boolean deictic(IncidentTime t) {
    return t.rule().equals("publication-day") || t.rule().equals("day-before-publication");
  }

  /** Whether a day was named by its weekday ("Thursday", "last Friday") or as "today" or "last night". */
  static boolean namedByWeekday(IncidentTime t) {
    return t.rule().equals("weekday-on-or-before-publication") || deictic(t);
  }

  /**
   * Whether a day was named by its month and day ("on Nov. 22", "the July 17 shooting") over a week before
   * publication, which a weekday could not have named.
   */
  static boolean calendarDay(IncidentTime t, LocalDate published) {
    if (published == null || !CALENDAR_RULES.contains(t.rule()) || !t.start().isBefore(published.minusDays(WEEK))) {
      return false;
    }
    // "On January 15, 1947, the remains of Elizabeth Short were found", in a 2013 story: history, not the incident a
    // follow-up follows, whose trial or plea comes within a few years
    if (t.start().isBefore(published.minusYears(FOLLOW_UP_YEARS))) {
      return false;
    }
    // "will be arraigned January 21" in a January 20 paper: a day soon after publication, put a year back by the
    // past bias, is still to come
    LocalDate nextYear = t.start().plusYears(1);
    return !t.rule().equals("month-on-or-before-publication") || !nextYear.isAfter(published)
        || nextYear.isAfter(published.plusDays(SOON));
  }

  /** Years back beyond which a calendar day is history rather than the incident a story follows up. */
  private static final int FOLLOW_UP_YEARS = 3;

  /** Days after publication within which a day without a year named is more likely to come than a year back. */
  private static final int SOON = 60;

  /** The rules of {@link org.vigil.pipeline.resolve.time.DateResolver} that resolve a day named by its month. */
  private static final Set<String> CALENDAR_RULES = Set.of("explicit", "month-on-or-before-publication",
      "month-of-year-named-before", "month-of-last-year");

  /** Days back from publication beyond which a weekday would have needed a date ("last Thursday", "June 2"). */
  private static final int WEEK = 7;
}
