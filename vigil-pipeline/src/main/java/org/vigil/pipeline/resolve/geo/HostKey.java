package org.vigil.pipeline.resolve.geo;

import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;

/**
 * Whether a city's name found inside a host name is only a part of the outlet's own name, no city it is named after:
 * a word newspapers name themselves with ({@link Masthead#MASTHEAD_WORDS}: "sentinelandenterprise.com", Fitchburg's
 * paper, had placed two Fitchburg pages at Enterprise, Nevada), or a part of a longer town's name that one word of
 * the host holds ("bradenton.com" is Bradenton's paper, not Denton's; "trentonian.com" Trenton's, not Renton's nor
 * Trento's; "baltimoresun.com" Baltimore's, not Bălți's, which had left Baltimore's paper with no city). A
 * digit or a hyphen parts the host's words: "abc7amarillo.com" is Amarillo's station, whatever Camarillo is. Stateless.
 */
final class HostKey {
  private HostKey() {}

  /**
   * Whether the letters {@code [from, to)} of the host name's letters ({@link Outlet#host}) are part of the outlet's
   * own name rather than a city's.
   *
   * @param url the page's address
   */
  static boolean partOfName(Gazetteer gazetteer, String url, int from, int to) {
    String host = Outlet.host(url);
    String key = host.substring(from, to);
    if (Masthead.MASTHEAD_WORDS.contains(key)) {
      return true;
    }
    int[] word = word(url, from);
    for (int k = word[0]; k <= from; k++) {
      for (int l = to; l <= word[1]; l++) {
        if (k == from && l == to) {
          continue;
        }
        String longer = host.substring(k, l);
        for (GeoName g : gazetteer.lookup(longer)) {
          if (g.kind() == GeoName.Kind.POPULATED_PLACE && Outlet.letters(g.name()).equals(longer)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Where the word of the host name that holds its letter {@code at} begins and ends, counted in the host's letters.
   */
  private static int[] word(String url, int at) {
    String raw = Outlet.rawHost(url);
    int letters = 0;
    int start = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters++;
      } else if (letters > at) {
        return new int[] {start, letters};
      } else {
        start = letters;
      }
    }
    return new int[] {start, letters};
  }
}
