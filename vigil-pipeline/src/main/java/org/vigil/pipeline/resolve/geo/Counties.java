package org.vigil.pipeline.resolve.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Geo;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;

/**
 * The US counties an article names, as a check on its towns: local news names the county beside the town ("the
 * Pike County Courthouse in Milford", "JACKSONVILLE, ONSLOW COUNTY –"), and a town and a county of the same story
 * lie together. A county name alone fits many states ("Pike County": ten), a bare town name many towns; the pair
 * that lies together is the one meant. Thread-safe; the gazetteer is shared.
 */
final class Counties {
  /** "Pike County", "Onslow County", "Lafourche Parish": one or two capitalised words before the affix. */
  private static final Pattern COUNTY = Pattern.compile(
      "(?:\\b(\\p{Lu}[\\p{L}.'-]+) )?\\b(\\p{Lu}[\\p{L}.'-]+) (?i:county|parish)\\b");

  private final Gazetteer gazetteer;

  Counties(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Every county the text names, in each state that has one of that name ("Pike County" in Pennsylvania, Indiana,
   * …): the longer name first ("St. Joseph County" before "Joseph County"), the one-word name when the longer is no
   * county ("These Grant County").
   */
  List<GeoName> named(String text) {
    Set<GeoName> out = new LinkedHashSet<>();
    // a typeset apostrophe is the gazetteer's plain one ("Prince George\u2019s County")
    Matcher m = COUNTY.matcher(text.replace('\u2019', '\''));
    while (m.find()) {
      String affix = text.substring(m.end(2), m.end()).strip();
      List<GeoName> found = m.group(1) == null ? List.of() : instances(m.group(1) + " " + m.group(2) + " " + affix);
      out.addAll(found.isEmpty() ? instances(m.group(2) + " " + affix) : found);
    }
    return new ArrayList<>(out);
  }

  private List<GeoName> instances(String name) {
    List<GeoName> out = new ArrayList<>();
    for (GeoName state : gazetteer.countyStates(name)) {
      gazetteer.county(name, state.admin1Code()).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The namesake of a town that lies in or next to a county the article names, when the town itself lies next to
   * none of them and its division goes unnamed: "MILFORD – … the Pike County Courthouse in Milford" is Milford,
   * Pennsylvania, not the larger Milford in Delaware. Only when the namesakes that fit are all in one state; the
   * most populous of them is taken. When none fits, the postal city of the name as written beside one of them
   * ({@link #postalTown}), else the first named county in a division the article names stands in, near the incident
   * rather than at it ("TYRONE, Mo. … Texas County Sheriff": the gazetteer's only Tyrones are in other states). Else
   * the town as it was.
   */
  IncidentPlace town(IncidentPlace p, List<GeoName> counties, Predicate<String> divisionNamed) {
    if (counties.isEmpty() || p.lat() == null || p.resolvedName() == null || p.featureCode() == null
        || !p.featureCode().startsWith("PPL") || divisionNamed.test(p.admin1()) || near(p.lat(), p.lon(), counties)) {
      return p;
    }
    GeoName g = namesake(p.resolvedName(), counties);
    if (g != null) {
      return SentencePlace.build(p.name(), p.locality(), p.near(), g, p.precision(), p.evidence());
    }
    IncidentPlace postal = postalTown(p, counties);
    if (postal != null) {
      return postal;
    }
    for (GeoName c : counties) {
      if (divisionNamed.test(c.admin1Name())) {
        return SentencePlace.build(p.name(), p.locality(), p.near(), c, 2, p.evidence());
      }
    }
    return p;
  }

  /**
   * The postal city of the town's name as the article writes it, next to one of the counties, in a state whose towns
   * the gazetteer has none of that name: the mean point of its ZIP codes there, near the incident (precision 2); null
   * when there is none, or such postal cities lie in several states. The gazetteer reached the name through another
   * place's alternate name ("Millbrook" read as "Millbrook Falls" two states away) where the article's county has a
   * village of exactly that name that GeoNames' towns of 500 or more lack.
   */
  private IncidentPlace postalTown(IncidentPlace p, List<GeoName> counties) {
    String name = p.name();
    IncidentPlace found = null;
    for (Map.Entry<String, double[]> e : gazetteer.postal().points(name).entrySet()) {
      double[] at = e.getValue();
      for (GeoName c : counties) {
        if (!c.admin1Code().equals(e.getKey())
            || Geo.distanceKm(at[0], at[1], c.lat(), c.lon()) > PlaceResolver.COUNTY_REACH_KM
            || Namesakes.largest(gazetteer, name, x -> "US".equals(x.countryCode())
                && e.getKey().equals(x.admin1Code())) != null) {
          continue;
        }
        if (found != null && !found.admin1().equals(c.admin1Name())) {
          return null;
        }
        found = new IncidentPlace(name, null, name, name, null, at[0], at[1], c.admin1Name(), "US", "PPL", 2,
            p.evidence());
      }
    }
    return found;
  }

  /**
   * A bare name read as a small town of a state the article never names, where one state the article names has a
   * county of that name and no town of it: that county, near the incident (precision 2). A headline's "shooting in
   * Laurel" above "Kentucky State Police are investigating … a home in East Bernstadt" is Laurel County, Kentucky,
   * not Laurel, Maryland (and {@link CountyTown#over} then finds East Bernstadt in it): local news names its counties
   * bare. A city ({@link City#is}) keeps its own reading, as does a name whose county lies in several states the
   * article names. The place as it was otherwise.
   */
  IncidentPlace ofNamedState(IncidentPlace p, Predicate<String> divisionNamed) {
    if (p.geonameId() == null || p.featureCode() == null || !p.featureCode().startsWith("PPL")
        || !"US".equals(p.countryCode()) || p.name() == null || divisionNamed.test(p.admin1())
        || gazetteer.byId(p.geonameId()).map(City::is).orElse(true)) {
      return p;
    }
    String county = p.name() + " County";
    GeoName found = null;
    for (GeoName state : gazetteer.countyStates(county)) {
      if (!divisionNamed.test(state.name()) || Namesakes.largest(gazetteer, p.name(),
          g -> "US".equals(g.countryCode()) && state.admin1Code().equals(g.admin1Code())) != null) {
        continue;
      }
      if (found != null) {
        return p;
      }
      found = gazetteer.county(county, state.admin1Code()).orElse(null);
    }
    return found == null ? p : SentencePlace.build(p.name(), p.locality(), p.near(), found, 2, p.evidence());
  }

  /**
   * A county in a state the article never names, when exactly one namesake county lies in a state it names or by
   * the outlet's town, the city it is named after or the town its other pages are about ("Platte County" on a Kansas
   * City paper's page is Missouri's, not Nebraska's): that county, near the incident (precision 2). The county as it
   * was otherwise.
   */
  IncidentPlace stated(IncidentPlace county, Predicate<String> divisionNamed, GeoName outletCity) {
    if (!"ADM2".equals(county.featureCode()) || county.resolvedName() == null
        || divisionNamed.test(county.admin1())) {
      return county;
    }
    GeoName found = null;
    for (GeoName c : instances(county.resolvedName())) {
      if (c.admin1Name().equals(county.admin1()) || !divisionNamed.test(c.admin1Name()) && (outletCity == null
          || Geo.distanceKm(c.lat(), c.lon(), outletCity.lat(), outletCity.lon()) > OUTLET_KM)) {
        continue;
      }
      if (found != null) {
        return county;
      }
      found = c;
    }
    return found == null ? county
        : SentencePlace.build(county.name(), county.locality(), county.near(), found, 2, county.evidence());
  }

  /** How far from the outlet's city the centre of a county it serves may lie. */
  private static final double OUTLET_KM = 60;

  /**
   * A county and a town of one article that lie apart: the namesake of the town that lies next to another county of
   * the county's name ("Johnson County authorities … Franklin Police": Franklin, Indiana, in Johnson County, Indiana,
   * not Johnson County, Texas), near the incident rather than at it (precision 2); null when no namesake, or
   * namesakes in several states, fit.
   */
  IncidentPlace pair(IncidentPlace county, IncidentPlace town) {
    if (town == null || town.resolvedName() == null) {
      return null;
    }
    GeoName g = namesake(town.resolvedName(), instances(county.resolvedName()));
    return g == null ? null : SentencePlace.build(town.name(), town.locality(), town.near(), g, 2, town.evidence());
  }

  /**
   * The county seat standing in for a county no town of the article places more closely: the town nearest the
   * county's centre, within {@link #SEAT_KM} of it, that GeoNames marks as the seat of a county (PPLA2) of the same
   * state, else the town standing in for a seat GeoNames does not mark ({@link CountySeat}). Registers name the seat
   * for an incident in or around it; near the incident rather than at it (precision 2). The county as it was when
   * there is none.
   */
  IncidentPlace seat(IncidentPlace county) {
    return seat(county, false);
  }

  /**
   * {@link #seat(IncidentPlace)}, or with {@code largest} the most populous seat within {@link #SEAT_KM} instead of
   * the nearest: a city-county's small centre lies nearer a neighbour's seat (Orleans Parish's centre is nearer
   * Chalmette, St. Bernard Parish's seat, than New Orleans).
   */
  private IncidentPlace seat(IncidentPlace county, boolean largest) {
    if (!"ADM2".equals(county.featureCode()) || county.lat() == null) {
      return county;
    }
    GeoName best = null;
    double bestKm = SEAT_KM;
    for (GeoName g : gazetteer.near(county.lat(), county.lon(), SEAT_KM, 200)) {
      double d = Geo.distanceKm(county.lat(), county.lon(), g.lat(), g.lon());
      if (g.featureCode().equals("PPLA2") && g.admin1Name().equals(county.admin1())
          && (largest ? best == null || g.population() > best.population() : d <= bestKm)) {
        best = g;
        bestKm = d;
      }
    }
    best = best != null ? best : CountySeat.standIn(gazetteer, county);
    return best == null ? county
        : SentencePlace.build(county.name(), county.locality(), county.near(), best, 2, county.evidence());
  }

  /**
   * The seat ({@link #seat}) of the one county the text names, standing for an incident nothing else placed: no
   * place at all, a state (the one county the text names in it) or a region of a county ("at a northwest Harris
   * County home": the county itself). A page that names no town may name its county in an office's name ("The
   * Vanderburgh County Coroner's Office has identified …"). The given place as it was when it is a town, a county or
   * a country other than the United States, or when the text names no such county or more than one.
   *
   * @param fallback what the incident's sentences named, or null
   * @param text the article's text
   */
  IncidentPlace lone(IncidentPlace fallback, String text) {
    String code = fallback == null || fallback.featureCode() == null ? "" : fallback.featureCode();
    if (code.startsWith("PPL") || code.equals("ADM2")
        || fallback != null && fallback.countryCode() != null && !"US".equals(fallback.countryCode())) {
      return fallback;
    }
    boolean region = code.equals("region-of-ADM2") && fallback.lat() != null;
    String state = code.equals("ADM1") ? fallback.admin1() : null;
    GeoName only = null;
    for (GeoName c : named(text)) {
      if (state != null && !state.equals(c.admin1Name()) || region && (!c.name().equals(fallback.resolvedName())
          || Geo.distanceKm(c.lat(), c.lon(), fallback.lat(), fallback.lon()) > 1)) {
        continue;
      }
      if (only != null) {
        return fallback;
      }
      only = c;
    }
    return only == null ? fallback
        : seat(SentencePlace.build(only.name(), null, null, only, 3, fallback == null ? null : fallback.evidence()));
  }

  /** How far from a county's centre its seat may lie. */
  static final double SEAT_KM = 20;

  /** The most populous town of exactly this name next to one of the counties, when all that are lie in one state. */
  private GeoName namesake(String name, List<GeoName> counties) {
    GeoName best = null;
    for (GeoName g : gazetteer.lookup(name)) {
      if (g.kind() != GeoName.Kind.POPULATED_PLACE || !g.name().equals(name) || !near(g.lat(), g.lon(), counties)) {
        continue;
      }
      if (best != null && !(best.countryCode() + best.admin1Code()).equals(g.countryCode() + g.admin1Code())) {
        return null;
      }
      best = best == null || g.population() > best.population() ? g : best;
    }
    return best;
  }

  /**
   * The seat ({@link #seat}) of the one county the text names, in the outlet town's state, standing for that town
   * when it lies far from every county of the name: a station's page about another city's shooting names the place
   * only through its offices ("booked into the Orleans Parish Prison" on a Shreveport station's page, whose title
   * alone had placed it). The outlet's town as it was when the text names no county, several, or one next to it.
   *
   * @param outletTown the town the page's title or host names, with a point
   * @param text the article's text
   */
  IncidentPlace beyond(IncidentPlace outletTown, String text) {
    List<GeoName> named = named(text);
    if (named.isEmpty() || outletTown.lat() == null || near(outletTown.lat(), outletTown.lon(), named)) {
      return outletTown;
    }
    GeoName only = null;
    for (GeoName c : named) {
      if (!c.name().equals(named.get(0).name()) || only != null && c.admin1Name().equals(outletTown.admin1())) {
        return outletTown;
      }
      only = c.admin1Name().equals(outletTown.admin1()) ? c : only;
    }
    // a page that names only an office of the county tells nothing of where in it: its main town, the largest seat
    IncidentPlace seat = only == null ? null
        : seat(SentencePlace.build(only.name(), null, null, only, 3, null), true);
    return seat == null || "ADM2".equals(seat.featureCode()) ? outletTown : seat;
  }

  /** Whether a point lies in or next to one of the counties. */
  static boolean near(double lat, double lon, List<GeoName> counties) {
    for (GeoName c : counties) {
      if (Geo.distanceKm(lat, lon, c.lat(), c.lon()) <= PlaceResolver.COUNTY_REACH_KM) {
        return true;
      }
    }
    return false;
  }
}
