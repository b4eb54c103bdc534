package org.vigil.pipeline.resolve.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Geo;
import org.vigil.geo.GeoName;
import org.vigil.model.Article;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;

/**
 * What the outlet that published an article says about where its incidents are: a local outlet reports mostly
 * local incidents, and names its own page after its town ("… - WMC Action News 5 - Memphis, Tennessee") or its
 * area (a host name such as "…losangeles.com"), or its other pages place their incidents in one town
 * ({@link OutletHomes}: "ksla.com", "6abc.com"). Weak clues ({@link OutletClues} reads the page's own), used only
 * where the article itself says nothing. Thread-safe; the gazetteer is shared.
 */
final class Outlet {
  /** How far a bare town name may be from the outlet's city and still be taken for the namesake it resolved to. */
  private static final double FAR_KM = 300;
  /**
   * {@link #FAR_KM} for a city learned from the outlet's other pages ({@link LearnedHome}) rather than named by the
   * outlet or the page: a bare quarter's name ("Germantown" on a Philadelphia station's pages) resolves to a namesake
   * some 200 km off in the next state as readily as 300 km off, and nothing on the page vouches for the far one.
   */
  private static final double LEARNED_FAR_KM = 150;
  /** How sure the toponym tagger must be of a city's name for it to count as named ({@link #anchor}). */
  private static final double SURE = 0.8;

  private final Gazetteer gazetteer;
  private final OutletClues clues;
  private final PoliceCity police;
  private final LearnedHome learned;

  Outlet(Gazetteer gazetteer, OutletClues clues, LearnedHome learned) {
    this.gazetteer = gazetteer;
    this.clues = clues;
    this.police = new PoliceCity(gazetteer);
    this.learned = learned;
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
    IncidentPlace outlet = clues.town(doc.article().title(), null);
    GeoName anchor = anchor(doc.article(), toponyms);
    // the town the outlet's other pages are about serves as its city, its state as the outlet's ("Germantown" on
    // "6abc.com" is Philadelphia's; "Rochester" on a Minneapolis station's page is Minnesota's); without a town, the
    // state they are about (a station whose pages are about many towns of one state, none of them half)
    GeoName known = anchor == null ? learned.of(doc.article()) : null;
    GeoName city = anchor != null ? anchor : known;
    String named = clues.state(doc.article());
    String state = named != null ? named : known != null ? known.admin1Name()
        : anchor == null ? learned.state(doc.article()) : null;
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
    double reach = FAR_KM;
    if (c == null) {
      // else the town the outlet's other pages are about ("Dorchester" on "wcvb.com", whose pages are Boston's),
      // unless the bare name is a city of 100,000 or more: no quarter's name, and a national outlet's majority
      // town is no home ("New Orleans" on a national site whose pages are mostly Santa Monica's)
      c = learned.of(doc.article());
      if (c == null || p.geonameId() == null || gazetteer.byId(p.geonameId()).map(City::is).orElse(true)) {
        return p;
      }
      reach = LEARNED_FAR_KM;
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
    } else if (c.admin1Name().equals(p.admin1()) || Geo.distanceKm(p.lat(), p.lon(), c.lat(), c.lon()) <= reach) {
      return p;
    } else {
      // the outlet is named after a small namesake of the city near the town ("hillsborofreepress.com" in Kansas),
      // unless the page shows it is the big city's: its title names the city with its state, or a broadcaster's
      // host names it ("fox13memphis.com": BigCity)
      boolean stated = BigCity.meant(clues.town(doc.article().title(), c.countryCode()), doc.article().url(), c);
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
   * The city the outlet is named after ({@link OutletClues#city}), else the city of 100,000 or more the article
   * names most by its own name, surely (the toponym tagger's confidence 0.8 or more), at least twice and more than
   * any other ("Philadelphia police … in Germantown"): the city a local story's bare names of quarters and suburbs
   * belong to. Null when there is none.
   */
  GeoName anchor(Article article, List<Toponym> toponyms) {
    GeoName c = clues.city(article);
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
   * Whether an outlet serves a town: the town of its page title ("… - Jackson, MS") is in the town's state, or its
   * host name holds the state's name ("…connecticut.com") or that of a city of 100,000 or more within 50 km, the
   * town itself included ("…losangeles.com" for Pasadena, California). A small town's own name says nothing: every
   * namesake has it.
   */
  private boolean serves(double lat, double lon, String admin1, String host, IncidentPlace outlet, GeoName city,
      String state) {
    if (outlet != null && admin1.equals(outlet.admin1()) || admin1.equals(state)
        || city != null && Geo.distanceKm(lat, lon, city.lat(), city.lon()) <= OutletClues.HOST_CITY_KM) {
      return true;
    }
    if (host.isEmpty()) {
      return false;
    }
    if (holds(host, letters(admin1))) {
      return true;
    }
    for (GeoName c : gazetteer.near(lat, lon, OutletClues.HOST_CITY_KM, 200)) {
      String key = letters(c.name());
      if (City.is(c) && key.length() >= 5 && holds(host, key)) {
        return true;
      }
    }
    return false;
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
    return letters(s, false);
  }

  /** The letters of a name, lower-cased without accents, and its digits too when asked. */
  static String letters(String s, boolean digits) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
        .replaceAll(digits ? "[^a-z0-9]" : "[^a-z]", "");
  }
}
