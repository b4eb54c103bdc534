package org.vigil.store.merge;

import java.util.Locale;
import java.util.Set;

/**
 * The outlet that published an article, read from its URL: the site's registered domain ("suntimes.com" for
 * {@code https://chicago.suntimes.com/…} and {@code homicides.suntimes.com/…}, "bbc.co.uk"), with a web-archive
 * prefix removed. Two reports of one outlet share its page words (section names, staff, the station's slogan) and
 * are mostly two stories, since an outlet updates its own story in place ({@link MatchScorer}). Read for every
 * stored member the merge loads, so it scans the string instead of parsing a URI. Stateless.
 */
public final class Outlet {
  /** Second-level labels under a country code that are no site's name ("co.uk", "com.au"). */
  private static final Set<String> GENERIC = Set.of("co", "com", "org", "net", "gov", "ac", "edu");
  private static final String ARCHIVE = "web.archive.org/web/";

  private Outlet() {}

  /** The outlet of {@code url}, lower-cased, or null when the URL is missing or not an http(s) URL. */
  public static String of(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    int archived = u.indexOf(ARCHIVE);
    if (archived >= 0 && archived <= "https://".length()) {
      int slash = u.indexOf('/', archived + ARCHIVE.length()); // after the archive's timestamp
      if (slash < 0) {
        return null;
      }
      u = u.substring(slash + 1);
      u = u.contains("://") ? u : "http://" + u;
    }
    int scheme = u.indexOf("://");
    if (scheme < 0 || !u.regionMatches(true, 0, "http", 0, 4)
        || !(scheme == 4 || scheme == 5 && Character.toLowerCase(u.charAt(4)) == 's')) {
      return null;
    }
    int start = scheme + 3;
    int end = start;
    while (end < u.length() && "/:?#".indexOf(u.charAt(end)) < 0) {
      end++;
    }
    String host = u.substring(start, end).toLowerCase(Locale.ROOT);
    if (host.indexOf('.') < 0 || host.indexOf(' ') >= 0) {
      return null;
    }
    String[] labels = host.split("\\.");
    int n = labels.length;
    int keep = n >= 3 && labels[n - 1].length() == 2 && GENERIC.contains(labels[n - 2]) ? 3 : 2;
    return n <= keep ? host : String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
  }
}
