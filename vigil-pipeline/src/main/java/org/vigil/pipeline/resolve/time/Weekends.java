package org.vigil.pipeline.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Evidence;
import org.vigil.model.IncidentTime;
import org.vigil.model.TimePrecision;
import org.vigil.pipeline.annotate.Token;

/**
 * The weekend a phrase names ("over the weekend", "this past weekend", "the weekend's shooting"), with the past bias
 * of news: the last Saturday and Sunday on or before the publication date, cut at the publication date when the paper
 * is out that weekend. CoreNLP tags these phrases as dates that name no day, so they dated nothing and a page whose
 * only time words they were fell back to its publication date ("An 18-year-old man fatally shot his 17-year-old high
 * school friend … over the weekend", dev #719, in a Tuesday paper). Session 16, dates16.
 *
 * <p>Not a holiday's weekend, whose days are the holiday's ("Memorial Day weekend", {@link Holidays}), nor weekends
 * in general ("on weekends"), nor one to come ("next weekend", "this coming weekend"). Stateless and thread-safe.
 */
public final class Weekends {
  private Weekends() {}

  /** The rule of a weekend's time. */
  static final String RULE = "weekend-on-or-before-publication";

  /** The rule of the day a main incident dated only by a weekend is given ({@link #lastDay}). */
  public static final String LAST_DAY_RULE = "weekend-last-day";

  /** One weekend, singular. */
  private static final Pattern WEEKEND = Pattern.compile("\\bweekend\\b");

  /** Words that make the weekend one still to come. */
  private static final Pattern TO_COME = Pattern.compile("\\b(next|coming|upcoming|following)\\b");

  /** Words before "weekend" that belong to its phrase ("over the weekend", "this past weekend"). */
  private static final Set<String> LEADS = Set.of("the", "this", "last", "past", "coming", "upcoming", "next",
      "following", "that", "holiday");

  /**
   * Where the phrase of an untagged "weekend" at {@code i} begins ("the weekend", "this past weekend"), or -1 when
   * the word is no weekend or names one after a holiday or a name ("Labor Day weekend", "the Fourth of July
   * weekend"), whose days are not the last weekend's.
   */
  static int from(List<Token> t, int i) {
    if (!t.get(i).lower().equals("weekend")) {
      return -1;
    }
    int from = i;
    while (from > 0 && LEADS.contains(t.get(from - 1).lower()) && t.get(from - 1).ner().equals("O")) {
      from--;
    }
    return from == i && i > 0 && t.get(i - 1).isCapitalised() ? -1 : from;
  }

  /**
   * The weekend a phrase names, or null when it names none (or a holiday's, or one to come).
   *
   * @param phrase the time expression, lower-cased
   * @param asWritten the time expression as written
   * @param published the publication date, not null
   */
  static IncidentTime resolve(String phrase, String asWritten, LocalDate published, Evidence ev) {
    if (!WEEKEND.matcher(phrase).find() || TO_COME.matcher(phrase).find() || Holidays.named(phrase)) {
      return null;
    }
    LocalDate saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    // "last weekend" in a Saturday or Sunday paper is the one before the paper's own
    if (phrase.contains("last weekend") && published.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
      saturday = saturday.minusWeeks(1);
    }
    LocalDate sunday = saturday.plusDays(1);
    LocalDate end = sunday.isAfter(published) ? published : sunday;
    return new IncidentTime(saturday, end, TimePrecision.WEEK, asWritten, published, RULE, ev);
  }

  /**
   * The one day a main incident dated only by a weekend is given: the weekend's last day, the latest the text allows,
   * as an undated incident takes its publication date (of the eight pages of dev articles 401–2,000 that fell back to
   * the publication date while saying "weekend", gold was the weekend's Sunday on six); any other time as it is.
   */
  public static IncidentTime lastDay(IncidentTime t) {
    if (!RULE.equals(t.rule())) {
      return t;
    }
    return new IncidentTime(t.end(), t.end(), TimePrecision.DAY, t.phrase(), t.anchor(), LAST_DAY_RULE, t.evidence());
  }
}
