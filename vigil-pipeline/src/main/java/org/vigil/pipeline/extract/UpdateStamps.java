package org.vigil.pipeline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.vigil.model.IncidentTime;
import org.vigil.model.TimePrecision;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.resolve.time.DateResolver;

/**
 * The day a live page's update log counts a paragraph's relative days from: the calendar date of the update stamp that
 * opens the paragraph's update ("UPDATE 7:23 a.m. (Sept. 2): Maci Clay and her older brother were watching their
 * father take out the trash on Wednesday evening when she was struck", #1841 of GVA dev, whose "Wednesday" is Aug. 31
 * and not the Wednesday before the page's later date). The log lists its updates newest first, each opened by its
 * stamp, so a sentence belongs to the nearest stamp before it.
 *
 * <p>Stateless and thread-safe.
 */
final class UpdateStamps {
  private UpdateStamps() {}

  /**
   * The date of the nearest update stamp that opens a sentence at or before {@code sentence}, when it names a calendar
   * day on or before {@code published} and less than a season before it; else {@code published}.
   */
  static LocalDate anchor(Annotated doc, DateResolver dates, int sentence, LocalDate published) {
    if (published == null) {
      return null;
    }
    List<Sentence> sentences = doc.sentences();
    for (int i = Math.min(sentence, sentences.size() - 1); i >= 0; i--) {
      Sentence s = sentences.get(i);
      if (s.tokens().isEmpty() || !s.tokens().get(0).lower().equals("update")) {
        continue;
      }
      for (DateResolver.Expression e : dates.expressions(doc.text(), s)) {
        if (!PageStamps.pageDate(s, e)) {
          continue;
        }
        IncidentTime t = dates.resolve(doc.text(), s, e, published, null);
        // a stamp named by its calendar date only: a weekday stamp ("UPDATE SATURDAY 5:45 AM") is itself counted
        // from the page's date and gains nothing; and one a season or more before the page's date is one dated just
        // after it, which the resolver, counting back from the page's date, put a year early
        if (t != null && t.precision() == TimePrecision.DAY && DIGITS.matcher(e.phrase()).find()
            && !t.start().isAfter(published) && !t.start().isBefore(published.minusDays(LOG_SPAN_DAYS))) {
          return t.start();
        }
      }
      return published;
    }
    return published;
  }

  /** How many days before the page's date an update log's oldest stamp may lie. */
  private static final int LOG_SPAN_DAYS = 90;

  private static final Pattern DIGITS = Pattern.compile("\\d");
}
