package org.vigil.eval.muc4;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FBIS dateline of a MUC-4 wire text and where its body starts: {@code "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) --
 * [TEXT] THE ..."} gives place "SAN SALVADOR", date 1990-01-03 and the offset of "THE". Leading bracketed notes
 * ({@code [TEXT]}, {@code [COMMUNIQUE] [FMLN] [TEXT]}, {@code [CONTINUED]}) belong to the header. A dateline with
 * "NO DATE" or without a year gives a null date.
 *
 * @param place the dateline's place as written, or null when there is no dateline
 * @param date the publication date, or null
 * @param bodyStart offset in the raw text where the body starts
 */
public record Dateline(String place, LocalDate date, int bodyStart) {
  private static final Pattern HEADER = Pattern.compile("^\\s*([^\\n]{1,120}?)\\s+--\\s*");
  private static final Pattern DATE = Pattern.compile(
      ",\\s+(\\d{1,2})\\s+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\\.?(?:\\s+(\\d{2}|\\d{4}))?\\b");
  private static final Pattern TAGS = Pattern.compile("\\G\\s*\\[[^\\]]{0,200}\\]");
  private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
      "OCT", "NOV", "DEC");

  /** Parses the header of a raw MUC-4 text; a text without one starts its body at 0. */
  public static Dateline parse(String raw) {
    Matcher h = HEADER.matcher(raw);
    if (!h.find()) {
      return new Dateline(null, null, 0);
    }
    String header = h.group(1);
    int body = h.end();
    Matcher t = TAGS.matcher(raw);
    t.region(body, raw.length());
    while (t.find()) {
      body = t.end();
    }
    while (body < raw.length() && Character.isWhitespace(raw.charAt(body))) {
      body++;
    }
    int comma = header.indexOf(',');
    String place = (comma < 0 ? header : header.substring(0, comma)).strip();
    return new Dateline(place, date(header), body);
  }

  private static LocalDate date(String header) {
    Matcher m = DATE.matcher(header.toUpperCase(Locale.ROOT));
    if (!m.find() || m.group(3) == null) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    if (year < 100) {
      year += 1900;
    }
    try {
      return LocalDate.of(year, MONTHS.indexOf(m.group(2)) + 1, Integer.parseInt(m.group(1)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
