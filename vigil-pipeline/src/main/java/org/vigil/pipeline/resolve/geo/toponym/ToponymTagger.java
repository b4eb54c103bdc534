package org.vigil.pipeline.resolve.geo.toponym;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.pipeline.annotate.Annotated;

/**
 * Finds every place name in an annotated article and resolves it to a gazetteer entry.
 *
 * <p>Recognition goes beyond CoreNLP's LOCATION tags: capitalised token runs are matched against the gazetteer
 * (longest match first), and each candidate is weighed on its context — a locative preposition, a dateline, a state
 * after a comma, a place noun after it, the NER tags (PERSON and ORGANIZATION count against), person titles, words
 * that are also frequent English words, the population of its namesakes. Nationality words, US state
 * abbreviations, continents, "X County" and street or river names the gazetteer lacks are recognised too. See
 * {@link MentionFinder} and {@link Evidence}.
 *
 * <p>Resolution is article-wide: country and division context from the names, nationality words and the dateline,
 * population and feature priors, qualifiers ("Paris, Texas"), one sense per name, and a preference for places near
 * the article's other places. See {@link Resolver}.
 *
 * <p>Stateless and thread-safe; the gazetteer is shared and read-only.
 */
public final class ToponymTagger {
  private final Gazetteer gazetteer;
  private final ToponymOptions options;
  private final MentionFinder finder;
  private final Evidence evidence;
  private final Resolver resolver;

