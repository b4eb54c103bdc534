package org.vigil.pipeline.resolve.geo;

import java.util.Locale;
import java.util.Set;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.Article;
import org.vigil.model.IncidentPlace;

/**
 * The town a local newspaper is named after, read from its host name: "texarkanagazette.com", "natchezdemocrat.com",
 * "thebrunswicknews.com" are a town's name, "the" before it or not, and then only words newspapers name themselves
 * with ({@link #MASTHEAD_WORDS}). A small town's paper reports its own town's incidents, and its pages are often
 * stubs (a log-in wall, a video, an empty archived copy) that name no place at all. {@link Outlet#city} reads host
 * names too, but only for cities of 100,000 or more, whose names it finds anywhere in the host; a small town's name
 * says something only as the whole rest of a masthead. Thread-safe; the gazetteer is shared.
 */
final class Masthead {
  /** The shortest town name taken from a host name: shorter keys are mostly words ("star", "post"). */
  private static final int MIN_KEY = 5;

  private final Gazetteer gazetteer;

  Masthead(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The town the outlet's host name is named after, the most populous populated place whose whole name is the host
   * name's letters before its masthead words, of the given country, else of the country its address is registered
   * under ({@link #country}), at precision 2: near the incident rather than at it. Null when the host is no town's
   * masthead.
   */
  IncidentPlace town(Article article, String country) {
    GeoName best = place(article, country);
    return best == null ? null
        : new IncidentPlace(best.name(), null, best.name(), best.name(), best.geonameId() == 0 ? null
            : best.geonameId(), best.lat(), best.lon(), best.admin1Name(), best.countryCode(), best.featureCode(), 2,
            null);
  }

  /** The gazetteer entry of {@link #town}: of the given country, else its address's; null when there is none. */
  private GeoName place(Article article, String country) {
    String key = key(Outlet.host(article.url()));
    if (key == null) {
      return null;
    }
    String in = country != null ? country : country(article.url());
    GeoName best = null;
    for (GeoName g : gazetteer.lookup(key)) {
      if (g.kind() == GeoName.Kind.POPULATED_PLACE && Outlet.letters(g.name()).equals(key)
          && in.equals(g.countryCode())
          && (best == null || g.population() > best.population())) {
        best = g;
      }
    }
    return best;
  }

  /**
   * The country a newspaper's host name is registered under: its country-code top-level domain ("….co.uk" is
   * Britain's), else the United States. A town's paper outside the United States mostly files under its country's
   * code; the generic domains (.com, .net, .org) began as American registries, and a bare masthead name such as
   * "carthagepress.com" is otherwise read as the most populous Carthage, in Tunisia.
   */
  static String country(String url) {
    String rest = url == null ? "" : url.substring(url.lastIndexOf("://") < 0 ? 0 : url.lastIndexOf("://") + 3);
    String[] labels = rest.split("[/:?#]", 2)[0].toLowerCase(Locale.ROOT).split("\\.");
    String tld = labels[labels.length - 1];
    return tld.length() != 2 || tld.equals("us") ? "US" : tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
  }

  /**
   * The letters a host name holds before one or more masthead words at its end, without a leading "the"
   * ("thebrunswicknews" → "brunswick"); null when the host does not end in masthead words or too little is left.
   */
  static String key(String host) {
    String rest = host.startsWith("the") ? host.substring(3) : host;
    int end = rest.length();
    boolean stripped = false;
    for (boolean again = true; again; ) {
      again = false;
      for (String w : MASTHEAD_WORDS) {
        if (end - w.length() >= MIN_KEY && rest.startsWith(w, end - w.length())) {
          end -= w.length();
          again = stripped = true;
          break;
        }
      }
    }
    return stripped ? rest.substring(0, end) : null;
  }

  /** The words newspapers name themselves with after their town's name: "Gazette", "Daily News", "Democrat". */
  static final Set<String> MASTHEAD_WORDS = Set.of("gazette", "press", "news", "herald", "times", "tribune",
      "journal", "post", "sentinel", "courier", "democrat", "register", "leader", "observer", "citizen", "daily",
      "dispatch", "chronicle", "telegraph", "telegram", "examiner", "bulletin", "ledger", "record", "reporter",
      "messenger", "review", "standard", "republican", "independent", "enterprise", "star", "online");
}
