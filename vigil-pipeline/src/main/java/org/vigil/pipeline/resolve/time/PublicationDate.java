package org.vigil.pipeline.resolve.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Article;

/**
 * The date an article's relative expressions ("Sunday", "yesterday") are counted from: its publication date, unless
 * a dateline near the top states an earlier day the report was filed ("SAVANNAH, GA (August 2, 2015): … early this
 * morning", on a page stamped 2017) or its address is a web archive's capture taken before that date. A page captured on a day was published by that day,
 * so a later stated date is a republication or a modification ("Five wounded in East Side shooting", captured in
 * September 2016, stamped January 2017), and "Sunday" counted from it would land years after the shooting.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublicationDate {
  /** An Internet Archive capture address: "web.archive.org/web/20150128225228/http://…". */
  private static final Pattern CAPTURE = Pattern.compile("web\\.archive\\.org/web/(\\d{4})(\\d{2})(\\d{2})\\d*");

  /** A dateline stating the day the report was filed: "SAVANNAH, GA (August 2, 2015):", "INDIANAPOLIS (Feb. 20, 2014)". */
  private static final Pattern DATELINE = Pattern.compile("\\b[A-Z][A-Za-z.,' -]{1,40}\\(\\s*(Jan|Feb|Mar|Apr|May|Jun|Jul"
      + "|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2}), ((?:19|20)\\d\\d)\\s*\\)");

  private static final java.util.List<String> MONTHS = java.util.List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun",
      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  /** How far into the text a dateline may stand (after a headline the extract stage puts before it). */
  private static final int DATELINE_REACH = 400;

  private PublicationDate() {}

  /** The day a dateline near the top of the text says the report was filed, or null. */
  private static LocalDate datelineDate(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), DATELINE_REACH)));
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(1)) + 1, Integer.parseInt(m.group(2)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The anchor of the article's relative dates.
   *
   * @return the publication date, or the dateline's or the archive capture's date when that is earlier; null when
   *     the publication date is unknown (a capture bounds it but does not date it)
   */
  public static LocalDate anchor(Article a) {
    LocalDate published = a.published();
    if (published == null) {
      return null;
    }
    LocalDate filed = datelineDate(a.text());
    if (filed != null && filed.isBefore(published)) {
      published = filed;
    }
    if (a.url() == null) {
      return published;
    }
    Matcher m = CAPTURE.matcher(a.url());
    if (!m.find()) {
      return published;
    }
    try {
      LocalDate captured = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      return captured.isBefore(published) ? captured : published;
    } catch (DateTimeException e) {
      return published;
    }
  }
}
