package org.vigil.pipeline.resolve.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Article;

/**
 * The date an article's relative expressions ("Sunday", "yesterday") are counted from: its publication date, unless
 * a dateline near the top states an earlier day the report was filed ("SAVANNAH, GA (August 2, 2015): … early this
 * morning", on a page stamped 2017), the page's own posting stamp is more than a week earlier ("Posted: Sunday,
 * March 10, 2013 … Updated: Monday, March 25, 2013"), or its address is a web archive's capture taken before that
 * date. A page captured on a day was published by that day, so a later stated date is a republication or a
 * modification ("Five wounded in East Side shooting", captured in September 2016, stamped January 2017), and
 * "Sunday" counted from it would land years after the shooting. So is a date in the page's address more than a week
 * before the stated date ("…/story/news/local/2015/11/21/…" or "…/article/20150805/…" on a page stamped months
 * later): the day the story was first filed under that address.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublicationDate {
  /** An Internet Archive capture address: "web.archive.org/web/20150128225228/http://…". */
  private static final Pattern CAPTURE = Pattern.compile("web\\.archive\\.org/web/(\\d{4})(\\d{2})(\\d{2})\\d*");

  /** A date in the path of an address: "…/story/news/local/2015/11/21/…", "…/_news/2013/06/09/18…". */
  private static final Pattern ADDRESS_DATE = Pattern.compile("/((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})(?!\\d)");

  /**
   * A date written as eight digits in the path of an address: "…/article/20150805/three-year-old-fatally-shot-…",
   * "…/news/20160623/…"; not the fourteen digits of a capture's time.
   */
  private static final Pattern COMPACT_ADDRESS_DATE = Pattern.compile("/(20\\d\\d)(\\d\\d)(\\d\\d)(?=[/_.-])");

  /**
   * A dateline stating the day the report was filed: "SAVANNAH, GA (August 2, 2015):", "INDIANAPOLIS (Feb. 20,
   * 2014)".
   */
  private static final Pattern DATELINE = Pattern.compile("\\b[A-Z][A-Za-z.,' -]{1,40}\\(\\s*"
      + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2}), ((?:19|20)\\d\\d)\\s*\\)");

  /**
   * A page's own posting stamp: "Posted: Sunday, March 10, 2013 10:02 AM", "Published Friday, Sept. 2, 2016".
   */
  private static final Pattern POSTED = Pattern.compile("\\b(?:Posted|Published):? (?:[A-Z][a-z]+day,? )?(Jan|Feb|Mar"
      + "|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2}),? ((?:19|20)\\d\\d)\\b");

  /**
   * Days a posting stamp must precede the stated publication date by to be a republication or an update rather than
   * a time zone's or an edition's difference (a stamp one day earlier is common and resolves relative days no better).
   */
  private static final int REPOSTED_AFTER_DAYS = 7;

  private static final java.util.List<String> MONTHS = java.util.List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun",
      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  /** How far into the text a dateline may stand (after a headline the extract stage puts before it). */
  private static final int DATELINE_REACH = 400;

  private PublicationDate() {}

  /** The day a dateline near the top of the text says the report was filed, or null. */
  private static LocalDate datelineDate(String text) {
    return stamped(DATELINE, text);
  }

  /** The day a pattern of month, day and year groups finds near the top of the text, or null. */
  private static LocalDate stamped(Pattern pattern, String text) {
    if (text == null) {
      return null;
    }
    Matcher m = pattern.matcher(text.substring(0, Math.min(text.length(), DATELINE_REACH)));
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
   * @return the publication date, or the dateline's, the posting stamp's, the archive capture's or (over a week
   *     earlier) the address's date when that is earlier; null when the publication date is unknown (a capture bounds
   *     it but does not date it)
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
    // "Posted: Sunday, March 10, 2013 10:02 AM Updated: Monday, March 25, 2013" on a page dated March 26: "early
    // Sunday" is the Sunday before the posting, not the one before the update
    LocalDate posted = stamped(POSTED, a.text());
    if (posted != null && posted.isBefore(published.minusDays(REPOSTED_AFTER_DAYS))) {
      published = posted;
    }
    if (a.url() == null) {
      return published;
    }
    LocalDate captured = addressDate(CAPTURE, a.url());
    if (captured != null && captured.isBefore(published)) {
      published = captured;
    }
    // "…/story/news/local/2015/11/21/…", captured in March 2016 and stamped May 2016: the Saturday of "shot Saturday"
    // is the one before the date in the address (#689 of GVA dev)
    LocalDate addressed = addressDate(ADDRESS_DATE, a.url());
    if (addressed == null) {
      // "…/article/20150805/three-year-old-fatally-shot-anchorage", captured in January 2016 and stamped September
      // 2016: the same first filing, its date written without slashes (#508 of GVA dev)
      addressed = addressDate(COMPACT_ADDRESS_DATE, a.url());
    }
    return addressed != null && addressed.isBefore(published.minusDays(REPOSTED_AFTER_DAYS)) ? addressed : published;
  }

  /** The date of the first match of a pattern of year, month and day groups in an address, or null. */
  private static LocalDate addressDate(Pattern pattern, String url) {
    Matcher m = pattern.matcher(url);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
