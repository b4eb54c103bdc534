package org.vigil.pipeline.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Figure;

/**
 * "also" that tells those counted one by one are others than the dead (read by {@link IncidentFigures}): in the count
 * ("A woman was also shot") or in a later clause of the same subject ("A civilian was shot in the incident, but is
 * also expected to be OK"); not in a clause of another subject ("Warrants … indicated that William and Sheila …,
 * Christie Lee and Green were all shot, and that William … was also beaten", GVA dev, Session 17, hurt17b: four of
 * the five dead read as three hurt). Stateless.
 */
final class AlsoOthers {
  private AlsoOthers() {}

  private static final Pattern ALSO = Pattern.compile("(?i)\\balso\\b");

  /** A clause of its own subject: "and that William …", "while her son"; not "but is", "and was later". */
  private static final Pattern NEW_SUBJECT = Pattern.compile("(?i)\\b(and|but|while)\\s+(that\\s+)?"
      + "(?!(is|was|are|were|has|had|have|will|would|remains?|also|later|then|still)\\b)[a-z]");

  /**
   * Whether the sentence of {@code f}, a count of the hurt, tells them others than the dead by "also".
   *
   * @param text the article's text
   * @param f a count of the hurt, its evidence in {@code text}
   */
  static boolean told(String text, Figure f) {
    String sentence = f.evidence().sentence().of(text);
    int countEnd = f.evidence().span().end() - f.evidence().sentence().start();
    Matcher also = ALSO.matcher(sentence);
    while (also.find()) {
      if (also.start() < countEnd || countEnd < 0
          || !NEW_SUBJECT.matcher(sentence.substring(countEnd, also.start())).find()) {
        return true;
      }
    }
    return false;
  }
}
