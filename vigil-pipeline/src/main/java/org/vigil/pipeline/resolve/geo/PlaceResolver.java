package org.vigil.pipeline.resolve.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.geo.Country;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.Evidence;
import org.vigil.model.IncidentPlace;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Dateline;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * Finds the place an incident happened in the sentences that report it, and resolves it in the gazetteer.
 *
 * <p>The phrase shapes news uses for a location: "at SITE in LOCALITY, near X's capital Y", "in TOWN",
 * "near TOWN", "in northern COUNTRY". A site or locality the gazetteer does not know ("Dougourakoro") falls back to
 * the place it is said to be near, with ACLED precision 2 and the original names kept. Country context from the
 * whole article disambiguates names.
 *
 * <p>Thread-safe; the gazetteer is shared.
 */
public final class PlaceResolver {
  private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
      "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "north-east",
      "north-west", "south-east", "south-west", "upper", "lower");
  private static final Set<String> SITE_WORDS = Set.of("hotel", "resort", "campement", "camp", "nightclub", "club",
      "bar", "restaurant", "cafe", "mall", "market", "church", "mosque", "school", "university", "college",
      "embassy", "airport", "station", "base", "stadium", "theatre", "museum", "beach", "compound", "barracks",
      "hospital", "bank", "temple", "plaza", "square", "centre", "center", "building", "complex", "lodge", "palace");

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The countries the article names or implies through nationality words: context for disambiguation. */
  public Set<String> countryContext(Annotated doc) {
    Set<String> out = new LinkedHashSet<>();
    for (Sentence s : doc.sentences()) {
      for (Token k : s.tokens()) {
        if (!k.isCapitalised() || k.word().length() < 3) {
          continue;
        }
        if (k.ner().equals("LOCATION")) {
          gazetteer.country(k.word()).ifPresent(c -> out.add(c.iso2()));
        } else if (k.ner().equals("MISC") || k.pos().startsWith("JJ")) {
          for (Country c : gazetteer.nationality(k.word())) {
            out.add(c.iso2());
          }
        }
      }
    }
    return out;
  }

  /**
   * The best place in the given sentences (in the order given: the sentences that report the incident first), or
   * null when none resolves.
   */
  public IncidentPlace place(Annotated doc, List<Sentence> sentences, Set<String> context) {
    IncidentPlace countryOnly = null;
    int dateline = Dateline.end(doc);
    for (Sentence s : sentences) {
      IncidentPlace p = place(doc.text(), s, context, s.index() == 0 ? dateline + 1 : 0, Integer.MAX_VALUE);
      if (p == null) {
        continue;
      }
      if (p.precision() >= 3 && p.featureCode() != null && p.featureCode().startsWith("PCL")) {
        if (countryOnly == null) {
          countryOnly = p;
        }
        continue;
      }
      return p;
    }
    if (countryOnly == null && dateline > 0) {
      // only the dateline names a place: where the report was filed, often but not always where it happened, so it
      // is kept at region precision (3)
      IncidentPlace p = place(doc.text(), doc.sentences().get(0), context, 0, dateline - 1);
      if (p != null) {
        return new IncidentPlace(p.name(), p.locality(), p.near(), p.resolvedName(), p.geonameId(), p.lat(),
            p.lon(), p.admin1(), p.countryCode(), p.featureCode(), 3, p.evidence());
      }
    }
    return countryOnly;
  }

  private record Candidate(int first, int last, String name, String prep) {}

  /** The place of one sentence, or null. */
  IncidentPlace place(String text, Sentence s, Set<String> context, int fromToken, int toToken) {
    List<Candidate> cands = new ArrayList<>();
    for (Candidate c : candidates(text, s)) {
      if (c.first >= fromToken && c.last <= toToken) {
        cands.add(c);
      }
    }
    if (cands.isEmpty()) {
      return null;
    }
    String site = null;
    Candidate siteCandidate = null;
    Candidate locality = null;
    Candidate near = null;
    Candidate region = null;
    for (Candidate c : cands) {
      String lower = c.name.toLowerCase(Locale.ROOT);
      boolean isSite = false;
      for (String w : lower.split("\\s+")) {
        if (SITE_WORDS.contains(w)) {
          isSite = true;
        }
      }
      if ((isSite || c.prep.equals("at") && c.name.split("\\s+").length >= 3) && site == null) {
        site = c.name;
        siteCandidate = c;
        continue;
      }
      if (c.prep.equals("near") && near == null) {
        near = c;
      } else if (DIRECTIONS.contains(c.prep) && region == null) {
        region = c;
      } else if (locality == null && !isSite) {
        locality = c;
      }
    }
    // the evidence runs over every name used: "Le Campement Kangaba in Dougourakoro, near Mali's capital Bamako"
    int evFirst = Integer.MAX_VALUE;
    int evLast = -1;
    for (Candidate c : new Candidate[] {siteCandidate, locality, near}) {
      if (c != null) {
        evFirst = Math.min(evFirst, c.first);
        evLast = Math.max(evLast, c.last);
      }
    }
    Candidate all = evLast < 0 ? null : new Candidate(evFirst, evLast, "", "");
    if (locality != null) {
      Optional<GeoName> g = resolve(locality.name, context);
      if (g.isPresent() && g.get().kind() != GeoName.Kind.COUNTRY) {
        return build(site != null ? site : locality.name, site != null ? locality.name : null,
            near == null ? null : near.name, g.get(), site != null && g.get().kind() == GeoName.Kind.ADMIN1 ? 3
                : g.get().kind() == GeoName.Kind.ADMIN1 ? 3 : 1, ev(text, s, all));
      }
      if (near != null) {
        Optional<GeoName> n = resolve(near.name, context);
        if (n.isPresent()) {
          return build(site != null ? site : locality.name, locality.name, near.name, n.get(), 2, ev(text, s, all));
        }
      }
      if (g.isPresent()) {
        return build(site != null ? site : locality.name, null, null, g.get(), 3, ev(text, s, locality));
      }
    }
    if (near != null) {
      Optional<GeoName> n = resolve(near.name, context);
      if (n.isPresent()) {
        return build(site != null ? site : near.name, null, near.name, n.get(), 2, ev(text, s, all));
      }
    }
    if (region != null) {
      Optional<Country> c = gazetteer.country(region.name);
      Optional<GeoName> g = c.isPresent() ? gazetteer.lookup(c.get().name()).stream()
          .filter(x -> x.kind() == GeoName.Kind.COUNTRY).findFirst() : resolve(region.name, context);
      if (g.isPresent()) {
        String name = region.prep + " " + region.name;
        return new IncidentPlace(name, null, null, g.get().name(), g.get().geonameId() == 0 ? null
            : g.get().geonameId(), g.get().lat(), g.get().lon(), null, g.get().countryCode(), "region-of-"
            + g.get().featureCode(), 3, ev(text, s, region));
      }
    }
    return null;
  }

  private static Evidence ev(String text, Sentence s, Candidate c) {
    Span span = s.span(c.first, c.last);
    return new Evidence(span, span.of(text), s.span());
  }

  private IncidentPlace build(String name, String locality, String near, GeoName g, int precision, Evidence ev) {
    int p = g.kind() == GeoName.Kind.COUNTRY || g.kind() == GeoName.Kind.ADMIN1 ? 3 : precision;
    return new IncidentPlace(name, locality, near, g.name(), g.geonameId() == 0 ? null : g.geonameId(), g.lat(),
        g.lon(), g.admin1Name(), g.countryCode(), g.featureCode(), p, ev);
  }

  private Optional<GeoName> resolve(String name, Set<String> context) {
    return gazetteer.best(name, context);
  }

  /** Capitalised name runs introduced by a locative preposition, or tagged LOCATION by NER. */
  private List<Candidate> candidates(String text, Sentence s) {
    List<Candidate> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      boolean start = k.ner().equals("LOCATION") || k.isProperNoun() && i > 0 && isPrep(t.get(i - 1).lower())
          && !k.ner().equals("PERSON") && !k.ner().equals("DATE") && !k.ner().equals("ORGANIZATION");
      if (!start) {
        continue;
      }
      int j = i;
      while (j + 1 < t.size() && (t.get(j + 1).isProperNoun() && !t.get(j + 1).ner().equals("DATE")
          || t.get(j + 1).ner().equals("LOCATION"))) {
        j++;
      }
      // the site noun after a name belongs to it: "La Terrasse nightclub"
      if (j + 1 < t.size() && SITE_WORDS.contains(t.get(j + 1).lower())) {
        j++;
      }
      // "Mali 's capital Bamako": keep the capital
      if (j + 3 < t.size() && t.get(j + 1).word().equals("'s") && t.get(j + 2).lower().equals("capital")
          && t.get(j + 3).isProperNoun()) {
        int capFirst = j + 3;
        int capLast = capFirst;
        while (capLast + 1 < t.size() && t.get(capLast + 1).isProperNoun()) {
          capLast++;
        }
        out.add(new Candidate(capFirst, capLast, s.text(text, capFirst, capLast), prepBefore(t, i)));
        i = capLast;
        continue;
      }
      String prep = prepBefore(t, i);
      out.add(new Candidate(i, j, s.text(text, i, j), prep));
      i = j;
    }
    return out;
  }

  private static String prepBefore(List<Token> t, int i) {
    int p = i - 1;
    while (p >= 0 && (t.get(p).pos().equals("DT"))) {
      p--;
    }
    if (p < 0) {
      return "";
    }
    String w = t.get(p).lower();
    if (DIRECTIONS.contains(w)) {
      return w;
    }
    if (w.equals(",") && p > 0) {
      return "appos";
    }
    return w;
  }

  private static boolean isPrep(String w) {
    return w.equals("in") || w.equals("at") || w.equals("near") || w.equals("outside") || w.equals("of")
        || w.equals("from") || w.equals("to");
  }
}
