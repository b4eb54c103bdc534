package org.vigil.pipeline.resolve.geo;

import java.util.Locale;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Headline;

/**
 * What the outlet that published an article says about where its incidents are: a local outlet reports mostly
 * local incidents, and names its own page after its town ("… - WMC Action News 5 - Memphis, Tennessee") or its
 * area (a host name such as "…losangeles.com"). Weak clues, used only where the article itself says nothing.
 * Thread-safe; the gazetteer is shared.
 */
final class Outlet {
  /** How far from a town a city named in the outlet's host name may be. */
  private static final double HOST_CITY_KM = 50;
  private static final long HOST_CITY_POPULATION = 100_000;
  private static final java.util.regex.Pattern TOWN_STATE = java.util.regex.Pattern.compile(
      "(\\p{Lu}[\\p{L}.' ]{1,30}),\\s*(\\p{Lu}[\\p{L}. ]{1,20})");

  private final Gazetteer gazetteer;

  Outlet(Gazetteer gazetteer) {
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
   * The namesake of a town in the area the outlet serves, when the article leaves the town's state unsaid: local
   * news names its towns bare ("Monroe", "Pasadena"), and the bare name's most likely entry is often another state's.
   * Only a town of exactly the same name is taken, and only when the outlet serves it and not the first choice.
   */
  IncidentPlace namesake(IncidentPlace p, Annotated doc) {
    if (p.featureCode() == null || !p.featureCode().startsWith("PPL") || p.admin1() == null
        || p.resolvedName() == null || p.countryCode() == null || doc.text().contains(p.admin1())) {
      return p;
    }
    String host = host(doc.article().url());
    IncidentPlace outlet = town(doc.article().title(), null);
    if (host.isEmpty() && outlet == null || serves(p.lat(), p.lon(), p.admin1(), host, outlet)) {
      return p;
    }
    GeoName served = null;
    for (GeoName g : gazetteer.lookup(p.resolvedName())) {
      if (g.kind() == GeoName.Kind.POPULATED_PLACE && g.name().equals(p.resolvedName())
          && g.countryCode().equals(p.countryCode()) && !g.admin1Name().equals(p.admin1())
          && serves(g.lat(), g.lon(), g.admin1Name(), host, outlet)) {
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
   * Whether an outlet serves a town: the town of its page title ("… - Jackson, MS") is in the town's state, or its
   * host name holds the state's name ("…connecticut.com") or that of a city of 100,000 or more within 50 km, the
   * town itself included ("…losangeles.com" for Pasadena, California). A small town's own name says nothing: every
   * namesake has it.
   */
  private boolean serves(double lat, double lon, String admin1, String host, IncidentPlace outlet) {
    if (outlet != null && admin1.equals(outlet.admin1())) {
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
      if (c.population() >= HOST_CITY_POPULATION && key.length() >= 5 && holds(host, key)) {
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
    return letters(dot < 0 ? h : h.substring(0, dot));
  }

  private static String letters(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z]", "");
  }
}
