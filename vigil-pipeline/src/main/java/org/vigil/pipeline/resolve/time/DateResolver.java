package org.vigil.pipeline.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Evidence;
import org.vigil.model.IncidentTime;
import org.vigil.model.Span;
import org.vigil.model.TimePrecision;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * Resolves time expressions to absolute dates with a past bias, as news is written: a weekday is the last such day on
 * or before the publication date ("Sunday" in a Monday paper is the day before), a month without a year is the last
 * such month on or before it, "that year" is the last year the article named, a weekday named by a feast ("Easter
 * Sunday", "Good Friday", "Black Friday") is that feast's last day on or before it, and so is a holiday's
 * ("Christmas night", "the Fourth of July"; {@link Holidays}). Without a publication date,
 * relative expressions stay unresolved instead of being guessed from the clock. SUTime's own resolution is not used for
 * relative expressions: it resolves weekdays forward ("Sunday evening" → the next Sunday).
 *
 * <p>Stateless and thread-safe.
 */
public final class DateResolver {
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
      DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
      "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  private static final Pattern DAY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\b");

  /** Words that end a street's name, after which a month or weekday name is part of that name. */
  private static final Set<String> STREET_WORDS = Set.of("lane", "ln", "street", "st", "road", "rd", "avenue", "ave",
      "drive", "dr", "court", "ct", "boulevard", "blvd", "way", "place", "circle", "terrace", "parkway");

  private static final Pattern DIGIT = Pattern.compile("\\d");

  /** A time expression found in a sentence. */
  public record Expression(int first, int last, String phrase) {}

  /** The time expressions of a sentence: runs of DATE/TIME tokens, and weekday names CoreNLP missed. */
  public List<Expression> expressions(String text, Sentence s) {
    List<Expression> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      int holiday = Holidays.length(t, i);
      boolean date = k.ner().equals("DATE") || k.ner().equals("TIME") || WEEKDAYS.containsKey(k.lower())
          || month(k.lower()) != null && k.isCapitalised() || holiday > 0;
      if (!date) {
        // "over the weekend", "this past weekend": a weekend the tagger leaves untagged (Weekends)
        int from = Weekends.from(t, i);
        if (from >= 0) {
          out.add(new Expression(from, i, s.text(text, from, i)));
        }
        continue;
      }
      int j = Math.max(i, i + holiday - 1);
      while (j + 1 < t.size() && (t.get(j + 1).ner().equals(k.ner()) && !k.ner().equals("O")
          || WEEKDAYS.containsKey(t.get(j + 1).lower()) || t.get(j + 1).lower().matches("\\d{1,4}(st|nd|rd|th)?")
          || t.get(j + 1).word().equals(",") && j + 2 < t.size() && t.get(j + 2).word().matches("\\d{4}")
          // "on Saturday, May 17": the weekday and the date it names are one expression
          || t.get(j + 1).word().equals(",") && j + 2 < t.size() && WEEKDAYS.containsKey(t.get(j).lower())
              && month(t.get(j + 2).lower().replace(".", "")) != null)) {
        j++;
      }
      int first = i;
      // "that year", "last year" before/after a month: include the anchor words in the phrase
      if (j + 2 < t.size() && t.get(j + 1).lower().equals("that") && t.get(j + 2).lower().equals("year")) {
        j += 2;
      }
      String phrase = s.text(text, first, j);
      // "a house on Bon Jan Lane", "May Street": a street's name, not a date
      int end = j + 1 < t.size() && t.get(j + 1).isCapitalised() ? j + 1 : j;
      boolean street = end > first && STREET_WORDS.contains(t.get(end).lower().replace(".", ""))
          && t.get(end).isCapitalised() && !DIGIT.matcher(phrase).find();
      if (!street) {
        out.add(new Expression(first, j, phrase));
      }
      i = j;
    }
    return out;
  }

  /**
   * Resolves one expression.
   *
   * @param published publication date, or null when unknown
   * @param lastYear the last explicit year named earlier in the article, or null
   * @return the resolved time (possibly {@link TimePrecision#UNRESOLVED}), or null when the phrase is not a point in
   *     time (a duration, "the time")
   */
  public IncidentTime resolve(String text, Sentence s, Expression e, LocalDate published, Integer lastYear) {
    String p = e.phrase().toLowerCase(Locale.ROOT);
    Span span = s.span(e.first(), e.last());
    Evidence ev = new Evidence(span, span.of(text), s.span());
    Matcher ym = YEAR.matcher(p);
    Integer year = ym.find() ? Integer.valueOf(ym.group(1)) : null;
    Month month = null;
    for (String w : p.split("[^a-z]+")) {
      if (month(w) != null) {
        month = month(w);
        break;
      }
    }
    Integer day = null;
    if (month != null) {
      Matcher dm = DAY.matcher(p.replaceAll("\\b(1[89]\\d\\d|20\\d\\d)\\b", ""));
      if (dm.find()) {
        int d = Integer.parseInt(dm.group(1));
        if (d >= 1 && d <= 31) {
          day = d;
        }
      }
    }
    // "Christmas night", "the Fourth of July", "Easter": a holiday's day ("Easter Sunday" stays a feast's weekday)
    if (published != null && WEEKDAYS.keySet().stream().noneMatch(p::contains)) {
      LocalDate holiday = Holidays.day(p, year, published);
      if (holiday != null) {
        return new IncidentTime(holiday, holiday, TimePrecision.DAY, e.phrase(), published,
            "holiday-on-or-before-publication", ev);
      }
    }
    boolean thatYear = p.contains("that year");
    boolean lastYearPhrase = p.contains("last year");
    if (month != null) {
      Integer y = year;
      String rule = "explicit";
      if (y == null && thatYear) {
        y = lastYear;
        rule = "month-of-year-named-before";
        if (y == null) {
          return new IncidentTime(null, null, TimePrecision.UNRESOLVED, e.phrase(), null,
              "unresolved-that-year-without-year", ev);
        }
      } else if (y == null && lastYearPhrase && published != null) {
        y = published.getYear() - 1;
        rule = "month-of-last-year";
      } else if (y == null) {
        if (published == null) {
          return new IncidentTime(null, null, TimePrecision.UNRESOLVED, e.phrase(), null, "unresolved-no-anchor", ev);
        }
        y = published.getYear();
        rule = "month-on-or-before-publication";
        LocalDate candidate = day != null ? safeDate(y, month, day) : YearMonth.of(y, month).atDay(1);
        if (candidate != null && candidate.isAfter(published)) {
          y = y - 1;
        }
      }
      if (day != null) {
        LocalDate d = safeDate(y, month, day);
        if (d != null) {
          return new IncidentTime(d, d, TimePrecision.DAY, e.phrase(), published, rule, ev);
        }
      }
      YearMonth ymo = YearMonth.of(y, month);
      return new IncidentTime(ymo.atDay(1), ymo.atEndOfMonth(), TimePrecision.MONTH, e.phrase(), published, rule, ev);
    }
    for (String w : p.split("[^a-z]+")) {
      DayOfWeek dow = WEEKDAYS.get(w);
      if (dow != null) {
        String feast = feast(s, e, p);
        if (feast != null && published != null) {
          return feastDay(feast, dow, published, e.phrase(), ev);
        }
        if (published == null) {
          return new IncidentTime(null, null, TimePrecision.UNRESOLVED, e.phrase(), null, "unresolved-no-anchor", ev);
        }
        LocalDate d = published.with(TemporalAdjusters.previousOrSame(dow));
        // "last Thursday" in a Thursday or a Friday paper is a week back (the day before would be "Thursday" or
        // "yesterday"), whether or not CoreNLP took "last" into the phrase
        boolean last = p.contains("last " + w)
            || e.first() > 0 && s.tokens().get(e.first() - 1).lower().equals("last");
        if (last && !d.isBefore(published.minusDays(1))) {
          d = d.minusWeeks(1);
        }
        return new IncidentTime(d, d, TimePrecision.DAY, e.phrase(), published,
            "weekday-on-or-before-publication", ev);
      }
    }
    if (p.matches(".*\\b(today|tonight|this morning|this afternoon|this evening)\\b.*")) {
      if (published == null) {
        return new IncidentTime(null, null, TimePrecision.UNRESOLVED, e.phrase(), null, "unresolved-no-anchor", ev);
      }
      return new IncidentTime(published, published, TimePrecision.DAY, e.phrase(), published, "publication-day", ev);
    }
    if (p.matches(".*\\b(yesterday|last night)\\b.*")) {
      if (published == null) {
        return new IncidentTime(null, null, TimePrecision.UNRESOLVED, e.phrase(), null, "unresolved-no-anchor", ev);
      }
      LocalDate d = published.minusDays(1);
      return new IncidentTime(d, d, TimePrecision.DAY, e.phrase(), published, "day-before-publication", ev);
    }
    if (published != null) {
      IncidentTime weekend = Weekends.resolve(p, e.phrase(), published, ev);
      if (weekend != null) {
        return weekend;
      }
    }
    if (year != null && p.matches("\\D*\\d{4}\\D*")) {
      return new IncidentTime(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), TimePrecision.YEAR, e.phrase(),
          null, "explicit-year", ev);
    }
    return null;
  }

  /**
   * The feast a weekday is named after ("Easter Sunday", "Good Friday", "Black Friday"), or null: such a day is not
   * the last weekday of its name.
   */
  private static String feast(Sentence s, Expression e, String phrase) {
    Matcher m = FEAST.matcher(phrase);
    if (m.find()) {
      return m.group(1);
    }
    String before = e.first() > 0 ? s.tokens().get(e.first() - 1).lower() : "";
    return FEASTS.contains(before) ? before : null;
  }

  private static final Set<String> FEASTS = Set.of("easter", "palm", "good", "black");
  private static final Pattern FEAST = Pattern.compile("\\b(easter|palm|good|black)\\s+(sunday|friday)\\b");

  /** The last feast day on or before the publication date; unresolved when the weekday does not fit the feast. */
  private static IncidentTime feastDay(String feast, DayOfWeek dow, LocalDate published, String phrase,
      Evidence ev) {
    for (int y = published.getYear(); y >= published.getYear() - 1; y--) {
      LocalDate easter = easter(y);
      LocalDate d = switch (feast) {
        case "easter" -> easter;
        case "palm" -> easter.minusWeeks(1);
        case "good" -> easter.minusDays(2);
        default -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
            .plusDays(1);
      };
      if (d.getDayOfWeek() != dow) {
        break;
      }
      if (!d.isAfter(published)) {
        return new IncidentTime(d, d, TimePrecision.DAY, phrase, published, "feast-on-or-before-publication", ev);
      }
    }
    return new IncidentTime(null, null, TimePrecision.UNRESOLVED, phrase, null, "unresolved-feast", ev);
  }

  /** Easter Sunday of a year (the Gregorian computus). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int g = (b - (b + 8) / 25 + 1) / 3;
    int h = (19 * a + b - b / 4 - g + 15) % 30;
    int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int n = h + l - 7 * m + 114;
    return LocalDate.of(y, n / 31, n % 31 + 1);
  }

  private static LocalDate safeDate(int y, Month m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException ex) {
      return null;
    }
  }

  private static Month month(String w) {
    return switch (w) {
      case "january", "jan" -> Month.JANUARY;
      case "february", "feb" -> Month.FEBRUARY;
      case "march" -> Month.MARCH;
      case "april", "apr" -> Month.APRIL;
      case "may" -> Month.MAY;
      case "june", "jun" -> Month.JUNE;
      case "july", "jul" -> Month.JULY;
      case "august", "aug" -> Month.AUGUST;
      case "september", "sep", "sept" -> Month.SEPTEMBER;
      case "october", "oct" -> Month.OCTOBER;
      case "november", "nov" -> Month.NOVEMBER;
      case "december", "dec" -> Month.DECEMBER;
      default -> null;
    };
  }

  /**
   * A month without a year resolved against the publication date, moved to the year the article named that month
   * with before ("in December 2014 … the Dec. 6 shooting", in a 2016 paper); otherwise the time itself.
   *
   * @param sentence the index of the sentence the time was named in; the sentences before it are searched
   */
  public static IncidentTime yearNamedBefore(IncidentTime t, List<Sentence> sentences, int sentence,
      LocalDate published) {
    if (!t.rule().equals("month-on-or-before-publication") || t.start() == null) {
      return t;
    }
    for (int i = sentence - 1; i >= 0; i--) {
      List<Token> k = sentences.get(i).tokens();
      for (int j = k.size() - 1; j >= 0; j--) {
        if (month(k.get(j).lower().replace(".", "")) != t.start().getMonth() || !k.get(j).isCapitalised()) {
          continue;
        }
        // "December 2014", "Dec. 6, 2014", "December of 2014"
        for (int n = j + 1; n < Math.min(k.size(), j + 5); n++) {
          String w = k.get(n).word();
          if (w.matches("(19|20)\\d\\d")) {
            int year = Integer.parseInt(w);
            LocalDate start = t.start().withYear(year);
            LocalDate end = t.end().withYear(year);
            if (year == t.start().getYear() || published != null && end.isAfter(published)) {
              return t;
            }
            return new IncidentTime(start, t.precision() == TimePrecision.MONTH
                ? YearMonth.from(start).atEndOfMonth() : end, t.precision(), t.phrase(), t.anchor(),
                "month-of-year-named-before", t.evidence());
          }
          if (!w.matches("\\d{1,2}(st|nd|rd|th)?|,|of")) {
            break;
          }
        }
      }
    }
    return t;
  }

  /** The last explicit year (1800–2099) written in the sentences before {@code before}, or null. */
  public static Integer lastYearBefore(List<Sentence> sentences, int before) {
    for (int i = before - 1; i >= 0; i--) {
      List<Token> t = sentences.get(i).tokens();
      for (int j = t.size() - 1; j >= 0; j--) {
        if (isYearWord(t.get(j).word())) {
          return Integer.valueOf(t.get(j).word());
        }
      }
    }
    return null;
  }

  /**
   * Whether a word is a year 1800–2099 written out in four ASCII digits (what {@code (1[89]|20)\d\d} matches),
   * tested without a regex: {@link #lastYearBefore} runs back over every earlier word for every sentence, and
   * compiling the pattern for each word was 3 % of a MUC-4 extraction's CPU.
   */
  static boolean isYearWord(String w) {
    if (w.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (w.charAt(i) < '0' || w.charAt(i) > '9') {
        return false;
      }
    }
    return w.startsWith("18") || w.startsWith("19") || w.startsWith("20");
  }
}
