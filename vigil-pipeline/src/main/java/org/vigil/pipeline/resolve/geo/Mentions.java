package org.vigil.pipeline.resolve.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How often a text names a town as a name of its own, the one count the place rules compare towns by: a county's
 * town named in passing ({@link CountyTown}), a headline's town against the body's ({@link HeadlineTown}), the city
 * an article names twice ({@link Outlet#home}). Stateless.
 */
final class Mentions {
  private Mentions() {}

  /**
   * How often the text names a town as a name of its own: the exact name as whole words, not inside a longer
   * capitalised name ("Greg Taylor", "Spring Branch", "Mathews County"), though a police force, fire department or
   * school may follow it ("Alpine High School", "Spring Police"); nor after a word that sets the incident apart
   * from it ("Gordon of Coloma shot the bailiff", "a party on the outskirts of Atwater", "south of", "near",
   * "outside": a person's home or a landmark, and registers name the county for a place outside a town).
   */
  static int of(String name, String text) {
    int n = 0;
    for (int i : words(name, text)) {
      int end = i + name.length();
      String before = wordBefore(text, i);
      String after = wordAfter(text, end);
      if (capitalised(before) || capitalised(after) && !INSTITUTIONS.contains(after)
          || APART.contains(before)) {
        continue;
      }
      n++;
    }
    return n;
  }

  /** Where the text has the exact name as whole words: the offsets of its first letters, in order. */
  static List<Integer> words(String name, String text) {
    List<Integer> out = new ArrayList<>();
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      int end = i + name.length();
      if (!(i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
          || end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
        out.add(i);
      }
    }
    return out;
  }

  /** Words before a town's name that set it apart from the incident's place. */
  private static final Set<String> APART = Set.of("of", "near", "outside");

  /** Words after a town's name that make an institution of it, not a longer place name. */
  private static final Set<String> INSTITUTIONS = Set.of("Police", "Fire", "High", "Middle", "Elementary",
      "Junior", "Mayor");

  /** The word right before a position, separated from it by spaces only; "" when there is none. */
  static String wordBefore(String text, int at) {
    int j = at;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    if (j == at) {
      return "";
    }
    int k = j;
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
      k--;
    }
    return text.substring(k, j);
  }

  /** The word right after a position, separated from it by spaces only; "" when there is none. */
  static String wordAfter(String text, int at) {
    int j = at;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    if (j == at) {
      return "";
    }
    int k = j;
    while (k < text.length() && Character.isLetter(text.charAt(k))) {
      k++;
    }
    return text.substring(j, k);
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
