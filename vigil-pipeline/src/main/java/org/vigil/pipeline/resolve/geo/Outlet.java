package org.vigil.pipeline.resolve.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Geo;
import org.vigil.geo.GeoName;
import org.vigil.model.Article;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Headline;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;

/**
 * What the outlet that published an article says about where its incidents are: a local outlet reports mostly
 * local incidents, and names its own page after its town ("… - WMC Action News 5 - Memphis, Tennessee") or its
 * area (a host name such as "…losangeles.com"), or its other pages place their incidents in one town
 * ({@link OutletHomes}: "ksla.com", "6abc.com"). Weak clues, used only where the article itself says nothing.
 * Thread-safe; the gazetteer is shared.
 */
final class Outlet {
  /** How far from a town a city named in the outlet's host name may be. */
  private static final double HOST_CITY_KM = 50;
  /** How far a bare town name may be from the outlet's city and still be taken for the namesake it resolved to. */
  private static final double FAR_KM = 300;
  /** How sure the toponym tagger must be of a city's name for it to count as named ({@link #anchor}). */
  private static final double SURE = 0.8;
  /** The shortest city name looked for in a host name. */
  private static final int MIN_KEY = 5;
  private static final java.util.regex.Pattern TOWN_STATE = java.util.regex.Pattern.compile(
      "(\\p{Lu}[\\p{L}.' ]{1,30}),\\s*(\\p{Lu}[\\p{L}. ]{1,20})");

  private final Gazetteer gazetteer;
  private final PoliceCity police;
  private final LearnedHome learned;

  Outlet(Gazetteer gazetteer) {
    this(gazetteer, new LearnedHome(gazetteer, OutletHomes.NONE));
  }

