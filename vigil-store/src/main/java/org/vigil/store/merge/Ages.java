package org.vigil.store.merge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ages of the people a report describes: "a 17-year-old", "three-year-old", "the 13-month-old", "Jane Roe, 23,",
 * "a boy, 7". Two accounts of one shooting nearly always give the victim's age alike however else they word it, and
 * two shootings of one city and week seldom share one, so the merge counts a shared age for a little and ages that
 * all differ against ({@link MatchScorer}). Ages are kept as strings: years as digits ("17"), months with an "m"
 * ("13m"). Stateless.
 */
public final class Ages {
  private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty");

  /** "17-year-old", "17 year old", "three-year-old", "13-month-old". */
  private static final Pattern HYPHENATED = Pattern.compile("(?<![\\w-])(\\d{1,3}|" + String.join("|", WORDS)
      + ")[- ](year|yr|month)s?[- ]old\\b", Pattern.CASE_INSENSITIVE);

  /** An age in commas after a capitalised name ("Jane Roe, 23,") or after a person noun ("a boy, 7"). */
  private static final Pattern APPOSED = Pattern.compile("(?:\\b\\p{Lu}\\p{Ll}+, (\\d{1,2}),"
      + "|\\b(?:boy|girl|man|woman|teen|teenager|toddler|child|son|daughter|victim), (\\d{1,2})\\b)");

  private Ages() {}

  /** The ages {@code text} gives, in order of first mention. */
  public static Set<String> of(CharSequence text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    Matcher m = HYPHENATED.matcher(text);
    while (m.find()) {
      String n = m.group(1).toLowerCase(Locale.ROOT);
      String years = Character.isDigit(n.charAt(0)) ? Integer.toString(Integer.parseInt(n))
          : Integer.toString(WORDS.indexOf(n) + 1);
      out.add(m.group(2).equalsIgnoreCase("month") ? years + "m" : years);
    }
    m = APPOSED.matcher(text);
    while (m.find()) {
      out.add(Integer.toString(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2))));
    }
    return out;
  }
}
