package org.vigil.pipeline.resolve.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Article;

/**
 * The date an article's relative expressions ("Sunday", "yesterday") are counted from: its publication date, unless
 * its address is a web archive's capture taken before that date. A page captured on a day was published by that day,
 * so a later stated date is a republication or a modification ("Five wounded in East Side shooting", captured in
 * September 2016, stamped January 2017), and "Sunday" counted from it would land years after the shooting.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublicationDate {
  /** An Internet Archive capture address: "web.archive.org/web/20150128225228/http://…". */
  private static final Pattern CAPTURE = Pattern.compile("web\\.archive\\.org/web/(\\d{4})(\\d{2})(\\d{2})\\d*");

  private PublicationDate() {}

  /**
   * The anchor of the article's relative dates.
   *
   * @return the publication date, or the archive capture's date when that is earlier; null when the publication date
   *     is unknown (a capture bounds it but does not date it)
   */
  public static LocalDate anchor(Article a) {
    LocalDate published = a.published();
    if (published == null || a.url() == null) {
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
