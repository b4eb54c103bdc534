package org.vigil.pipeline.annotate;

import java.util.List;
import org.vigil.model.Span;

/**
 * The dateline that opens many wire reports ("SAN SALVADOR, 3 JAN 90 --", "KABUL (Reuters) -", "Nairobi: …"):
 * where and when the report was filed, which is not necessarily where and when the incident happened. Pages often
 * carry a few lines of site furniture before it, so it is looked for at the start of any of the first paragraphs.
 * Broadcasters' pages often close it with their call sign alone ("PHILADELPHIA (WTXF) Surveillance footage shows…"):
 * a town in capitals and the call sign in brackets make a dateline without a dash.
 */
public final class Dateline {
  /** How many sentences from the top a dateline may start. */
  static final int SEARCH = 8;

  /**
   * A dateline found.
   *
   * @param sentence the sentence it opens
   * @param end the index of the dash or colon that closes it
   */
  public record Found(int sentence, int end) {}

  private Dateline() {}

  /**
   * The article's dateline, or null when no paragraph near the top opens with one; a label before a colon is none
   * ({@link #label}: "Texas police:" opening a headline).
   */
  public static Found find(Annotated doc) {
    List<Span> paragraphs = doc.article().paragraphs();
    for (Sentence s : doc.sentences()) {
      if (s.index() >= SEARCH) {
        break;
      }
      boolean opensParagraph = s.index() == 0 || paragraphs.stream().anyMatch(p -> p.start() == s.span().start());
      if (!opensParagraph) {
        continue;
      }
      int end = end(s);
      if (end > 0 && !label(s.tokens().subList(0, end + 1))) {
        return new Found(s.index(), end);
      }
    }
    return null;
  }

  /**
   * The index of the dash or colon closing a dateline at the start of {@code s}, or of the bracket closing the call
   * sign of an undashed one, or -1.
   */
  static int end(Sentence s) {
    return end(s.tokens());
  }

  /** As {@link #end(Sentence)}, on a sentence's tokens before it is parsed. */
  static int end(List<Token> t) {
    // a town in capitals is often tagged a common noun ("STERLING –"), and a title-case one before the agency any
    // part of speech ("Killingly (AP) —")
    if (t.isEmpty() || !(t.get(0).isProperNoun() || t.get(0).ner().equals("LOCATION") || capitals(t.get(0).word())
        || t.size() > 1 && t.get(0).isCapitalised() && t.get(1).word().equals("("))) {
      return -1;
    }
    // a dash may close the sentence: a dateline set as a paragraph of its own ("KATY, Texas (AP) -", then the
    // report's first paragraph), where a colon there closes a label ("Original story:") and a bar a site's name
    for (int i = 1; i < Math.min(t.size(), 14); i++) {
      String w = t.get(i).word();
      boolean dash = w.equals("--") || w.equals("-") || w.equals("\u2014") || w.equals("\u2013");
      if (dash || i < t.size() - 1 && (w.equals(":") || w.equals("|"))) {
        return i;
      }
      if (t.get(i).isVerb()) {
        break;
      }
    }
    return callSign(t);
  }

  /**
   * The index of ")" closing "TOWN (CALL SIGN)" or "TOWN, St (CALL SIGN)" at the start of a sentence — the town in
   * capitals, a state's abbreviation after a comma, a short call sign of capitals and digits — followed by a capital
   * and text in mixed case (in text set all in capitals, "POLICE (PNC) ARRESTED" is no dateline), or -1.
   */
  private static int callSign(List<Token> t) {
    if (t.isEmpty() || !capitals(t.get(0).word())) {
      return -1;
    }
    int open = 1;
    while (open < t.size() && open < 6 && capitals(t.get(open).word())) {
      open++;
    }
    if (open + 1 < t.size() && t.get(open).word().equals(",") && t.get(open + 1).isCapitalised()) {
      open += open + 2 < t.size() && t.get(open + 2).word().equals(".") ? 3 : 2;
    }
    if (open >= t.size() || !t.get(open).word().equals("(")) {
      return -1;
    }
    for (int i = open + 1; i < Math.min(t.size() - 1, open + 4); i++) {
      String w = t.get(i).word();
      if (w.equals(")")) {
        boolean mixedCase = t.subList(i + 1, t.size()).stream()
            .anyMatch(w2 -> w2.word().chars().anyMatch(Character::isLowerCase));
        return i > open + 1 && Character.isUpperCase(t.get(i + 1).word().charAt(0)) && mixedCase ? i : -1;
      }
      if (!w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the words up to a colon that closes them are a label or a headline's speaker, not a place: a word in
   * lower case among them ("Texas police: Father kills wife", "Quotes from the sheriff:"), where a place before a
   * colon is all names ("Nairobi:", "JURUPA VALLEY:"). The parser still reads the words after it alone
   * ({@link #end}): only where the report was filed changes.
   */
  static boolean label(List<Token> upToColon) {
    int last = upToColon.size() - 1;
    return last > 0 && upToColon.get(last).word().equals(":") && upToColon.subList(0, last).stream()
        .anyMatch(k -> k.word().length() > 1 && k.word().chars().allMatch(Character::isLowerCase));
  }

  private static boolean capitals(String word) {
    return word.length() >= 3 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }
}
