package org.vigil.store.merge;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a text, as the merge compares them: lower-cased letters-and-digits tokens of three or more
 * characters (numbers of two or more digits), without English function words and without the words every incident
 * report shares ("said", "police", "killed"). Their weight comes later from document frequencies ({@link Idf}), so
 * the list here only removes what would be noise at any frequency. Stateless.
 */
public final class Terms {
  /** At most this many distinct terms are kept per report (the first ones in the text). */
  public static final int MAX_TERMS = 160;

  private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(("the and for with that this from was "
      + "were are has have had but not "
      + "his her its their they them she him who whom which what when where while will would could should can may "
      + "might been being into onto over under about after before than then there here also just only more most "
      + "some such other any all each both few many much very said says say told according one two three four five "
      + "six seven eight nine ten first second third last new now our out off per via did does done our you your "
      + "monday tuesday wednesday thursday friday saturday sunday today yesterday night morning evening afternoon "
      + "week weeks day days year years month months january february march april june july august september "
      + "october november december jan feb mar apr jun jul aug sep sept oct nov dec time times people person "
      + "police officers officer man men woman women killed dead death deaths injured wounded shot shooting "
      + "attack attacks reported report reports news told statement ago around near least including because "
      + "after again against among between during through toward until upon whether within without").split(" ")));

  /** Capitalised words that are not names (sentence openers, titles, days, months, agencies, page chrome). */
  private static final Set<String> NOT_NAMES = Set.copyOf(java.util.Arrays.asList(("the a an in on at for and but or "
      + "of to by with from as it he she they we his her their this that these those there here when while after "
      + "before monday tuesday wednesday thursday friday saturday sunday january february march april may june "
      + "july august september october november december mr mrs ms dr police officers officer sheriff department "
      + "county city state street road avenue news reuters associated press afp bbc cnn copyright rights reserved "
      + "photo video image click share facebook twitter email read more related updated posted comments "
      + "advertisement according authorities officials local some one two three four five six seven eight nine "
      + "ten first second third last next new now also however meanwhile if what who why how where which our you "
      + "your my it's its chief president minister ministry government security forces army military spokesman "
      + "spokeswoman interior national international united").split(" ")));

  private Terms() {}

  /**
   * The names of a text: capitalised words that do not open a sentence (people, places, venues, groups), lower-cased,
   * in order of first occurrence, at most {@link #MAX_TERMS}. Words in capitals longer than five letters (headline
   * shouting) are skipped.
   */
  public static Set<String> names(CharSequence text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    boolean sentenceStart = true;
    int n = text.length();
    int i = 0;
    while (i < n && out.size() < MAX_TERMS) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
          j++;
        }
        String w = text.subSequence(i, j).toString();
        boolean upper = Character.isUpperCase(w.charAt(0));
        boolean shouting = w.length() > 5 && w.equals(w.toUpperCase(Locale.ROOT));
        String lower = w.toLowerCase(Locale.ROOT);
        if (!sentenceStart && upper && !shouting && w.length() >= 3 && !NOT_NAMES.contains(lower)) {
          out.add(lower);
        }
        sentenceStart = false;
        i = j;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\u201c') {
        // a full stop after an initial or "Mr" still ends the sentence here; a missed name costs little
        sentenceStart = true;
      }
      i++;
    }
    return out;
  }

  /** The distinct terms of {@code text} in order of first occurrence, at most {@link #MAX_TERMS}. */
  public static Set<String> of(CharSequence text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    StringBuilder tok = new StringBuilder();
    int n = text.length();
    for (int i = 0; i <= n && out.size() < MAX_TERMS; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        tok.append(Character.toLowerCase(c));
      } else if (c == '\'' || c == '\u2019') {
        // "Kabul's" -> "kabul": drop the possessive by ending the token here and skipping the "s"
        if (i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
            && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
          i++;
        }
        add(out, tok);
      } else {
        add(out, tok);
      }
    }
    return out;
  }

  private static void add(Set<String> out, StringBuilder tok) {
    if (tok.length() == 0) {
      return;
    }
    String t = tok.toString();
    tok.setLength(0);
    boolean digits = t.chars().allMatch(Character::isDigit);
    if (digits ? t.length() >= 2 : t.length() >= 3 && !STOP.contains(t)) {
      out.add(t.toLowerCase(Locale.ROOT));
    }
  }
}
