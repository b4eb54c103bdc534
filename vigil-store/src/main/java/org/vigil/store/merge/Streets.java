package org.vigil.store.merge;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The streets a report names: a capitalised name or an ordinal before a street word ("on Copeland Street", "the 4000
 * block of Law St.", "12th Avenue"), keyed by the name's last word and the kind of street ("copeland_street",
 * "12th_avenue"; "St." is a street, "Ave." an avenue). Two accounts of one shooting often give its street however
 * else they word it, and a street named rarely in the store seldom sees two shootings in a few days; the full text
 * weighs such a name too little in a long page. Stateless.
 */
public final class Streets {
  /**
   * A capitalised word or an ordinal, then a street word; "St." not before a capitalised word ("St. Louis" is a
   * town's name), "Dr." left out (a doctor's title), "Court" and "Place" too (a court of law, a name).
   */
  private static final Pattern STREET = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+|\\d{1,3}(?:st|nd|rd|th))"
      + " (Street|St\\.(?! \\p{Lu})|Avenue|Ave\\.?|Road|Rd\\.|Drive|Boulevard|Blvd\\.?|Lane|Parkway|Terrace"
      + "|Circle)(?!\\w)");

  private Streets() {}

  /** The street keys {@code text} names, in order of first mention. */
  public static Set<String> of(CharSequence text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    Matcher m = STREET.matcher(text);
    while (m.find()) {
      out.add(m.group(1).toLowerCase(Locale.ROOT) + "_" + kind(m.group(2)));
    }
    return out;
  }

  private static String kind(String word) {
    return switch (word.charAt(0)) {
      case 'S' -> "street";
      case 'A' -> "avenue";
      case 'R' -> "road";
      case 'D' -> "drive";
      case 'B' -> "boulevard";
      case 'L' -> "lane";
      case 'P' -> "parkway";
      case 'T' -> "terrace";
      default -> "circle";
    };
  }
}
