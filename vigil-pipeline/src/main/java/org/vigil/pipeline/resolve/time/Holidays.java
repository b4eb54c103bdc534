package org.vigil.pipeline.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

  /**
   * A holiday: the ways it is written and its day in a year. Both views of the names come from this one list: a
   * pattern over a time expression's lower-cased phrase, apostrophes dropped ({@link #day}), and token sequences
   * ({@link #length}).
   */
  private record Holiday(List<String> names, IntFunction<LocalDate> day) {
    /** The names as a pattern over a lower-cased phrase without apostrophes ("new years eve"). */
    Pattern pattern() {
      return Pattern.compile(names.stream().map(Holidays::withoutApostrophes).distinct().map(Pattern::quote)
          .collect(Collectors.joining("|", "\\b(", ")\\b")));
    }
  }

  // the eves before the days they precede, so that "Christmas Eve" is not read as Christmas
  private static final List<Holiday> HOLIDAYS = List.of(
      new Holiday(List.of("christmas eve"), y -> LocalDate.of(y, 12, 24)),
      new Holiday(List.of("christmas", "xmas"), y -> LocalDate.of(y, 12, 25)),
      new Holiday(List.of("new year's eve", "new years eve"), y -> LocalDate.of(y, 12, 31)),
      new Holiday(List.of("new year's day", "new years day"), y -> LocalDate.of(y, 1, 1)),
      new Holiday(List.of("fourth of july", "july fourth", "independence day"), y -> LocalDate.of(y, 7, 4)),
      new Holiday(List.of("halloween"), y -> LocalDate.of(y, 10, 31)),
      new Holiday(List.of("valentine's day", "valentines day"), y -> LocalDate.of(y, 2, 14)),
      new Holiday(List.of("thanksgiving"), y -> nth(y, 11, 4, DayOfWeek.THURSDAY)),
      new Holiday(List.of("easter"), DateResolver::easter),
      new Holiday(List.of("memorial day"),
          y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
      new Holiday(List.of("labor day"), y -> nth(y, 9, 1, DayOfWeek.MONDAY)),
      new Holiday(List.of("mother's day", "mothers day"), y -> nth(y, 5, 2, DayOfWeek.SUNDAY)),
      new Holiday(List.of("father's day", "fathers day"), y -> nth(y, 6, 3, DayOfWeek.SUNDAY)));

  /** Each holiday's names as a pattern over a phrase, in the order of {@link #HOLIDAYS}. */
  private static final List<Pattern> PATTERNS = HOLIDAYS.stream().map(Holiday::pattern).toList();

  /**
   * Every holiday's names as tokens, as CoreNLP splits them ("new", "year", "'s", "eve"), in the order of
   * {@link #HOLIDAYS}, so that a longer name comes before the shorter one it begins with ("christmas eve").
   */
  private static final List<List<String>> TOKENS = HOLIDAYS.stream().flatMap(h -> h.names().stream())
      .map(Holidays::tokens).toList();

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
    String p = withoutApostrophes(phrase);
    for (int i = 0; i < HOLIDAYS.size(); i++) {
      if (!PATTERNS.get(i).matcher(p).find()) {
        continue;
      }
      // "two days after Christmas", tagged as one date: a day counted from the holiday or bounded by it
      if (SPAN.matcher(p).find() || BOUND.matcher(p).find()) {
        return null;
      }
      IntFunction<LocalDate> day = HOLIDAYS.get(i).day();
      if (year != null) {
        return day.apply(year);
      }
      LocalDate d = day.apply(published.getYear());
      if (!d.isAfter(published)) {
        return d;
      }
      return d.isAfter(published.plusDays(TO_COME)) ? day.apply(published.getYear() - 1) : null;
    }
    return null;
  }

  /** Whether a phrase names a holiday, its day or its span ("Labor Day weekend"). */
  static boolean named(String phrase) {
    String p = withoutApostrophes(phrase);
    return PATTERNS.stream().anyMatch(h -> h.matcher(p).find());
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
    for (List<String> name : TOKENS) {
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

  /** A phrase without its apostrophes, straight or curly ("new year's eve" → "new years eve"). */
  private static String withoutApostrophes(String phrase) {
    return phrase.replace("\u2019", "").replace("'", "");
  }

  /** A name as CoreNLP's tokens: words split at spaces, a possessive "'s" split off ("new", "year", "'s", "eve"). */
  private static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String word : name.split(" ")) {
      if (word.endsWith("'s")) {
        out.add(word.substring(0, word.length() - 2));
        out.add("'s");
      } else {
        out.add(word);
      }
    }
    return List.copyOf(out);
  }

  /** The n-th given weekday of a month. */
  private static LocalDate nth(int year, int month, int n, DayOfWeek dow) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
  }
}
