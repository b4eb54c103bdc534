package org.vigil.pipeline.resolve.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Geo;
import org.vigil.geo.GeoName;
import org.vigil.model.Article;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Headline;

/**
 * What an article's page says about the outlet that published it: the town its title names it after ("… - WMC
 * Action News 5 - Memphis, Tennessee"), the city its host name, address or title is named after ("…losangeles.com",
 * "… - wave3.com-Louisville News"), the state it serves, and so the country its readers live in. The clues alone;
 * {@link Outlet} decides what they say about an incident's place. Thread-safe; the gazetteer is shared.
 */
final class OutletClues {
  /**
   * How far from a town a city named in the outlet's host name may be, and how far apart the cities its host name,
   * address and title name may be and still be one.
   */
  static final double HOST_CITY_KM = 50;
  /** The shortest city name looked for in a host name. */
  private static final int MIN_KEY = 5;
  private static final java.util.regex.Pattern TOWN_STATE = java.util.regex.Pattern.compile(
      "(\\p{Lu}[\\p{L}.' ]{1,30}),\\s*(\\p{Lu}[\\p{L}. ]{1,20})");

  private final Gazetteer gazetteer;

  OutletClues(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The outlet's town when the page title names it after the headline as "Town, State" ("… - Jackson, MS",
   * "… | Charleston, SC | News"). A local outlet reports mostly local incidents: a weak clue, precision 2.
   */
  IncidentPlace town(String title, String country) {
    String[] parts = Headline.parts(title);
    for (int i = 1; i < parts.length; i++) {
      java.util.regex.Matcher m = TOWN_STATE.matcher(parts[i].strip());
      if (!m.matches()) {
        continue;
      }
      String state = m.group(2).replace(".", "").strip().toLowerCase(Locale.ROOT);
      for (GeoName g : gazetteer.lookup(m.group(1))) {
        if (g.kind() != GeoName.Kind.POPULATED_PLACE || country != null && !country.equals(g.countryCode())) {
          continue;
        }
        String code = g.admin1Code().toLowerCase(Locale.ROOT);
        String name = g.admin1Name() == null ? "" : g.admin1Name().toLowerCase(Locale.ROOT);
        if (code.equals(state) || state.length() >= 4 && name.startsWith(state)) {
          return new IncidentPlace(m.group(1), null, m.group(1), g.name(), g.geonameId() == 0 ? null
              : g.geonameId(), g.lat(), g.lon(), g.admin1Name(), g.countryCode(), g.featureCode(), 2, null);
        }
      }
    }
    return null;
  }

  /**
   * The country of the outlet's town ({@link #town}) or of the city it is named after ({@link #city}), or null: the
   * country its readers live in.
   */
  String country(Article article) {
    IncidentPlace t = town(article.title(), null);
    if (t != null) {
      return t.countryCode();
    }
    GeoName c = city(article);
    return c != null ? c.countryCode() : Address.callSign(article.url()) ? "US" : null;
  }

  /**
   * The city the outlet is named after, at precision 2 (near the incident rather than at it), for a page whose
   * article names no town: see {@link #city}. Null when there is none, or it is not in the given country.
   */
  IncidentPlace cityPlace(Article article, String country) {
    return placeNear(city(article), country);
  }

  /**
   * An outlet's town {@code c} as the place of an incident near it (precision 2, no evidence in the text), or null when
   * there is none or it is not in the given country.
   */
  static IncidentPlace placeNear(GeoName c, String country) {
    return c == null || country != null && !country.equals(c.countryCode()) ? null
        : new IncidentPlace(c.name(), null, c.name(), c.name(), c.geonameId() == 0 ? null : c.geonameId(), c.lat(),
            c.lon(), c.admin1Name(), c.countryCode(), c.featureCode(), 2, null);
  }

