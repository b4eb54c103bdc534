package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.resolve.time.DateResolver;

/**
 * The page's own dates among a text's time expressions, which never date an incident: its posting, update and
 * copyright stamps and its date line ("Posted: Sunday, July 27, 2014", "March 25, 2014 12:45 PM", "UPDATE SATURDAY
 * 5:45 AM", "May 16, 2016" as a paragraph of its own).
 *
 * <p>Stateless and thread-safe.
 */
final class PageStamps {
  private PageStamps() {}

  /**
   * "Posted: Sunday, July 27, 2014", "(Published Monday, July 7, 2014)", "March 25, 2014 12:45 PM", "UPDATE SATURDAY
   * 5:45 AM", "May 16, 2016" alone: the page's own dates, named by a word before them, stamped with a clock time, or
   * standing alone.
   */
  static boolean pageDate(Sentence s, DateResolver.Expression e) {
    List<Token> t = s.tokens();
    for (int i = Math.max(0, e.first() - 5); i < e.first(); i++) {
      String w = t.get(i).lower();
      if (w.equals("posted") || w.equals("updated") || w.equals("published") || w.equals("modified")
          || w.equals("copyright") || w.equals("©")) {
        return true;
      }
    }
    if (updateStamp(s, e)) {
      return true;
    }
    if (!YEAR.matcher(e.phrase()).matches()) {
      return false;
    }
    // "May 16, 2016" as a paragraph of its own, over a story whose teen "was found … on Saturday": the page's date line
    if (alone(s, e)) {
      return true;
    }
    for (int i = e.first(); i <= Math.min(t.size() - 1, e.last() + 2); i++) {
      if (CLOCK.matcher(t.get(i).word()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "UPDATE SATURDAY 5:45 AM", "8:27 AM THURSDAY: SPD's Det. … confirms", "UPDATE 12:30 p.m. (Sept. 6): The man
   * accused …": the stamp of a live page's update, a day beside a clock time that is written in capitals or follows
   * the word "update"; a sentence's own "at 5:45 a.m. Saturday" is neither.
   */
  private static boolean updateStamp(Sentence s, DateResolver.Expression e) {
    List<Token> t = s.tokens();
    int clock = -1;
    for (int i = Math.max(0, e.first() - STAMP_REACH); i <= Math.min(t.size() - 1, e.last() + STAMP_REACH); i++) {
      if (CLOCK.matcher(t.get(i).word()).matches()) {
        clock = i;
        break;
      }
    }
    if (clock < 0) {
      return false;
    }
    if (CAPITALS.matcher(e.phrase()).matches()) {
      return true;
    }
    for (int i = Math.max(0, Math.min(clock, e.first()) - STAMP_REACH); i < Math.min(clock, e.first()); i++) {
      if (t.get(i).lower().equals("update")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence is a photo's caption, followed by its credit ("Kenyan President Uhuru Kenyatta leaves a hotel in
   * London on 7 May 2013. Picture: AFP"): its day is the photo's, which may be an old one.
   */
  static boolean caption(List<Sentence> sentences, int sentence) {
    if (sentence + 1 >= sentences.size()) {
      return false;
    }
    List<Token> next = sentences.get(sentence + 1).tokens();
    return next.size() > 1 && CREDITS.contains(next.get(0).lower()) && next.get(1).word().equals(":");
  }

  /** Words that open a photo's credit line. */
  private static final Set<String> CREDITS = Set.of("picture", "photo", "photograph", "image", "credit");

  /** Whether a time expression is all its sentence holds but punctuation. */
  private static boolean alone(Sentence s, DateResolver.Expression e) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if ((i < e.first() || i > e.last()) && !PUNCTUATION.matcher(t.get(i).word()).matches()) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern PUNCTUATION = Pattern.compile("\\p{Punct}+");

  /** How many words from a stamp's day its clock time and the word "update" may stand. */
  private static final int STAMP_REACH = 3;

  /** A phrase in capitals, as page furniture writes its stamps ("SATURDAY"). */
  private static final Pattern CAPITALS = Pattern.compile("[A-Z][A-Z0-9 .,:]+");

  /** A phrase that names a year. */
  private static final Pattern YEAR = Pattern.compile(".*\\b(19|20)\\d\\d\\b.*");
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}");
}
