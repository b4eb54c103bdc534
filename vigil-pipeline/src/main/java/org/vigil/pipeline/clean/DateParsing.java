package org.vigil.pipeline.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date out of the date strings pages put in their metadata.
 *
 * <p>The date is taken as written, in the publisher's own time zone: {@code 2017-06-19T23:30:00-05:00} is
 * 2017-06-19 (converting to UTC would move it to the next day, a day the publisher never printed). Years outside
 * 1900–2100 are ignored as noise.
 */
final class DateParsing {
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  private static final Pattern URL_SLASHED = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?=/|$|\\D)");
  private static final Pattern URL_DASHED = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private DateParsing() {}

  /** The date in an ISO, compact ({@code 20170619}), RFC 1123 or English long-form date string, or null. */
  static LocalDate parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(s);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      Integer month = month(m.group(2));
      if (month != null) {
        return date(m.group(3), String.valueOf(month), m.group(1));
      }
    }
    m = MONTH_DAY_YEAR.matcher(s);
    while (m.find()) {
      Integer month = month(m.group(1));
      if (month != null) {
        return date(m.group(3), String.valueOf(month), m.group(2));
      }
    }
    return null;
  }

  /** A date in a URL path ({@code /2017/06/19/} or {@code 2017-06-19}), or null. */
  static LocalDate fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_SLASHED.matcher(url);
    if (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    m = URL_DASHED.matcher(url);
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static Integer month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    Integer month = MONTHS.get(n.substring(0, 3));
    if (month == null || !(fullMonthName(month).startsWith(n) || n.equals("sept"))) {
      return null;
    }
    return month;
  }

  private static String fullMonthName(int month) {
    return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
        .toLowerCase(Locale.ROOT);
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (NumberFormatException | DateTimeException e) { // not a date after all: the caller tries the next source
      return null;
    }
  }
}