  Outlet(Gazetteer gazetteer, LearnedHome learned) {
    this.gazetteer = gazetteer;
    this.police = new PoliceCity(gazetteer);
    this.learned = learned;
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
   * The namesake of a town in the area the outlet serves, when the article leaves the town's state unsaid: local
   * news names its towns bare ("Monroe", "Pasadena"), and the bare name's most likely entry is often another state's.
   * Only a town of exactly the same name is taken, and only when the outlet serves it and not the first choice.
   */
  IncidentPlace namesake(IncidentPlace p, Annotated doc, List<Toponym> toponyms) {
    if (p.featureCode() == null || !p.featureCode().startsWith("PPL") || p.admin1() == null
        || p.resolvedName() == null || p.countryCode() == null || doc.text().contains(p.admin1())) {
      return p;
    }
    String host = host(doc.article().url());
    IncidentPlace outlet = town(doc.article().title(), null);
    GeoName anchor = anchor(doc.article(), toponyms);
    // the town the outlet's other pages are about serves as its city, its state as the outlet's ("Germantown" on
    // "6abc.com" is Philadelphia's; "Rochester" on a Minneapolis station's page is Minnesota's)
    GeoName known = anchor == null ? learned.of(doc.article()) : null;
    GeoName city = anchor != null ? anchor : known;
    String named = state(doc.article());
    String state = named != null || known == null ? named : known.admin1Name();
    if (host.isEmpty() && outlet == null && state == null
        || serves(p.lat(), p.lon(), p.admin1(), host, outlet, city, state)) {
      return p;
    }
    GeoName served = null;
    for (GeoName g : gazetteer.lookup(p.resolvedName())) {
      if (g.kind() == GeoName.Kind.POPULATED_PLACE && g.name().equals(p.resolvedName())
          && g.countryCode().equals(p.countryCode()) && !g.admin1Name().equals(p.admin1())
          && serves(g.lat(), g.lon(), g.admin1Name(), host, outlet, city, state)) {
        if (served != null && !served.admin1Name().equals(g.admin1Name())) {
          return p; // two namesakes fit the outlet ("…columbia…"): no reason to leave the first choice
        }
        served = served == null ? g : served;
      }
    }
    return served == null ? p : new IncidentPlace(p.name(), p.locality(), p.near(), served.name(),
        served.geonameId() == 0 ? null : served.geonameId(), served.lat(), served.lon(), served.admin1Name(),
        served.countryCode(), served.featureCode(), p.precision(), p.evidence());
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
    GeoName c = city(article);
    return c == null || country != null && !country.equals(c.countryCode()) ? null
        : new IncidentPlace(c.name(), null, c.name(), c.name(), c.geonameId() == 0 ? null : c.geonameId(), c.lat(),
            c.lon(), c.admin1Name(), c.countryCode(), c.featureCode(), 2, null);
  }

  /**
   * A bare town name far from the city the outlet is named after, in a state the article never names ("Portland" on
   * "wave3.com-Louisville News", "Austin" on "chicago.cbslocal.com"), or a town of under 100,000 abroad in a country
   * the article never names (the given countries are those it names or implies by nationality words) when the text
   * names the city twice or more by word: a local outlet's readers know the name as a quarter, street or suburb of
   * their own city, and the namesake town is elsewhere. The outlet's city stands in, near the incident rather than at
   * it (precision 2). Where neither the outlet nor the article's names give a city ({@link #anchor}), the city whose
   * own police the text names does ({@link PoliceCity}: "Milwaukee Police are investigating … in Washington Park").
   */
  IncidentPlace home(IncidentPlace p, Annotated doc, List<Toponym> toponyms, Set<String> countries) {
    if (p.lat() == null || p.featureCode() == null || !p.featureCode().startsWith("PPL")
        || named(p.admin1(), doc, toponyms)) {
      return p;
    }
    GeoName c = anchor(doc.article(), toponyms);
    c = c != null ? c : police.of(doc.text(), p);
    if (c == null) {
      // else the town the outlet's other pages are about ("Dorchester" on "wcvb.com", whose pages are Boston's),
      // unless the bare name is a city of 100,000 or more: no quarter's name, and a national outlet's majority
      // town is no home ("New Orleans" on a national site whose pages are mostly Santa Monica's)
      c = learned.of(doc.article());
      if (c == null || p.geonameId() == null || gazetteer.byId(p.geonameId()).map(City::is).orElse(true)) {
        return p;
      }
    }
    if (!c.countryCode().equals(p.countryCode())) {
      // a small town abroad in a country the article never names, on a page that names its city twice or more by
      // word: "Dorchester" beside "Boston" is the city's quarter, not the English town (a city only the host names
      // may be a namesake abroad itself: "naplesnews.com" is no Italian paper; and the town's own name named often
      // is no other city's)
      if (p.countryCode() == null || countries.contains(p.countryCode()) || p.geonameId() == null
          || gazetteer.byId(p.geonameId()).map(City::is).orElse(true)
          || Mentions.of(c.name(), doc.text()) < 2 || letters(c.name()).equals(letters(p.name()))) {
        return p;
      }
    } else if (c.admin1Name().equals(p.admin1()) || Geo.distanceKm(p.lat(), p.lon(), c.lat(), c.lon()) <= FAR_KM) {
      return p;
    } else {
      // the outlet is named after a small namesake of the city near the town ("hillsborofreepress.com" in Kansas),
      // unless the page shows it is the big city's: its title names the city with its state, or a broadcaster's
      // host names it ("fox13memphis.com": BigCity)
      boolean stated = BigCity.meant(town(doc.article().title(), c.countryCode()), doc.article().url(), c);
      for (GeoName g : gazetteer.near(p.lat(), p.lon(), FAR_KM / 3, 500)) {
        if (!stated && g.name().equals(c.name())) {
          return p;
        }
      }
    }
    return near(p, c);
  }

  /** The town standing in for a place within it: near the incident rather than at it (precision 2). */
  static IncidentPlace near(IncidentPlace p, GeoName c) {
    return new IncidentPlace(p.name(), p.name(), c.name(), c.name(), c.geonameId() == 0 ? null : c.geonameId(),
        c.lat(), c.lon(), c.admin1Name(), c.countryCode(), c.featureCode(), 2, p.evidence());
  }

  /**
   * The city the outlet is named after ({@link #city}), else the city of 100,000 or more the article names most by
   * its own name, surely (the toponym tagger's confidence 0.8 or more), at least twice and more than any other
   * ("Philadelphia police … in Germantown"): the city a local story's bare names of quarters and suburbs belong to.
   * Null when there is none.
   */
  GeoName anchor(Article article, List<Toponym> toponyms) {
    GeoName c = city(article);
    if (c != null) {
      return c;
    }
    java.util.Map<GeoName, Integer> counts = new java.util.HashMap<>();
    for (Toponym t : toponyms) {
      if (t.basis() == Toponym.Basis.GAZETTEER && t.place() != null && t.confidence() >= SURE
          && t.place().kind() == GeoName.Kind.POPULATED_PLACE && City.is(t.place())
          && letters(t.name()).equals(letters(t.place().name()))) {
        counts.merge(t.place(), 1, Integer::sum);
      }
    }
    GeoName best = null;
    int most = 1;
    for (java.util.Map.Entry<GeoName, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      } else if (e.getValue() == most) {
        best = null;
      }
    }
    return best;
  }

