package org.vigil.pipeline.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags the words of time expressions as {@code DATE}: weekdays, months with their days and years, years, "today",
 * "yesterday", "last night", "this morning", "that year". This replaces SUTime's tagging, which was five sixths of
 * CoreNLP's NER time here; Vigil resolves dates itself ({@code resolve.time.DateResolver}), so it needs only to know
 * which words are time words. Words NER already tagged keep their tag.
 */
final class TimeWords {
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
      "oct.", "nov.", "dec.");
  /** Month names that are also common words: only with a day or year beside them, or after "in"/"of"/"since". */
  private static final Set<String> AMBIGUOUS_MONTHS = Set.of("march", "may", "jan", "mar", "jun", "jul", "aug",
      "sep", "oct", "nov", "dec");
  private static final Set<String> DEICTIC = Set.of("today", "tonight", "yesterday", "tomorrow");
  private static final Set<String> PARTS = Set.of("morning", "afternoon", "evening", "night", "week", "weekend",
      "month", "year", "overnight", "dawn", "midnight", "noon");
  private static final Set<String> ANCHORS = Set.of("this", "last", "that", "next", "early", "late", "earlier");

  private TimeWords() {}

  /** The tokens with time words tagged DATE. */
  static List<Token> tag(List<Token> tokens) {
    boolean[] date = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      String prev = i > 0 ? tokens.get(i - 1).lower() : "";
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
      if (WEEKDAYS.contains(w) || DEICTIC.contains(w)) {
        date[i] = true;
      } else if (MONTHS.contains(w) && tokens.get(i).isCapitalised()) {
        boolean dayOrYear = isDay(next) || isYear(next) || isDay(prev);
        boolean introduced = Set.of("in", "of", "since", "until", "early", "late", "mid", "last", "this", "next",
            "by", "from", "on").contains(prev);
        if (!AMBIGUOUS_MONTHS.contains(w) || dayOrYear || introduced) {
          date[i] = true;
        }
      } else if (isYear(w) && tokens.get(i).pos().equals("CD")) {
        date[i] = true;
      } else if (PARTS.contains(w) && (ANCHORS.contains(prev) || i > 0 && date[i - 1])) {
        date[i] = true;
        if (ANCHORS.contains(prev)) {
          date[i - 1] = true;
        }
      }
    }
    // the day of a month, and the comma before a year: "June 3", "3 June", "March 18, 2015"
    for (int i = 0; i < tokens.size(); i++) {
      if (!date[i] && isDay(tokens.get(i).lower())
          && (i > 0 && date[i - 1] && MONTHS.contains(tokens.get(i - 1).lower())
          || i + 1 < tokens.size() && MONTHS.contains(tokens.get(i + 1).lower()))) {
        date[i] = true;
      }
      if (!date[i] && tokens.get(i).word().equals(",") && i > 0 && date[i - 1] && i + 1 < tokens.size()
          && isYear(tokens.get(i + 1).lower())) {
        date[i] = true;
      }
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token k = tokens.get(i);
      out.add(date[i] && k.ner().equals("O") ? new Token(k.index(), k.word(), k.begin(), k.end(), k.lemma(),
          k.pos(), "DATE", null) : k);
    }
    return out;
  }

  private static boolean isDay(String w) {
    return w.matches("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
  }

  private static boolean isYear(String w) {
    return w.matches("(19|20)\\d\\d") || w.matches("'\\d\\d");
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
