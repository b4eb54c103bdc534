package org.vigil.pipeline.resolve.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Geo;
import org.vigil.geo.GeoName;
import org.vigil.model.Span;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;

/**
 * What resolves names for one article: the toponym tagger's article-wide decisions first (it weighs every place
 * the article names), the gazetteer with the article's countries as context for names it did not tag. One per
 * article; immutable.
 */
final class Names {
  private final Gazetteer gazetteer;
  private final List<Toponym> toponyms;
  private final Set<String> context;
  private final Set<String> named;
  private final Map<String, Set<String>> namesByCountry = new HashMap<>();
  private final String home;
  private final String outlet;

  Names(Gazetteer gazetteer, List<Toponym> toponyms, Set<String> context, Set<String> named) {
    this(gazetteer, toponyms, context, named, null);
  }

  /**
   * @param context the countries of the article: those it names and those of every toponym
   * @param named the countries the article names by word ("France", "French"), without its toponyms'
   * @param outlet the country of the outlet's own town or city ({@link Outlet}), else of the page's American
   *     institutions ({@link UsPage}), or null: the story's country when its names tell none
   */
  Names(Gazetteer gazetteer, List<Toponym> toponyms, Set<String> context, Set<String> named, String outlet) {
    this.gazetteer = gazetteer;
    this.toponyms = toponyms;
    this.context = context;
    this.named = named;
    for (Toponym t : toponyms) {
      if (t.place() != null && t.basis() == Toponym.Basis.GAZETTEER && t.place().kind() != GeoName.Kind.COUNTRY) {
        namesByCountry.computeIfAbsent(t.place().countryCode(), k -> new HashSet<>())
            .add(t.name().toLowerCase(Locale.ROOT));
      }
    }
    // the country most names lie in, when one has more than any other
    String best = null;
    int most = 0;
    for (Map.Entry<String, Set<String>> e : namesByCountry.entrySet()) {
      int n = e.getValue().size();
      best = n > most ? e.getKey() : n == most ? null : best;
      most = Math.max(most, n);
    }
    this.home = best;
    this.outlet = outlet;
  }

  /** The toponym tagger's places of the article, in text order. */
  List<Toponym> toponyms() {
    return toponyms;
  }

  /** The toponym whose name starts at the given character offset, or null. */
  Toponym toponymStartingAt(int offset) {
    for (Toponym t : toponyms) {
      if (t.span().start() == offset) {
        return t;
      }
    }
    return null;
  }

