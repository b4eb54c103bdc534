package org.vigil.pipeline.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.vigil.pipeline.annotate.Token;

/**
 * The day a US holiday names ("Identities of Christmas night quadruple shooting victims released", "2 arrested in
 * Easter fatal shooting of 3-year-old", "on the Fourth of July"), with the past bias of news: the last such day on or
 * before the publication date. CoreNLP leaves most of these names untagged ({@link #length} finds them), and the
 * phrases it does tag name neither a month and a day nor a weekday, so they resolved to nothing (or, "Fourth of July",
 * to the month of July).
 *
 * <p>A holiday a few weeks after the publication date is one still to come ("home for Christmas" in a December 10
 * paper), not last year's; a holiday's weekend or season ("Memorial Day weekend", "the Christmas holidays") is no
 * day. Stateless and thread-safe.
 */
final class Holidays {
  private Holidays() {}

  /** A holiday: the words that name it and its day in a year. */
  private record Holiday(Pattern name, IntFunction<LocalDate> day) {}

  // the eves before the days they precede, so that "Christmas Eve" is not read as Christmas
  private static final List<Holiday> HOLIDAYS = List.of(
      new Holiday(Pattern.compile("\\bchristmas eve\\b"), y -> LocalDate.of(y, 12, 24)),
      new Holiday(Pattern.compile("\\b(christmas|xmas)\\b"), y -> LocalDate.of(y, 12, 25)),
      new Holiday(Pattern.compile("\\bnew years? eve\\b"), y -> LocalDate.of(y, 12, 31)),
      new Holiday(Pattern.compile("\\bnew years? day\\b"), y -> LocalDate.of(y, 1, 1)),
      new Holiday(Pattern.compile("\\b(fourth of july|july fourth|independence day)\\b"), y -> LocalDate.of(y, 7, 4)),
      new Holiday(Pattern.compile("\\bhalloween\\b"), y -> LocalDate.of(y, 10, 31)),
      new Holiday(Pattern.compile("\\bvalentines? day\\b"), y -> LocalDate.of(y, 2, 14)),
      new Holiday(Pattern.compile("\\bthanksgiving\\b"), y -> nth(y, 11, 4, DayOfWeek.THURSDAY)),
      new Holiday(Pattern.compile("\\beaster\\b"), DateResolver::easter),
      new Holiday(Pattern.compile("\\bmemorial day\\b"),
          y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
      new Holiday(Pattern.compile("\\blabor day\\b"), y -> nth(y, 9, 1, DayOfWeek.MONDAY)),
      new Holiday(Pattern.compile("\\bmothers day\\b"), y -> nth(y, 5, 2, DayOfWeek.SUNDAY)),
      new Holiday(Pattern.compile("\\bfathers day\\b"), y -> nth(y, 6, 3, DayOfWeek.SUNDAY)));

  /** A holiday's weekend, week or season, which is no single day. */
  private static final Pattern SPAN = Pattern.compile("\\b(weekend|week|holidays?|season|break|period)\\b");

  /** Words that make a holiday the bound or the origin of another day ("two days after Christmas"). */
  private static final Pattern BOUND = Pattern.compile("\\b(after|before|since|until|till|through|by)\\b");

  /** Days after publication within which a holiday is still to come rather than last year's. */
  private static final int TO_COME = 45;

  /**
   * The day a holiday named in a phrase falls on, or null when the phrase names no holiday, names its span, or names
   * one still to come.
   *
   * @param phrase the time expression, lower-cased
   * @param year the year the phrase names, or null
   * @param published the publication date, not null
   */
  static LocalDate day(String phrase, Integer year, LocalDate published) {
    String p = phrase.replace("\u2019", "").replace("'", "");
    for (Holiday h : HOLIDAYS) {
      if (!h.name().matcher(p).find()) {
        continue;
      }
      // "two days after Christmas", tagged as one date: a day counted from the holiday or bounded by it
      if (SPAN.matcher(p).find() || BOUND.matcher(p).find()) {
        return null;
      }
      if (year != null) {
        return h.day().apply(year);
      }
      LocalDate d = h.day().apply(published.getYear());
      if (!d.isAfter(published)) {
        return d;
      }
      return d.isAfter(published.plusDays(TO_COME)) ? h.day().apply(published.getYear() - 1) : null;
    }
    return null;
  }

  /**
   * How many tokens from {@code i} name a holiday ("Christmas", "New Year's Eve", "Fourth of July"), which CoreNLP
   * often leaves untagged ("Identities of Christmas night quadruple shooting victims released", "2 arrested in Easter
   * fatal shooting"); 0 when none does, when its weekend, week or season follows ("Labor Day weekend"), or when it is
   * a bound or an offset of another day ("two days after Christmas").
   */
  static int length(List<Token> t, int i) {
    // "a shooting that left a 7-year-old girl dead … two days after Christmas": a bound or an offset, not the day
    if (!t.get(i).isCapitalised() || i > 0 && BOUNDS.contains(t.get(i - 1).lower())) {
      return 0;
    }
    for (List<String> name : NAMES) {
      int n = name.size();
      if (i + n > t.size()) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < n && match; k++) {
        match = t.get(i + k).lower().replace('\u2019', '\'').equals(name.get(k));
      }
      if (match) {
        return i + n < t.size() && SPAN.matcher(t.get(i + n).lower()).matches() ? 0 : n;
      }
    }
    return 0;
  }

  /** Words before a holiday that make it a bound or an offset of another day ("two days after Christmas"). */
  private static final Set<String> BOUNDS = Set.of("after", "before", "since", "until", "till", "through", "by");

  /** The holidays' names as tokens, the longer before the shorter they begin with. */
  private static final List<List<String>> NAMES = List.of(List.of("christmas", "eve"), List.of("christmas"),
      List.of("xmas"), List.of("new", "year", "'s", "eve"), List.of("new", "years", "eve"),
      List.of("new", "year", "'s", "day"), List.of("fourth", "of", "july"), List.of("july", "fourth"),
      List.of("independence", "day"), List.of("halloween"), List.of("valentine", "'s", "day"),
      List.of("thanksgiving"), List.of("easter"), List.of("memorial", "day"), List.of("labor", "day"),
      List.of("mother", "'s", "day"), List.of("father", "'s", "day"));

  /** The n-th given weekday of a month. */
  private static LocalDate nth(int year, int month, int n, DayOfWeek dow) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
  }
}