  /**
   * @param gazetteer the gazetteer, not null
   * @param options the settings, not null
   */
  public ToponymTagger(Gazetteer gazetteer, ToponymOptions options) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.options = Objects.requireNonNull(options, "options");
    this.finder = new MentionFinder(gazetteer);
    this.evidence = new Evidence(options);
    this.resolver = new Resolver();
  }

  /**
   * The toponyms of the article in text order, not overlapping, each with a span into {@code doc.text()}.
   *
   * @param doc an annotated article, not null
   * @return the toponyms; empty if there are none
   */
  public List<Toponym> tag(Annotated doc) {
    List<Mention> all = finder.find(doc);
    evidence.score(doc, all);
    List<Mention> accepted = new ArrayList<>();
    List<Mention> context = new ArrayList<>();
    for (Mention m : all) {
      if (m.evidence >= Evidence.THRESHOLD) {
        accepted.add(m);
        context.add(m);
      } else if (m.kind == Mention.Kind.DEMONYM && !options.demonyms()) {
        context.add(m); // still country context
      }
    }
    Resolver.Context ctx = resolver.resolve(context);
    Map<String, Integer> mentionCounts = new HashMap<>();
    for (Mention m : accepted) {
      if (m.kind == Mention.Kind.PLACE && m.place != null && m.place.kind() == GeoName.Kind.POPULATED_PLACE) {
        mentionCounts.merge(key(m.place), 1, Integer::sum);
      }
    }
    List<Toponym> out = new ArrayList<>();
    for (Mention m : accepted) {
      double recognised = 1 / (1 + Math.exp(-(m.evidence - Evidence.THRESHOLD + 1)));
      Toponym t = switch (m.kind) {
        case PLACE -> m.place == null ? unresolved(m, recognised)
            : at(m, m.place, recognised * (0.6 + 0.4 * m.margin), Toponym.Basis.GAZETTEER);
        case DEMONYM -> at(m, m.place, recognised, Toponym.Basis.DEMONYM);
        case STATE_ABBREVIATION -> at(m, m.place, recognised, Toponym.Basis.GAZETTEER);
        case REGION -> new Toponym(m.span, m.name, null, recognised, Toponym.Basis.REGION, m.region.lat(),
            m.region.lon());
        case DIVISION, FEATURE -> {
          GeoName near = container(m, accepted, ctx, mentionCounts);
          // a US county of the state it was put in is mapped at the centre of its own shape
          Optional<GeoName> county = near == null || m.kind != Mention.Kind.DIVISION ? Optional.empty()
              : gazetteer.county(m.name, near.admin1Code());
          yield near == null ? unresolved(m, recognised)
              : county.isPresent() ? new Toponym(m.span, m.name, near, recognised * 0.8, Toponym.Basis.CONTAINED,
                  county.get().lat(), county.get().lon())
              : at(m, near, recognised * 0.8, Toponym.Basis.CONTAINED);
        }
      };
      if (t.confidence() >= options.minConfidence()) {
        out.add(t);
      }
    }
    out.sort(Comparator.comparing(Toponym::span));
    return List.copyOf(out);
  }

  /**
   * A toponym at its entry's point; the gazetteer already places a division at the centre of its inhabited territory
   * (vigil-geo's {@code Centroid}).
   */
  private Toponym at(Mention m, GeoName place, double confidence, Toponym.Basis basis) {
    return new Toponym(m.span, m.name, place, confidence, basis, place.lat(), place.lon());
  }

  private static Toponym unresolved(Mention m, double confidence) {
    return new Toponym(m.span, m.name, null, confidence, Toponym.Basis.UNRESOLVED, Double.NaN, Double.NaN);
  }

  private static String key(GeoName g) {
    return g.countryCode() + ":" + g.geonameId();
  }

  /**
   * Where a county, street or river the gazetteer lacks most likely is: the article's most-mentioned town in the
   * division a qualifier names ("Laurel County, Ky.") or in the article's main division; for a street, the nearest
   * town named before it in the same sentence. A US county whose states are known ({@link Mention#countyStates}) is
   * only ever put in one of them: "Sacramento County" is not contained in Guadalajara, whatever the article's main
   * division; when the article's main division is not one of them, a single county state stands in for it.
   */
  private GeoName container(Mention m, List<Mention> accepted, Resolver.Context ctx,
      Map<String, Integer> counts) {
    String division = null;
    GeoName divisionEntry = null;
    if (m.qualifier != null && m.qualifier.place != null && m.qualifier.place.kind() == GeoName.Kind.ADMIN1) {
      divisionEntry = m.qualifier.place;
      division = divisionEntry.countryCode() + "." + divisionEntry.admin1Code();
    }
    if (m.kind == Mention.Kind.FEATURE) {
      GeoName previous = null;
      for (Mention o : accepted) {
        if (o.sentence == m.sentence && o.last < m.first && o.place != null
            && o.place.kind() == GeoName.Kind.POPULATED_PLACE) {
          previous = o.place;
        }
      }
      if (previous != null) {
        return previous;
      }
    }
    Map<String, GeoName> states = new HashMap<>();
    for (GeoName g : m.countyStates) {
      states.put(divisionKey(g), g);
    }
    if (division == null) {
      division = ctx.topDivision();
      if (!states.isEmpty() && !states.containsKey(division)) {
        division = states.size() == 1 ? states.keySet().iterator().next() : null;
      }
    }
    if (divisionEntry == null && division != null) {
      divisionEntry = states.get(division);
    }
    GeoName best = null;
    int bestCount = 0;
    for (Mention o : accepted) {
      if (o.place != null && o.place.kind() == GeoName.Kind.POPULATED_PLACE && o.kind == Mention.Kind.PLACE
          && (division == null || division.equals(divisionKey(o.place)))) {
        int c = counts.getOrDefault(key(o.place), 0);
        if (c > bestCount) {
          best = o.place;
          bestCount = c;
        }
      }
      if (divisionEntry == null && o.place != null && o.place.kind() == GeoName.Kind.ADMIN1 && division != null
          && division.equals(divisionKey(o.place))) {
        divisionEntry = o.place;
      }
    }
    if (best != null) {
      return best;
    }
    if (divisionEntry == null && division != null) {
      divisionEntry = divisionEntry(division, accepted);
    }
    if (divisionEntry != null) {
      return divisionEntry;
    }
    // no division known: the article's most-mentioned town, wherever it is (in one of the county's states)
    for (Mention o : accepted) {
      if (o.place != null && o.place.kind() == GeoName.Kind.POPULATED_PLACE && o.kind == Mention.Kind.PLACE
          && (states.isEmpty() || states.containsKey(divisionKey(o.place)))) {
        int c = counts.getOrDefault(key(o.place), 0);
        if (c > bestCount) {
          best = o.place;
          bestCount = c;
        }
      }
    }
    return best;
  }

  private static String divisionKey(GeoName g) {
    return g.countryCode() + "." + g.admin1Code();
  }

  /** The entry of a division ("CC.code") that a place chosen in the article lies in, or null. */
  private GeoName divisionEntry(String division, List<Mention> accepted) {
    String cc = division.substring(0, division.indexOf('.'));
    for (Mention o : accepted) {
      if (o.place != null && division.equals(o.place.countryCode() + "." + o.place.admin1Code())
          && !o.place.admin1Name().isEmpty()) {
        Optional<GeoName> d = gazetteer.admin1(cc, o.place.admin1Name());
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    return null;
  }

}
