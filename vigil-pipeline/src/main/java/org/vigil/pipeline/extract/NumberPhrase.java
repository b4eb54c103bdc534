package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.model.Qualifier;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * A count phrase in a sentence ("two", "up to four", "at least 20", "dozens"), with the token range it covers
 * (qualifier included) and its low / best / high values.
 *
 * <p>Vague amounts follow ACLED's convention: "dozens" → 12, "scores" → 20, "hundreds" → 100, "tens" → 10;
 * "several" and "a few" are not counts.
 */
record NumberPhrase(int first, int last, int numberToken, int low, int best, Integer high, Qualifier qualifier) {

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("a", 1),
      Map.entry("an", 1), Map.entry("single", 1), Map.entry("both", 2), Map.entry("couple", 2),
      Map.entry("another", 1));

  /**
   * The value of a number word ("three" → 3, "a" → 1, "dozen" → 12; any case), or null: the one table of number words
   * the rules that read counts by pattern share.
   */
  static Integer wordValue(String word) {
    return WORDS.get(word.toLowerCase(Locale.ROOT));
  }

  /** Vague amounts that ACLED turns into numbers; "several" and "a few" stay uncounted (no credible figure). */
  private static final Map<String, Integer> VAGUE = Map.of("dozens", 12, "scores", 20, "hundreds", 100,
      "tens", 10, "thousands", 1000);

  /**
   * Reads the count phrase whose number is at token {@code i}, or returns null when token {@code i} is not a count
   * (a year, a date, an ordinal, a time, money, "one of").
   */
  static NumberPhrase at(Sentence s, int i) {
    List<Token> t = s.tokens();
    Token tok = t.get(i);
    String lower = tok.lower();
    Integer value = null;
    Qualifier q = Qualifier.EXACT;
    Integer high = null;
    int low;
    int first = i;
    int last = i;
    if (VAGUE.containsKey(lower)) {
      value = VAGUE.get(lower);
      q = Qualifier.VAGUE;
      if (i > 0 && t.get(i - 1).lower().equals("a")) {
        first = i - 1;
      }
    } else if ("CD".equals(tok.pos()) || headlineDigits(t, i)
        || WORDS.containsKey(lower) && !lower.equals("a") && !lower.equals("an")) {
      if (tok.ner().equals("DATE") || tok.ner().equals("TIME") || tok.ner().equals("MONEY")
          || tok.ner().equals("PERCENT") || tok.ner().equals("DURATION")) {
        return null;
      }
      value = parse(tok);
      if (value == null || NotACount.at(t, i)) {
        return null;
      }
      // money and shares are not counts of people: "$5", "20 percent"
      String before = i > 0 ? t.get(i - 1).word() : "";
      String after = i + 1 < t.size() ? t.get(i + 1).lower() : "";
      if (before.equals("$") || before.equals("\u20ac") || before.equals("\u00a3") || after.equals("percent")
          || after.equals("%") || after.equals("per") || after.equals("cent")) {
        return null;
      }
      // "one of the victims", "one person" is fine; "one" as a pronoun is not a count
      if (lower.equals("one") && i + 1 < t.size() && t.get(i + 1).lower().equals("of")) {
        return null;
      }
      // "Thirty - nine" split by the tokenizer
      if (value >= 20 && value % 10 == 0 && value < 100 && i + 2 < t.size() && t.get(i + 1).word().equals("-")
          && parse(t.get(i + 2)) != null && parse(t.get(i + 2)) < 10) {
        value += parse(t.get(i + 2));
        last = i + 2;
      }
      // multi-token numbers: "2 million" is never a casualty count here; "twenty five" / "twenty-five"
      if (i + 1 < t.size() && t.get(i + 1).pos().equals("CD") && parse(t.get(i + 1)) != null
          && parse(t.get(i + 1)) < 10 && value >= 20 && value % 10 == 0) {
        value += parse(t.get(i + 1));
        last = i + 1;
      }
      String norm = tok.normalized();
      if (norm != null && norm.startsWith("<=")) {
        q = Qualifier.UP_TO;
      } else if (norm != null && norm.startsWith("~")) {
        q = Qualifier.ABOUT;
      } else if (norm != null && norm.startsWith(">=")) {
        q = Qualifier.AT_LEAST;
      } else if (norm != null && norm.startsWith(">")) {
        q = Qualifier.MORE_THAN;
      } else if (norm != null && norm.startsWith("<")) {
        q = Qualifier.FEWER_THAN;
      }
    } else {
      return null;
    }
    // the qualifier words before the number
    int j = first - 1;
    String prev1 = j >= 0 ? t.get(j).lower() : "";
    String prev2 = j >= 1 ? t.get(j - 1).lower() : "";
    if ((prev2.equals("up") && prev1.equals("to"))) {
      q = Qualifier.UP_TO;
      first = j - 1;
    } else if (prev2.equals("at") && (prev1.equals("least"))) {
      q = Qualifier.AT_LEAST;
      first = j - 1;
    } else if ((prev2.equals("more") || prev2.equals("over")) && prev1.equals("than")) {
      q = Qualifier.MORE_THAN;
      first = j - 1;
    } else if ((prev2.equals("fewer") || prev2.equals("less")) && prev1.equals("than")) {
      q = Qualifier.FEWER_THAN;
      first = j - 1;
    } else if (prev1.equals("about") || prev1.equals("around") || prev1.equals("some") || prev1.equals("nearly")
        || prev1.equals("almost") || prev1.equals("approximately") || prev1.equals("roughly")) {
      q = Qualifier.ABOUT;
      first = j;
    } else if (prev1.equals("over")) {
      q = Qualifier.MORE_THAN;
      first = j;
    } else if (prev1.equals("dozens") || prev1.equals("hundreds")) {
      return null;
    }
    // ranges: "five to seven", "5-7"
    if (last + 2 < t.size() && (t.get(last + 1).lower().equals("to") || t.get(last + 1).lower().equals("or")
        || t.get(last + 1).word().equals("-")) && parse(t.get(last + 2)) != null
        && parse(t.get(last + 2)) > value) {
      high = parse(t.get(last + 2));
      last = last + 2;
      q = Qualifier.RANGE;
    }
    switch (q) {
      case UP_TO -> {
        high = value;
        low = 1;
        return new NumberPhrase(first, last, i, low, value, high, q);
      }
      case AT_LEAST -> {
        return new NumberPhrase(first, last, i, value, value, null, q);
      }
      case MORE_THAN -> {
        // "more than 300" is reported as 300, the conservative reading news coding uses
        return new NumberPhrase(first, last, i, value, value, null, q);
      }
      case FEWER_THAN -> {
        return new NumberPhrase(first, last, i, 0, Math.max(0, value - 1), Math.max(0, value - 1), q);
      }
      case VAGUE -> {
        return new NumberPhrase(first, last, i, value, value, null, q);
      }
      case RANGE -> {
        return new NumberPhrase(first, last, i, value, value, high, q);
      }
      default -> {
        return new NumberPhrase(first, last, i, value, value, value, q);
      }
    }
  }

  /** The integer value of a number token ("32", "2,000", "five", "Two"), or null. */
  static Integer parse(Token tok) {
    String w = tok.lower().replace(",", "");
    Integer word = WORDS.get(w);
    if (word != null) {
      return w.equals("a") || w.equals("an") ? null : word;
    }
    if (w.contains("-")) {
      String[] parts = w.split("-");
      if (parts.length == 2 && WORDS.containsKey(parts[0]) && WORDS.containsKey(parts[1])) {
        return WORDS.get(parts[0]) + WORDS.get(parts[1]);
      }
    }
    if (w.matches("\\d{1,7}")) {
      return Integer.parseInt(w);
    }
    if (w.matches("\\d+\\.0+")) {
      return Integer.parseInt(w.substring(0, w.indexOf('.')));
    }
    return null;
  }

  /** True when the number looks like a year rather than a count ("in 2012"). */
  static boolean looksLikeYear(Token tok) {
    return tok.word().matches("(19|20)\\d\\d") || "DATE".equals(tok.ner());
  }

  String phrase(String text, Sentence s) {
    return s.text(text, first, last);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * Digits that open a sentence before a word, which the tagger took for a list marker (LS): the headline "2 People
   * Dead, 2 Officers Injured in River Forest Sunday" (GVA dev) is a count, not item 2 of a list.
   */
  private static boolean headlineDigits(List<Token> t, int i) {
    return i == 0 && "LS".equals(t.get(i).pos()) && t.get(i).word().chars().allMatch(Character::isDigit)
        && t.size() > 1 && Character.isLetter(t.get(1).word().charAt(0));
  }
}