  /** The first toponym overlapping the span, or null. */
  Toponym toponymAt(Span span) {
    for (Toponym t : toponyms) {
      if (t.span().overlaps(span)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The place a candidate names, or empty: a quarter named after a town is none, the tagger's choice first, a county
   * the tagger put in a state at the centre of its shape, else the gazetteer's best entry in the article's countries.
   */
  Optional<GeoName> resolve(Candidate c) {
    // a longer name the tagger found a place inside ("Black Lives Matter", "Mecca Canty") is judged by that place's
    // own name, as the tagger's names are counted
    Toponym t = toponymAt(c.span());
    String name = t != null && t.basis() == Toponym.Basis.GAZETTEER && c.name().length() > t.name().length()
        && c.name().contains(t.name()) ? t.name() : c.name();
    return abroad(name, cityOf(partName(c.name(), resolved(c))));
  }

  /** The place of a name the toponym tagger found, as {@link #resolve} would read it, or empty. */
  Optional<GeoName> chosen(Toponym t) {
    return abroad(t.name(), Optional.ofNullable(t.place()));
  }

  /**
   * A division one town fills (more than 80 % of its people; "D.C." is Washington): that town, the place a local
   * reader means. The town is one of the division's own name, in it.
   */
  private Optional<GeoName> cityOf(Optional<GeoName> g) {
    if (g.isEmpty() || !"ADM1".equals(g.get().featureCode()) || g.get().population() <= 0) {
      return g;
    }
    for (GeoName x : gazetteer.lookup(g.get().name())) {
      if (x.kind() == GeoName.Kind.POPULATED_PLACE && x.countryCode().equals(g.get().countryCode())
          && x.admin1Code().equals(g.get().admin1Code()) && x.population() > 0.8 * g.get().population()) {
        return Optional.of(x);
      }
    }
    return g;
  }

  /**
   * A bare word that is only a part of the division it resolved to ("Columbia" of the District of Columbia) is the
   * town of exactly that name, when there is one: a division is called by its whole name or an abbreviation.
   */
  private Optional<GeoName> partName(String name, Optional<GeoName> g) {
    if (g.isEmpty() || !"ADM1".equals(g.get().featureCode()) || name.indexOf('.') >= 0 || name.length() < 4) {
      return g;
    }
    String key = Outlet.letters(name);
    String division = Outlet.letters(g.get().name());
    return division.equals(key) || !division.contains(key) ? g : exactly(name, g);
  }

  private Optional<GeoName> resolved(Candidate c) {
    String[] words = c.name().split("\\s+", 2);
    if (Quarters.compass(words[0])) {
      // "SE Fresno" is a part of the city of Fresno; a bare "SE", or one before a smaller place's name, is none (the
      // tagger's alternate names make them towns abroad)
      Optional<GeoName> city = words.length == 1 ? Optional.empty() : gazetteer.best(words[1], context);
      return city.filter(g -> g.kind() == GeoName.Kind.POPULATED_PLACE && City.is(g)
          && Outlet.letters(g.name()).equals(Outlet.letters(words[1])));
    }
    Toponym t = toponymAt(c.span());
    if (t != null && Quarters.around(c.span(), c.name(), t)) {
      return Optional.empty();
    }
    if (t != null && countryInside(c, t)) {
      // "near Pounds Turkey Farm", "Mexico Beach": a name a country's name is only a word of is a site's or a
      // town's, the whole name's entry or none (the farm had placed a Pennsylvania shooting in Türkiye)
      return gazetteer.best(c.name(), context).filter(g -> g.kind() != GeoName.Kind.COUNTRY);
    }
    if (t != null && t.place() != null && t.basis() != Toponym.Basis.CONTAINED) {
      return shorthand(c.name(), Optional.of(t.place()));
    }
    if (t != null && t.basis() == Toponym.Basis.CONTAINED) {
      // a county the tagger put in a state (or a town of one): the county itself, at the centre of its shape
      Optional<GeoName> county = gazetteer.county(t.name(), t.place().admin1Code());
      if (county.isPresent()) {
        return county;
      }
    }
    if (t != null && (t.basis() == Toponym.Basis.UNRESOLVED || t.basis() == Toponym.Basis.REGION)) {
      return Optional.empty();
    }
    return shorthand(c.name(), gazetteer.best(c.name(), context));
  }

  /**
   * Whether the tagger's place inside a longer name is a country the name is not: the name has capitalised words beside
   * the country's, no compass word ("Pounds Turkey Farm", "Mexico Beach"; not "Northern Iraq"), and is no name of a
   * country itself ("South Korea", "the United States" are).
   */
  private boolean countryInside(Candidate c, Toponym t) {
    if (t.place() == null || t.place().kind() != GeoName.Kind.COUNTRY || c.name().length() <= t.name().length()
        || !c.name().contains(t.name()) || gazetteer.country(c.name()).isPresent()) {
      return false;
    }
    for (String w : c.name().replace(t.name(), " ").strip().split("\\s+")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || Quarters.compass(w)
          || Quarters.DIRECTIONS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A bare name that is also the name of a county the article names ("in Pasco" beside "the Pasco County Sheriff's
   * Office"): local news shortens the county to its name, and a namesake town far from the county ("Pasco",
   * Washington, for Pasco County, Florida) is not meant. A town in or next to the county, or in its state, stays the
   * town ("San Bernardino" beside "San Bernardino County", whose centre is far out in the desert).
   */
  private Optional<GeoName> shorthand(String name, Optional<GeoName> town) {
    if (town.isEmpty() || town.get().kind() != GeoName.Kind.POPULATED_PLACE) {
      return town;
    }
    for (Toponym t : toponyms) {
      if (t.basis() != Toponym.Basis.CONTAINED || t.place() == null || !t.name().regionMatches(true, 0, name, 0,
          name.length()) || !t.name().substring(name.length()).strip().matches("(?i)county|parish")) {
        continue;
      }
      Optional<GeoName> county = gazetteer.county(t.name(), t.place().admin1Code());
      if (county.isPresent() && !(county.get().countryCode() + "." + county.get().admin1Code()).equals(
          town.get().countryCode() + "." + town.get().admin1Code())
          && Geo.distanceKm(town.get().lat(), town.get().lon(), county.get().lat(),
          county.get().lon()) > PlaceResolver.COUNTY_REACH_KM) {
        return county;
      }
    }
    return town;
  }

  /**
   * A town or division in a country the article neither names nor places anything else in, while it places names
   * in another country, its own (the one most of its names lie in): a local story's bare "Berlin", "York" or
   * "Hamilton" is its own country's namesake, and a name with none there ("Bellagio", a casino's; "UD", a
   * university's) is no place of the story. When fewer than two of its names lie in one country, the story's
   * country is the outlet's (a Cincinnati paper's "shooting in a Hamilton bar" that names no other place). The most
   * populous town of exactly this name in the story's country, else nothing.
   */
  private Optional<GeoName> abroad(String name, Optional<GeoName> g) {
    String story = home != null && namesByCountry.get(home).size() >= 2 ? home : outlet;
    if (g.isEmpty() || g.get().kind() == GeoName.Kind.COUNTRY || "ADM2".equals(g.get().featureCode())
        || story == null || story.equals(g.get().countryCode()) || named.contains(g.get().countryCode())) {
      return g;
    }
    Set<String> there = namesByCountry.getOrDefault(g.get().countryCode(), Set.of());
    String own = name.toLowerCase(Locale.ROOT);
    if (there.stream().anyMatch(n -> !n.equals(own))) {
      return g;
    }
    return Optional.ofNullable(Namesakes.largest(gazetteer, name, x -> story.equals(x.countryCode())));
  }

  /**
   * A place of exactly this name, the most populous, for a place found only through one of its alternate names ("Panama
   * City" is an alternate name of Panamá): a town whose police force or headline bears the name is called by it.
   */
  Optional<GeoName> exactly(String name, Optional<GeoName> g) {
    String key = Outlet.letters(name);
    if (g.isEmpty() || Outlet.letters(g.get().name()).equals(key)) {
      return g;
    }
    GeoName best = Namesakes.largest(gazetteer, name, x -> true);
    return best == null ? g : Optional.of(best);
  }

  /** 3 a town, 2 a division, 1 a country, 0 unresolved (an unknown locality still beats nothing). */
  int rank(Candidate c) {
    Optional<GeoName> g = resolve(c);
    if (g.isEmpty()) {
      return 0;
    }
    return switch (g.get().kind()) {
      case POPULATED_PLACE -> 3;
      case ADMIN1 -> 2;
      case COUNTRY -> 1;
    };
  }
}
