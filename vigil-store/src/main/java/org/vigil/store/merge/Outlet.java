package org.vigil.store.merge;

import java.util.Set;
import org.vigil.store.CanonicalUrl;

/**
 * The outlet that published an article, read from its URL: the site's registered domain ("suntimes.com" for
 * {@code https://chicago.suntimes.com/…} and {@code homicides.suntimes.com/…}, "bbc.co.uk"), with a web-archive
 * prefix removed. Two reports of one outlet share its page words (section names, staff, the station's slogan) and
 * are mostly two stories, since an outlet updates its own story in place ({@link MatchScorer}). Stateless.
 */
public final class Outlet {
  /** Second-level labels under a country code that are no site's name ("co.uk", "com.au"). */
  private static final Set<String> GENERIC = Set.of("co", "com", "org", "net", "gov", "ac", "edu");

  private Outlet() {}

  /** The outlet of {@code url}, lower-cased, or null when the URL is missing or not an http(s) URL. */
  public static String of(String url) {
    String c = CanonicalUrl.of(url); // "http://host[:port]/path…", archive prefix and "www." removed
    if (c == null) {
      return null;
    }
    int start = "http://".length();
    int end = start;
    while (end < c.length() && c.charAt(end) != '/' && c.charAt(end) != ':' && c.charAt(end) != '?') {
      end++;
    }
    String[] labels = c.substring(start, end).split("\\.");
    int n = labels.length;
    if (n <= 2) {
      return n == 0 || labels[0].isEmpty() ? null : String.join(".", labels);
    }
    int keep = labels[n - 1].length() == 2 && GENERIC.contains(labels[n - 2]) ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
  }
}
