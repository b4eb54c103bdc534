package org.vigil.pipeline.resolve.geo;

import java.util.Locale;
import java.util.regex.Pattern;
import org.vigil.pipeline.annotate.Annotated;

/**
 * Whether a page is an American outlet's, from the page itself when neither its title nor its host names the
 * outlet's town ({@link Outlet#country}): a broadcaster's network-and-channel host ("fox43.com", "abc13.com",
 * "local21news.com") or a word of an institution only American news writes — an address as "the 600 block of"
 * a street, a sheriff, a district attorney, a "Police Department", state troopers, a call to 911. None of these
 * occurs in the 40 international attack cases or in MUC-4's 200 dev texts; about 1,800 of the 3,039 GVA dev pages
 * have one. Such a page's bare town name that the toponym tagger put abroad, in a country the page never names, is
 * the American namesake ({@link Names}: "York City" on fox43.com, a York, Pennsylvania story, had been York,
 * England). Stateless.
 */
final class UsPage {
  private UsPage() {}

  private static final Pattern INSTITUTION = Pattern.compile("\\b\\d+ block of\\b|\\b[Ss]heriff|\\b[Dd]istrict "
      + "[Aa]ttorney|\\bPolice Department\\b|\\bState Police\\b|\\b[Tt]roopers?\\b|\\b911\\b");

  /**
   * A network's name and channel number as a label of the host: "fox43.com", "abc13.com", "local21news.com"
   * (the address after the last scheme: an archive's copy keeps the page's own).
   */
  private static final Pattern AFFILIATE = Pattern.compile(
      "://([a-z0-9-]+\\.)*(abc|nbc|cbs|fox|cw|local)[0-9]{1,2}[a-z]*\\.[a-z.]+(:[0-9]+)?(/|$)");

  /** The page's country when it reads as American ("US"), else null. */
  static String country(Annotated doc) {
    return INSTITUTION.matcher(doc.text()).find() || affiliate(doc.article().url()) ? "US" : null;
  }

  static boolean affiliate(String url) {
    return url != null && AFFILIATE.matcher(url.substring(Math.max(0, url.lastIndexOf("://"))).toLowerCase(Locale.ROOT))
        .lookingAt();
  }
}
