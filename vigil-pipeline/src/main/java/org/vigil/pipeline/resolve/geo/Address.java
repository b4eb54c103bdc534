package org.vigil.pipeline.resolve.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.Article;
import org.vigil.model.IncidentPlace;

/**
 * The place a page's address names, for a page whose text names none: outlets file their stories under the city
 * ("…/news/houston-texas/houston/article/…", "…/local/community/fort-worth/…") and write the headline they meant
 * into the address ("…/2-killed-3-injured-in-gwinnett-county-shooting/"), while the page itself may hold only a
 * log-in wall or a video's furniture. The last resort of {@link PlaceResolver}: a word run of the address (one to
 * three words) that is a city of 100,000 people or more by its whole name, a run before "county" that is a county of
 * one state, or a town of a state the address also names ("northwestgeorgianews.com/rome/…"). Near the incident
 * rather than at it: precision 2. Thread-safe; the gazetteer is shared.
 */
final class Address {
  /** The most words a name of the address may have. */
  private static final int MAX_WORDS = 3;

  private final Gazetteer gazetteer;
  private final Counties counties;

  Address(Gazetteer gazetteer, Counties counties) {
    this.gazetteer = gazetteer;
    this.counties = counties;
  }

  /** The place the page's address names, of the given country when one is given; null when none. */
  IncidentPlace place(Article article, String country) {
    List<String> sections = sections(article.url());
    String path = String.join("/", sections);
    String states = Outlet.host(article.url()) + Outlet.letters(path);
    List<String> words = new ArrayList<>();
    for (String w : path.split("[^a-z]+")) {
      words.add(w);
    }
    for (int i = 0; i < words.size(); i++) {
      for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1; n--) {
        List<String> run = words.subList(i, i + n);
        if (run.contains("")) {
          continue;
        }
        String name = String.join(" ", run);
        IncidentPlace p = i + n < words.size() && words.get(i + n).equals("county")
            ? county(name, states, country) : town(name, states, country);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /** The seat of the county of this name, when one state has it or the address names the state; or null. */
  private IncidentPlace county(String name, String states, String country) {
    List<GeoName> found = counties.named(title(name) + " County");
    GeoName only = null;
    for (GeoName c : found) {
      if (country != null && !country.equals(c.countryCode())) {
        continue;
      }
      if (found.size() == 1 || holds(states, c.admin1Name())) {
        only = only == null ? c : only;
      }
    }
    return only == null ? null
        : counties.seat(SentencePlace.build(title(name) + " County", null, null, only, 2, null));
  }

  /** The town of exactly this name in a state the address names, else the city of 100,000 or more; or null. */
  private IncidentPlace town(String name, String states, String country) {
    String key = Outlet.letters(name);
    if (key.length() < 4) {
      return null;
    }
    GeoName best = null;
    boolean stated = false;
    for (GeoName g : gazetteer.lookup(name)) {
      boolean inState = holds(states, g.admin1Name());
      if (g.kind() != GeoName.Kind.POPULATED_PLACE || !Outlet.letters(g.name()).equals(key)
          || country != null && !country.equals(g.countryCode()) || !City.is(g) && !inState || stated && !inState) {
        continue;
      }
      // a town of the state the address names before any larger namesake
      best = best == null || inState && !stated || g.population() > best.population() ? g : best;
      stated |= inState;
    }
    return best == null ? null : SentencePlace.build(title(name), null, title(name), best, 2, null);
  }

  /** Whether the address holds the division's whole name ("georgia" in "northwestgeorgianews"). */
  private static boolean holds(String states, String admin1) {
    String key = admin1 == null ? "" : Outlet.letters(admin1);
    return key.length() >= 4 && states.contains(key);
  }

  /** The sections of a page's address: the parts of its path between slashes, lower-cased. */
  static List<String> sections(String url) {
    if (url == null) {
      return List.of();
    }
    int scheme = url.lastIndexOf("://");
    String rest = (scheme < 0 ? url : url.substring(scheme + 3)).toLowerCase(Locale.ROOT);
    int end = rest.length();
    for (char c : new char[] {'?', '#'}) {
      int k = rest.indexOf(c);
      end = k >= 0 && k < end ? k : end;
    }
    int slash = rest.indexOf('/');
    if (slash < 0 || slash >= end) {
      return List.of();
    }
    return List.of(rest.substring(slash + 1, end).split("/"));
  }

  /**
   * A broadcaster's call sign in the host name ("wlwt.com", "kctv5.com", "wgntv.com"): K or W and two or three more
   * letters, a "tv", "am" or "fm" or a channel number after it. The ITU gives the letters K and W to the United
   * States alone, and its stations name their sites after their call signs.
   */
  static boolean callSign(String url) {
    if (url == null) {
      return false;
    }
    int scheme = url.lastIndexOf("://");
    String rest = scheme < 0 ? url : url.substring(scheme + 3);
    String[] labels = rest.split("[/:?#]", 2)[0].toLowerCase(Locale.ROOT).split("\\.");
    for (int i = 0; i < labels.length - 1; i++) {
      if (CALL_SIGN.matcher(labels[i]).matches() && !labels[i].equals("www") && !labels[i].equals("web")) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern CALL_SIGN =
      java.util.regex.Pattern.compile("[kw][a-z]{2,3}(tv|am|fm|[0-9]{1,2})?");

  /** "fort worth" as "Fort Worth". */
  static String title(String words) {
    StringBuilder b = new StringBuilder();
    for (String w : words.split(" ")) {
      b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }
}
