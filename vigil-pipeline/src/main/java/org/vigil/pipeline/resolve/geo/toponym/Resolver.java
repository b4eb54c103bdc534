package org.vigil.pipeline.resolve.geo.toponym;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.geo.Geo;
import org.vigil.geo.GeoName;

/**
 * Chooses a gazetteer entry for every accepted mention, for the whole article at once.
 *
 * <ol>
 *   <li>Context: the countries and first-level divisions the article names (country names, state names and
 *       abbreviations, nationality words, the dateline counting double, the US states having a county the article
 *       names: "Sacramento County" is California), and a vote of every town name for the
 *       divisions its namesakes lie in ("Huntsville" and "Conroe" both have one in Texas).</li>
 *   <li>Every entry of a name is scored: a prior from population and feature (a country over a state over a
 *       capital over a town; a match through an alternate name counts less; a division yields to a namesake town
 *       inside it and to its country's capital of the same name), plus the share of the context its country and
 *       division have and a bonus for a country named at all, plus a large bonus when a qualifier says where it is
 *       ("Paris, Texas"), minus a spread term: the distance to the nearest place chosen for another name.</li>
 *   <li>A name never supports itself: its own contributions to the context are left out when it is scored
 *       ("Palestine" alone does not make the article about the Palestinian territories).</li>
 *   <li>One sense per article: every mention of the same name gets the same entry, chosen on the evidence of all
 *       of them.</li>
 *   <li>Twice more, the context is rebuilt from the places chosen and the names rescored.</li>
 * </ol>
 *
 * Stateless; the per-article state lives in the mentions.
 */
final class Resolver {
  private static final int ROUNDS = 3;
  private static final double ALTERNATE = 1.5;
  /** Bonus for an entry in a country the article names at all. */
  private static final double PRESENT = 1.5;
  /** Per other name with a namesake in the same division. */
  private static final double VOTE = 0.7;
  /** Weight of the distance to the nearest other place of the article, per decade of kilometres over 50. */
  private static final double SPREAD = 1.5;

  Resolver() {
  }

  /** Resolves the PLACE, DEMONYM and STATE_ABBREVIATION mentions; returns the article's final context. */
  Context resolve(List<Mention> mentions) {
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    List<Mention> quarters = new ArrayList<>();
    for (Mention m : mentions) {
      switch (m.kind) {
        case PLACE -> {
          if (quarterOf(m) != null) {
            quarters.add(m);
          } else {
            groups.computeIfAbsent(MentionFinder.fold(m.name), k -> new ArrayList<>()).add(m);
          }
        }
        case DEMONYM, STATE_ABBREVIATION -> {
          m.place = m.candidates.get(0);
          m.margin = 1;
        }
        default -> {
          // REGION has its own point; DIVISION and FEATURE are placed after the rest
        }
      }
    }
    // "West Charlotte" beside "Charlotte": a part of the town the article names, not the namesake town that has
    // "West Charlotte" as an alternate name; read with the town's mentions, one sense for both
    for (Mention m : quarters) {
      List<Mention> town = groups.get(quarterOf(m));
      if (town != null) {
        town.add(m);
      } else {
        groups.computeIfAbsent(MentionFinder.fold(m.name), k -> new ArrayList<>()).add(m);
      }
    }
    Context anchors = anchors(mentions);
    votes(groups, anchors);
    Context context = anchors;
    for (int round = 0; round < ROUNDS; round++) {
      for (List<Mention> group : groups.values()) {
        choose(group, context, mentions, round > 0);
      }
      context = anchors.plusChosen(mentions);
    }
    return context;
  }

  private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("north", "south", "east", "west",
      "northeast", "northwest", "southeast", "southwest", "upper", "lower", "downtown");

