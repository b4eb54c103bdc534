package org.vigil.store.write;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a search text as the store's full-text index ({@code tokenize='porter unicode61'}) sees them, computed
 * in Java so that the merge's candidate index ({@link CandidateIndex}) can answer the full-text routes without
 * querying FTS5: runs of letters and digits, lower-cased, diacritics removed, each stemmed by the Porter algorithm
 * (M. F. Porter, "An algorithm for suffix stripping", 1980; tokens shorter than 3 or longer than 64 characters are
 * kept as they are). Stateless.
 */
final class FtsTokens {
  private static final int MIN_STEM = 3;
  private static final int MAX_STEM = 64;

  private FtsTokens() {}

  /** The distinct stemmed tokens of {@code text}, in order of first occurrence. */
  static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : tokens(text)) {
      out.add(stem(t));
    }
    return out;
  }

  /** The tokens of {@code text} before stemming (lower case, diacritics removed), in order, repeats included. */
  static java.util.List<String> tokens(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (text == null) {
      return out;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !tokenChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean ascii = true;
      while (i < n && tokenChar(text.charAt(i))) {
        ascii &= text.charAt(i) < 0x80;
        i++;
      }
      if (i > start) {
        String token = text.substring(start, i);
        token = ascii ? token.toLowerCase(Locale.ROOT) : fold(token);
        if (!token.isEmpty()) {
          out.add(token);
        }
      }
    }
    return out;
  }

  /** The stemmed form of one query word (already a single token), or null when it is not exactly one token. */
  static String word(String w) {
    Set<String> t = of(w);
    return t.size() == 1 ? t.iterator().next() : null;
  }

  /** True for a character FTS5's unicode61 keeps in a token. */
  static boolean tokenChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (Character.isSurrogate(c)) {
      return true; // letters outside the BMP are kept as they are
    }
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER || type == Character.PRIVATE_USE || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  /** Lower case without diacritics (é → e), the way unicode61's {@code remove_diacritics} folds letters. */
  static String fold(String token) {
    String d = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
          && type != Character.COMBINING_SPACING_MARK) {
        b.append(c);
      }
    }
    return b.toString();
  }

  // ---- Porter's algorithm, on a char buffer (w[0..k]) ----

  /** The Porter stem of a lower-case token. */
  static String stem(String token) {
    int len = token.length();
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) >= 0x80) {
        len = token.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        break;
      }
    }
    if (len < MIN_STEM || len > MAX_STEM) {
      return token;
    }
    Porter p = new Porter(token);
    p.step1ab();
    if (p.k > 0) {
      p.step1c();
      p.step2();
      p.step3();
      p.step4();
      p.step5();
    }
    return new String(p.b, 0, p.k + 1);
  }

  private static final String[][] STEP2 = {{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},
      {"anci", "ance"}, {"izer", "ize"}, {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"},
      {"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
      {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}, {"logi", "log"}};
  private static final String[][] STEP3 = {{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
      {"ical", "ic"}, {"ful", ""}, {"ness", ""}};

  /** One word being stemmed: b[0..k] is the current stem, j marks the end of a tested prefix. */
  private static final class Porter {
    final char[] b;
    int k;
    int j;

    Porter(String s) {
      b = s.toCharArray();
      k = b.length - 1;
    }

    private boolean cons(int i) {
      switch (b[i]) {
        case 'a', 'e', 'i', 'o', 'u':
          return false;
        case 'y':
          return i == 0 || !cons(i - 1);
        default:
          return true;
      }
    }

    /** The number of consonant sequences between 0 and j (Porter's m). */
    private int m() {
      int n = 0;
      int i = 0;
      while (true) {
        if (i > j) {
          return n;
        }
        if (!cons(i)) {
          break;
        }
        i++;
      }
      i++;
      while (true) {
        while (true) {
          if (i > j) {
            return n;
          }
          if (cons(i)) {
            break;
          }
          i++;
        }
        i++;
        n++;
        while (true) {
          if (i > j) {
            return n;
          }
          if (!cons(i)) {
            break;
          }
          i++;
        }
        i++;
      }
    }

    private boolean vowelInStem() {
      for (int i = 0; i <= j; i++) {
        if (!cons(i)) {
          return true;
        }
      }
      return false;
    }

    private boolean doublec(int i) {
      return i >= 1 && b[i] == b[i - 1] && cons(i);
    }

    /** cvc at i-2..i, the last consonant not w, x or y. */
    private boolean cvc(int i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
        return false;
      }
      char ch = b[i];
      return ch != 'w' && ch != 'x' && ch != 'y';
    }

    private boolean ends(String s) {
      int l = s.length();
      int o = k - l + 1;
      if (o < 0) {
        return false;
      }
      for (int i = 0; i < l; i++) {
        if (b[o + i] != s.charAt(i)) {
          return false;
        }
      }
      j = k - l;
      return true;
    }

    /** Replaces b[j+1..k] by s. */
    private void setto(String s) {
      int l = s.length();
      int o = j + 1;
      for (int i = 0; i < l; i++) {
        b[o + i] = s.charAt(i);
      }
      k = j + l;
    }

    private void r(String s) {
      if (m() > 0) {
        setto(s);
      }
    }

    void step1ab() {
      if (b[k] == 's') {
        if (ends("sses")) {
          k -= 2;
        } else if (ends("ies")) {
          setto("i");
        } else if (b[k - 1] != 's') {
          k--;
        }
      }
      if (ends("eed")) {
        if (m() > 0) {
          k--;
        }
      } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
        k = j;
        if (ends("at")) {
          setto("ate");
        } else if (ends("bl")) {
          setto("ble");
        } else if (ends("iz")) {
          setto("ize");
        } else if (doublec(k)) {
          k--;
          char ch = b[k];
          if (ch == 'l' || ch == 's' || ch == 'z') {
            k++;
          }
        } else if (m1()) {
          j = k;
          if (cvc(k)) {
            setto("e");
          }
        }
      }
    }

    /** m() == 1 for the whole current stem. */
    private boolean m1() {
      j = k;
      return m() == 1;
    }

    void step1c() {
      if (ends("y") && vowelInStem()) {
        b[k] = 'i';
      }
    }

    /**
     * Replaces the first of the suffixes (pairs of suffix and replacement) the word ends with, when the stem before
     * it has m &gt; 0. Porter's switch on one letter of the suffix only skips suffixes that cannot match, so a list
     * in his order gives the same result.
     */
    private void replaceFirst(String[][] rules) {
      for (String[] rule : rules) {
        if (ends(rule[0])) {
          r(rule[1]);
          return;
        }
      }
    }

    void step2() {
      replaceFirst(STEP2);
    }

    void step3() {
      replaceFirst(STEP3);
    }

    void step4() {
      if (k < 1) {
        return;
      }
      boolean found;
      switch (b[k - 1]) {
        case 'a' -> found = ends("al");
        case 'c' -> found = ends("ance") || ends("ence");
        case 'e' -> found = ends("er");
        case 'i' -> found = ends("ic");
        case 'l' -> found = ends("able") || ends("ible");
        case 'n' -> found = ends("ant") || ends("ement") || ends("ment") || ends("ent");
        case 'o' -> found = (ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't')) || ends("ou");
        case 's' -> found = ends("ism");
        case 't' -> found = ends("ate") || ends("iti");
        case 'u' -> found = ends("ous");
        case 'v' -> found = ends("ive");
        case 'z' -> found = ends("ize");
        default -> found = false;
      }
      if (found && m() > 1) {
        k = j;
      }
    }

    void step5() {
      j = k;
      if (b[k] == 'e') {
        int a = m();
        if (a > 1 || (a == 1 && !cvc(k - 1))) {
          k--;
        }
      }
      if (b[k] == 'l' && doublec(k) && m() > 1) {
        k--;
      }
    }
  }
}
