package org.vigil.pipeline.resolve.geo.toponym;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Geo;
import org.vigil.geo.GeoName;

/**
 * Chooses a gazetteer entry for every accepted mention, for the whole article at once.
 *
 * <ol>
 *   <li>Context: the countries and first-level divisions the article names (country names, state names and
 *       abbreviations, nationality words, the dateline), weighted by how often.</li>
 *   <li>Every entry of a name is scored: a prior from population and feature (a country over a state over a
 *       capital over a town; a match through an alternate name counts less), plus the share of the context its
 *       country and division have, plus a large bonus when a qualifier says where it is ("Paris, Texas"), minus a
 *       spread term: the distance to the nearest other place chosen in the article.</li>
 *   <li>One sense per article: every mention of the same name gets the same entry, chosen on the evidence of all
 *       of them.</li>
 *   <li>Twice more, the context is rebuilt from the places chosen and the names rescored.</li>
 * </ol>
 *
 * Stateless; the per-article state lives in the mentions.
 */
final class Resolver {
  private static final int ROUNDS = 3;

  private final Gazetteer gazetteer;

  Resolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Resolves the PLACE, DEMONYM and STATE_ABBREVIATION mentions; returns the article's final context. */
  Context resolve(List<Mention> mentions) {
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    for (Mention m : mentions) {
      switch (m.kind) {
        case PLACE -> groups.computeIfAbsent(MentionFinder.fold(m.name), k -> new ArrayList<>()).add(m);
        case DEMONYM, STATE_ABBREVIATION -> {
          m.place = m.candidates.get(0);
          m.margin = 1;
        }
        default -> {
          // REGION has its own point; DIVISION and FEATURE are placed after the rest
        }
      }
    }
    Context anchors = anchors(mentions);
    Context context = anchors;
    for (int round = 0; round < ROUNDS; round++) {
      for (List<Mention> group : groups.values()) {
        choose(group, context, mentions, round > 0);
      }
      context = anchors.plusChosen(mentions);
    }
    return context;
  }

  private void choose(List<Mention> group, Context context, List<Mention> all, boolean spread) {
    List<GeoName> cands = group.get(0).candidates;
    String key = MentionFinder.fold(group.get(0).name);
    double best = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    GeoName chosen = null;
    for (GeoName c : cands) {
      double s = prior(c, key) + context.score(c);
      for (Mention m : group) {
        if (m.qualifier != null && m.qualifier.place != null) {
          s += inside(c, m.qualifier.place) ? 6.0 / group.size() : -3.0 / group.size();
        }
      }
      if (spread && c.kind() != GeoName.Kind.COUNTRY) {
        double d = nearest(c, group, all);
        if (!Double.isNaN(d)) {
          s -= 0.8 * Math.log10(1 + d / 50);
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
      p -= 1.5;
    }
    return p;
  }

  /** Countries and divisions the article names, with weights. */
  private Context anchors(List<Mention> mentions) {
    Context c = new Context();
    for (Mention m : mentions) {
      switch (m.kind) {
        case DEMONYM -> {
          for (GeoName g : m.candidates) {
            c.country(g.countryCode(), 0.5 / m.candidates.size());
          }
        }
        case STATE_ABBREVIATION -> {
          GeoName g = m.candidates.get(0);
          c.country(g.countryCode(), 1);
          c.admin1(g, 1);
        }
        case PLACE -> {
          String key = MentionFinder.fold(m.name);
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
            c.country(g.countryCode(), w / n);
          }
          for (GeoName g : divisions) {
            c.country(g.countryCode(), 0.5 * w / n);
            c.admin1(g, w / n);
          }
        }
        default -> {
          // regions, divisions and features carry no country of their own
        }
      }
    }
    return c;
  }

  /** Weighted countries and divisions. */
  static final class Context {
    private final Map<String, Double> countries = new HashMap<>();
    private final Map<String, Double> divisions = new HashMap<>();
    private double countryTotal;
    private double divisionTotal;

    void country(String code, double w) {
      countries.merge(code, w, Double::sum);
      countryTotal += w;
    }

    void admin1(GeoName g, double w) {
      divisions.merge(g.countryCode() + "." + g.admin1Code(), w, Double::sum);
      divisionTotal += w;
    }

    Context plusChosen(List<Mention> mentions) {
      Context c = new Context();
      countries.forEach(c::country);
      divisions.forEach((k, v) -> {
        c.divisions.merge(k, v, Double::sum);
        c.divisionTotal += v;
      });
      for (Mention m : mentions) {
        if (m.kind == Mention.Kind.PLACE && m.place != null && m.place.kind() == GeoName.Kind.POPULATED_PLACE) {
          c.country(m.place.countryCode(), 0.3 * m.margin);
          c.admin1(m.place, 0.5 * m.margin);
        }
      }
      return c;
    }

    double score(GeoName g) {
      double s = 0;
      if (countryTotal > 0) {
        s += 3.0 * countries.getOrDefault(g.countryCode(), 0.0) / countryTotal;
      }
      if (divisionTotal > 0 && g.kind() != GeoName.Kind.COUNTRY) {
        s += 2.5 * divisions.getOrDefault(g.countryCode() + "." + g.admin1Code(), 0.0) / divisionTotal;
      }
      return s;
    }

    /** The division with the most weight, as "CC.code", or null. */
    String topDivision() {
      return divisions.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The country with the most weight, or null. */
    String topCountry() {
      return countries.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
  }
}