  /**
   * For a name made of a direction and a town's name that the gazetteer knows only as some place's alternate name
   * ("West Charlotte"), the folded town name ("charlotte"); else null. Names that are entries of their own ("West
   * Virginia", "East Lansing", "South Bend") are left alone.
   */
  private static String quarterOf(Mention m) {
    int space = m.name.indexOf(' ');
    if (space < 0 || !DIRECTIONS.contains(m.name.substring(0, space).toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    String key = MentionFinder.fold(m.name);
    for (GeoName c : m.candidates) {
      if (MentionFinder.fold(c.name()).equals(key) || MentionFinder.fold(Words.stripAffix(c.name())).equals(key)) {
        return null;
      }
    }
    return MentionFinder.fold(m.name.substring(space + 1));
  }

  private void choose(List<Mention> group, Context context, List<Mention> all, boolean spread) {
    List<GeoName> cands = group.get(0).candidates;
    String key = MentionFinder.fold(group.get(0).name);
    double best = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    GeoName chosen = null;
    Map<String, Double> own = new HashMap<>();
    for (GeoName c : cands) {
      if (c.kind() == GeoName.Kind.POPULATED_PLACE) {
        own.put(c.countryCode() + "." + c.admin1Code(), 1.0);
      }
    }
    own.replaceAll((k, v) -> 1.0 / own.size());
    for (GeoName c : cands) {
      double s = prior(c, key) + context.score(c, key, own.getOrDefault(c.countryCode() + "." + c.admin1Code(), 0.0))
          + namesake(c, cands, key);
      for (Mention m : group) {
        if (m.qualifier != null && m.qualifier.place != null) {
          s += inside(c, m.qualifier.place) ? 6.0 / group.size() : -3.0 / group.size();
        }
      }
      if (spread && c.kind() != GeoName.Kind.COUNTRY) {
        double d = nearest(c, group, all);
        if (!Double.isNaN(d)) {
          s -= SPREAD * Math.log10(1 + d / 50);
        }
      }
      if (s > best) {
        second = best;
        best = s;
        chosen = c;
      } else if (s > second) {
        second = s;
      }
    }
    double margin = second == Double.NEGATIVE_INFINITY ? 1 : 1 - Math.exp(-(best - second));
    for (Mention m : group) {
      m.place = chosen;
      m.margin = margin;
    }
  }

  /**
   * A division yields to a populated place of the same name inside it ("Alexandria" the city, not the governorate)
   * and to the capital of its country of the same name ("Washington" the capital, not the state).
   */
  private static double namesake(GeoName c, List<GeoName> cands, String key) {
    if (c.kind() != GeoName.Kind.ADMIN1) {
      return 0;
    }
    for (GeoName o : cands) {
      if (o.kind() == GeoName.Kind.POPULATED_PLACE && o.countryCode().equals(c.countryCode())
          && MentionFinder.fold(o.name()).equals(key)
          && (o.admin1Code().equals(c.admin1Code()) || o.featureCode().equals("PPLC"))) {
        return -3;
      }
    }
    return 0;
  }

  /** Distance from the entry to the nearest place chosen for another name of the article, or NaN. */
  private static double nearest(GeoName c, List<Mention> group, List<Mention> all) {
    double d = Double.NaN;
    for (Mention o : all) {
      if (o.place == null || group.contains(o) || o.place.kind() == GeoName.Kind.COUNTRY
          || o.kind == Mention.Kind.DEMONYM || o.kind == Mention.Kind.REGION) {
        continue;
      }
      double x = Geo.distanceKm(c.lat(), c.lon(), o.place.lat(), o.place.lon());
      if (Double.isNaN(d) || x < d) {
        d = x;
      }
    }
    return d;
  }

  /** Whether a place lies in a container entry (same country, and same division when the container is one). */
  static boolean inside(GeoName place, GeoName container) {
    if (!place.countryCode().equals(container.countryCode())) {
      return false;
    }
    return container.kind() != GeoName.Kind.ADMIN1 || container.admin1Code().equals(place.admin1Code())
        && place.kind() != GeoName.Kind.ADMIN1;
  }

  static double prior(GeoName c, String key) {
    double p = Math.log10(c.population() + 100);
    switch (c.kind()) {
      case COUNTRY -> p += 3.0;
      case ADMIN1 -> p += 1.5;
      default -> p += switch (c.featureCode()) {
        case "PPLC" -> 1.0;
        case "PPLA", "PPLG" -> 0.6;
        case "PPLA2" -> 0.3;
        case "PPLX" -> -0.7;
        case "PPLH", "PPLQ", "PPLW", "PPLCH" -> -2;
        default -> 0;
      };
    }
    if (c.kind() != GeoName.Kind.COUNTRY && !MentionFinder.fold(c.name()).equals(key)
        && !MentionFinder.fold(Words.stripAffix(c.name())).equals(key)) {
      p -= ALTERNATE;
    }
    return p;
  }

  /**
   * Every name votes for the divisions its candidates lie in, one vote per name shared among its divisions: a
   * division where several names of the article have a namesake is likely the article's ("Huntsville" and "Conroe"
   * both have one in Texas). Only populated places vote, and only names that are not divisions or countries.
   */
  private static void votes(Map<String, List<Mention>> groups, Context c) {
    for (List<Mention> group : groups.values()) {
      Map<String, GeoName> divisions = new HashMap<>();
      boolean bigger = false;
      for (GeoName g : group.get(0).candidates) {
        bigger |= g.kind() != GeoName.Kind.POPULATED_PLACE;
        if (g.kind() == GeoName.Kind.POPULATED_PLACE && !g.admin1Code().isEmpty()) {
          divisions.putIfAbsent(g.countryCode() + "." + g.admin1Code(), g);
        }
      }
      if (bigger || divisions.isEmpty()) {
        continue;
      }
      for (GeoName g : divisions.values()) {
        c.vote(g, 1.0 / divisions.size());
      }
    }
  }

  /** Countries and divisions the article names, with weights. */
  private Context anchors(List<Mention> mentions) {
    Context c = new Context();
    for (Mention m : mentions) {
      String source = MentionFinder.fold(m.name);
      switch (m.kind) {
        case DEMONYM -> {
          for (GeoName g : m.candidates) {
            c.country(source, g.countryCode(), 0.5 / m.candidates.size());
          }
        }
        case STATE_ABBREVIATION -> {
          GeoName g = m.candidates.get(0);
          c.country(source, g.countryCode(), 1);
          c.admin1(source, g, 1);
        }
        case PLACE -> {
          String key = source;
          List<GeoName> countries = new ArrayList<>();
          List<GeoName> divisions = new ArrayList<>();
          for (GeoName g : m.candidates) {
            if (g.kind() == GeoName.Kind.COUNTRY) {
              countries.add(g);
            } else if (g.kind() == GeoName.Kind.ADMIN1 && (MentionFinder.fold(g.name()).equals(key)
                || MentionFinder.fold(Words.stripAffix(g.name())).equals(key))) {
              divisions.add(g);
            }
          }
          double w = (m.dateline ? 2 : 1);
          int n = countries.size() + divisions.size();
          for (GeoName g : countries) {
            c.country(source, g.countryCode(), w / n);
          }
          for (GeoName g : divisions) {
            c.country(source, g.countryCode(), 0.5 * w / n);
            c.admin1(source, g, w / n);
          }
        }
        case DIVISION -> {
          // "Sacramento County": the states having a county of that name; a name many states share says little
          // about which, so their weight is 1/n in all, and does not drown the other names' divisions
          int n = m.countyStates.size();
          for (GeoName g : m.countyStates) {
            c.country(source, g.countryCode(), 0.5 / n);
            c.admin1(source, g, 1.0 / (n * n));
          }
        }
        default -> {
          // regions and features carry no country of their own
        }
      }
    }
    return c;
  }

  /**
   * Weighted countries and divisions, remembering which name contributed what, so that a name is scored on the
   * evidence of the others only.
   */
  static final class Context {
    private final Map<String, Map<String, Double>> countries = new HashMap<>();
    private final Map<String, Map<String, Double>> divisions = new HashMap<>();
    private final Map<String, Double> votes = new HashMap<>();

    void vote(GeoName g, double w) {
      votes.merge(g.countryCode() + "." + g.admin1Code(), w, Double::sum);
    }

    void country(String source, String code, double w) {
      countries.computeIfAbsent(source, k -> new HashMap<>()).merge(code, w, Double::sum);
    }

    void admin1(String source, GeoName g, double w) {
      divisions.computeIfAbsent(source, k -> new HashMap<>()).merge(g.countryCode() + "." + g.admin1Code(), w,
          Double::sum);
    }

    Context plusChosen(List<Mention> mentions) {
      Context c = new Context();
      countries.forEach((k, v) -> c.countries.put(k, new HashMap<>(v)));
      divisions.forEach((k, v) -> c.divisions.put(k, new HashMap<>(v)));
      c.votes.putAll(votes);
      Map<String, Mention> once = new LinkedHashMap<>();
      for (Mention m : mentions) {
        if (m.kind == Mention.Kind.PLACE && m.place != null && m.place.kind() == GeoName.Kind.POPULATED_PLACE) {
          once.putIfAbsent(MentionFinder.fold(m.name), m);
        }
      }
      once.forEach((key, m) -> {
        c.country(key, m.place.countryCode(), 0.3 * m.margin);
        c.admin1(key, m.place, 0.5 * m.margin);
      });
      return c;
    }

    /**
     * @param key the name being scored, whose own contributions are left out
     * @param ownVote the vote that name gave this entry's division
     */
    double score(GeoName g, String key, double ownVote) {
      double s = 0;
      double[] country = weight(countries, key, g.countryCode());
      if (country[1] > 0) {
        s += 3.0 * country[0] / country[1];
      }
      if (country[0] > 0) {
        s += PRESENT;
      }
      double[] division = weight(divisions, key, g.countryCode() + "." + g.admin1Code());
      if (division[1] > 0 && g.kind() != GeoName.Kind.COUNTRY) {
        s += 2.5 * division[0] / division[1];
      }
      if (g.kind() == GeoName.Kind.POPULATED_PLACE) {
        double v = votes.getOrDefault(g.countryCode() + "." + g.admin1Code(), 0.0) - ownVote;
        s += VOTE * Math.max(0, v);
      }
      return s;
    }

    /** {weight of code, total weight} over every source but {@code key}. */
    private static double[] weight(Map<String, Map<String, Double>> bySource, String key, String code) {
      double w = 0;
      double total = 0;
      for (Map.Entry<String, Map<String, Double>> e : bySource.entrySet()) {
        if (e.getKey().equals(key)) {
          continue;
        }
        w += e.getValue().getOrDefault(code, 0.0);
        for (double x : e.getValue().values()) {
          total += x;
        }
      }
      return new double[] {w, total};
    }

    /** The division with the most weight, as "CC.code", or null. */
    String topDivision() {
      return top(divisions);
    }

    /** The country with the most weight, or null. */
    String topCountry() {
      return top(countries);
    }

    private static String top(Map<String, Map<String, Double>> bySource) {
      Map<String, Double> sum = new HashMap<>();
      bySource.values().forEach(m -> m.forEach((k, v) -> sum.merge(k, v, Double::sum)));
      return sum.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
  }
}