  /**
   * The city the outlet is named after: a city of 100,000 people or more whose whole name the host name holds
   * ("chicago.cbslocal.com", "click2houston.com") or whose other name the whole host is ({@link HostAlias}:
   * "philly.com"), the first section of the address it files a story under is named after ({@link #section}), or
   * the page title names after its headline ("… - wave3.com-Louisville News, Weather &amp; Sports"). Null when
   * there is none, or several far apart ("…columbia…": South Carolina's or Missouri's).
   */
  GeoName city(Article article) {
    List<GeoName> found = new ArrayList<>();
    String host = Outlet.host(article.url());
    for (int i = 0; i < host.length(); i++) {
      for (int j = i + MIN_KEY; j <= host.length(); j++) {
        List<GeoName> named = new ArrayList<>();
        cities(host.substring(i, j), named);
        if (!named.isEmpty() && !HostKey.partOfName(gazetteer, article.url(), i, j)) {
          named.stream().filter(g -> !found.contains(g)).forEach(found::add);
        }
      }
    }
    if (found.isEmpty()) {
      found.addAll(HostAlias.cities(gazetteer, host, article.url()));
    }
    // the first section named after a city is the outlet's; those below it are its quarters ("…/chicago/…/austin/")
    int before = found.size();
    for (String section : Address.sections(article.url())) {
      if (found.size() > before) {
        break;
      }
      section(section, article.text(), found);
    }
    String[] parts = Headline.parts(article.title());
    for (int i = 1; i < parts.length; i++) {
      List<String> words = new ArrayList<>();
      for (String w : parts[i].split("[^\\p{L}]+")) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          words.add(w);
        } else {
          words.add("");
        }
      }
      for (int a = 0; a < words.size(); a++) {
        StringBuilder run = new StringBuilder();
        for (int b = a; b < Math.min(words.size(), a + 3) && !words.get(b).isEmpty(); b++) {
          run.append(words.get(b));
          cities(Outlet.letters(run.toString()), found);
        }
      }
    }
    GeoName best = null;
    for (GeoName g : found) {
      if (best != null && Geo.distanceKm(g.lat(), g.lon(), best.lat(), best.lon()) > HOST_CITY_KM) {
        return null;
      }
      best = best == null || g.population() > best.population() ? g : best;
    }
    return best;
  }

  /**
   * Adds the city of 100,000 or more a section of the address is named after, by its whole name, its state's name
   * after it or not ("…/chicago/20160619/…", "…/news/houston-texas/…", "…/community/fort-worth/…"): the section a
   * local outlet files its city's stories under, when the article names the city too ("…/news/local/metro/…" is no
   * city of Indonesia's). A section of more than three words is a headline.
   */
  private void section(String section, String text, List<GeoName> found) {
    String[] words = section.split("[^a-z]+");
    if (words.length > 3) {
      return;
    }
    for (int n = words.length; n >= 1; n--) {
      String rest = Outlet.letters(String.join("", java.util.Arrays.asList(words).subList(n, words.length)));
      List<GeoName> named = new ArrayList<>();
      cities(Outlet.letters(String.join("", java.util.Arrays.asList(words).subList(0, n))), named);
      for (GeoName g : named) {
        if ((rest.isEmpty() || Outlet.letters(g.admin1Name()).equals(rest)) && text.contains(g.name())
            && !found.contains(g)) {
          found.add(g);
        }
      }
    }
  }

  /** Adds the cities of 100,000 or more whose own name has exactly these letters. */
  private void cities(String key, List<GeoName> found) {
    if (key.length() < MIN_KEY) {
      return;
    }
    for (GeoName g : gazetteer.lookup(key)) {
      if (g.kind() == GeoName.Kind.POPULATED_PLACE && City.is(g)
          && Outlet.letters(g.name()).equals(key) && !found.contains(g)) {
        found.add(g);
      }
    }
  }

  /**
   * The US state the outlet names itself after in the page title after the headline ("… - WXYZ 3 Connecticut", "…
   * South Georgia News") or files the story under in its address ("…/news/local/michigan/2014/…", the headline's own
   * words at its end aside), or null: the area it serves. A state named like a city of 100,000 or more
   * ("Washington", "New York") may be the city.
   */
  String state(Article article) {
    List<String> runs = new ArrayList<>();
    String[] parts = Headline.parts(article.title());
    for (int i = 1; i < parts.length; i++) {
      runs.add(parts[i]);
    }
    List<String> sections = Address.sections(article.url());
    runs.addAll(sections.subList(0, Math.max(0, sections.size() - 1)));
    for (String run : runs) {
      String[] words = run.split("[^\\p{L}]+");
      for (int a = 0; a < words.length; a++) {
        for (int b = Math.min(words.length, a + 2); b > a; b--) {
          String name = String.join(" ", java.util.Arrays.asList(words).subList(a, b));
          if (name.length() < 4) {
            continue;
          }
          java.util.Optional<GeoName> g = gazetteer.admin1("US", name);
          if (g.isPresent() && Outlet.letters(g.get().name()).equals(Outlet.letters(name)) && !cityNamed(name)) {
            return g.get().name();
          }
        }
      }
    }
    return null;
  }

  /** Whether a city of 100,000 or more has exactly this name. */
  private boolean cityNamed(String name) {
    List<GeoName> found = new ArrayList<>();
    cities(Outlet.letters(name), found);
    return !found.isEmpty();
  }
}