  /**
   * Whether the article names a division: its name, or an abbreviation the toponym tagger resolved to it
   * ("PORTLAND, Ore. (AP) —").
   */
  private static boolean named(String admin1, Annotated doc, List<Toponym> toponyms) {
    if (admin1 == null || doc.text().contains(admin1)) {
      return admin1 != null;
    }
    for (Toponym t : toponyms) {
      if (t.place() != null && t.place().kind() == GeoName.Kind.ADMIN1 && t.place().name().equals(admin1)) {
        return true;
      }
    }
    return false;
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
    String host = host(article.url());
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
          cities(letters(run.toString()), found);
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
      String rest = letters(String.join("", java.util.Arrays.asList(words).subList(n, words.length)));
      List<GeoName> named = new ArrayList<>();
      cities(letters(String.join("", java.util.Arrays.asList(words).subList(0, n))), named);
      for (GeoName g : named) {
        if ((rest.isEmpty() || letters(g.admin1Name()).equals(rest)) && text.contains(g.name())
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
          && letters(g.name()).equals(key) && !found.contains(g)) {
        found.add(g);
      }
    }
  }

  /**
   * Whether an outlet serves a town: the town of its page title ("… - Jackson, MS") is in the town's state, or its
   * host name holds the state's name ("…connecticut.com") or that of a city of 100,000 or more within 50 km, the
   * town itself included ("…losangeles.com" for Pasadena, California). A small town's own name says nothing: every
   * namesake has it.
   */
  private boolean serves(double lat, double lon, String admin1, String host, IncidentPlace outlet, GeoName city,
      String state) {
    if (outlet != null && admin1.equals(outlet.admin1()) || admin1.equals(state)
        || city != null && Geo.distanceKm(lat, lon, city.lat(), city.lon()) <= HOST_CITY_KM) {
      return true;
    }
    if (host.isEmpty()) {
      return false;
    }
    if (holds(host, letters(admin1))) {
      return true;
    }
    for (GeoName c : gazetteer.near(lat, lon, HOST_CITY_KM, 200)) {
      String key = letters(c.name());
      if (City.is(c) && key.length() >= 5 && holds(host, key)) {
        return true;
      }
    }
    return false;
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
          if (g.isPresent() && letters(g.get().name()).equals(letters(name)) && !cityNamed(name)) {
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
    cities(letters(name), found);
    return !found.isEmpty();
  }

  /**
   * Whether the host holds a name, not as the end of a longer division's name ("kansas" in "…arkansas…").
   */
  private boolean holds(String host, String key) {
    for (int i = host.indexOf(key); i >= 0; i = host.indexOf(key, i + 1)) {
      boolean longer = false;
      for (int j = Math.max(0, i - 5); j < i && !longer; j++) {
        longer = gazetteer.admin1("US", host.substring(j, i + key.length())).isPresent();
      }
      if (!longer) {
        return true;
      }
    }
    return false;
  }

  /** The letters of a page's host name, lower-cased, without "www" and the top-level domain; "" for none. */
  static String host(String url) {
    return letters(rawHost(url));
  }

  /** A page's host name, lower-cased, without "www" and the top-level domain; "" for none. */
  static String rawHost(String url) {
    if (url == null) {
      return "";
    }
    int scheme = url.lastIndexOf("://");
    String rest = scheme < 0 ? url : url.substring(scheme + 3);
    int end = rest.length();
    for (char c : new char[] {'/', ':', '?', '#'}) {
      int k = rest.indexOf(c);
      if (k >= 0 && k < end) {
        end = k;
      }
    }
    String h = rest.substring(0, end).toLowerCase(Locale.ROOT);
    if (h.startsWith("www.")) {
      h = h.substring(4);
    }
    int dot = h.lastIndexOf('.');
    return dot < 0 ? h : h.substring(0, dot);
  }

  static String letters(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z]", "");
  }
}
