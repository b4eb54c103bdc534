package org.vigil.pipeline.resolve.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Geo;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * The town a headline names, over a town found only elsewhere on the page. "Girl wounded by gunfire in Newport
 * News" above a weather box headed "Norfolk, VA", "Auburn boy, 16, charged" above a story that names Tacoma: a local
 * reader takes the headline's town, which the taggers may have missed (a name ending in "News", a Title Case name
 * read as a person's). Thread-safe; the gazetteer is shared.
 */
final class HeadlineTown {
  private final Gazetteer gazetteer;

  HeadlineTown(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The headline's sentence: the first sentence of the text when it is the page title's start (Headline.prepend
   * lower-cases a Title Case one's common words), else null.
   */
  static Sentence headline(Annotated doc) {
    String title = doc.article().title();
    if (title == null || doc.sentences().isEmpty()) {
      return null;
    }
    Sentence s = doc.sentences().get(0);
    List<Token> t = s.tokens();
    return t.isEmpty() || !title.toLowerCase(Locale.ROOT).contains(
        s.text(doc.text(), 0, Math.min(2, t.size() - 1)).toLowerCase(Locale.ROOT)) ? null : s;
  }

  /**
   * The place with the headline's town in its stead, when the place is a town or county found outside the headline
   * that the headline does not name, and the headline names a town as where it happened ("in Town", "at Town") or as
   * its subject's ("Town man", {@link TownRun#HEADLINE_HEADS}) that lies in the place's country, in the
   * place's state or a state the article names (the most populous such town of exactly that name), within
   * {@link PlaceResolver#COUNTY_REACH_KM} of a county, and that the text names at least as often as the place's town
   * ({@link Mentions#of}); a subject's town never displaces a town whose own police the text names ({@link OwnForce}).
   * Precision 1 for "in"/"at", 2 for a subject's town. Otherwise the place as it was.
   *
   * @param divisionNamed whether the article names a division (a state)
   */
  IncidentPlace over(IncidentPlace p, Annotated doc, Predicate<String> divisionNamed) {
    Sentence s = headline(doc);
    if (p == null || s == null || p.lat() == null || p.countryCode() == null || p.featureCode() == null
        || !(p.featureCode().startsWith("PPL") || p.featureCode().equals("ADM2"))
        || p.evidence() != null && s.span().contains(p.evidence().span())) {
      return p;
    }
    String text = doc.text();
    String head = s.text(text, 0, s.tokens().size() - 1);
    String bodyTown = p.resolvedName() != null ? p.resolvedName() : p.name();
    if (head.contains(p.name()) || head.contains(bodyTown)) {
      return p;
    }
    List<Token> t = s.tokens();
    for (int first = 0; first < t.size(); first++) {
      if (!name(t.get(first)) || first > 0 && (name(t.get(first - 1))
          || Quarters.DIRECTIONS.contains(t.get(first - 1).lower().replace(".", "")))) {
        continue;
      }
      int last = first;
      while (last + 1 < t.size() && last - first < 2 && name(t.get(last + 1))) {
        last++;
      }
      boolean where = first > 0 && WHERE.contains(t.get(first - 1).lower());
      boolean whose = last + 1 < t.size() && TownRun.HEADLINE_HEADS.contains(t.get(last + 1).lower());
      // a subject's town is a home beside a town whose own police the text names: "Columbus man arrested for
      // shooting 4-year-old" above "A Columbus man was arrested by Urbana Police"
      // nor is a town the headline tells the place by ("3 people shot to death at home in Atlanta suburbs" above
      // "SNELLVILLE —": ReferenceTown)
      // nor is a person's town of the headline over a town the body names in the shooting's own clause of a sentence
      // that names the person's town too: "Mundelein man shot near U of I" above "A Mundelein man was killed … in a
      // pair of shootings early Sunday in Champaign"
      boolean person = whose && TownRun.PERSON_HEADS.contains(t.get(last + 1).lower());
      if (!where && !whose || !where && OwnForce.named(bodyTown, text) || Quarters.streetOrQuarter(t, first, last)
          || !where && person && ShootingClause.shotAway(doc.sentences(), text, p, s.text(text, first, last))
          || last + 1 < t.size() && COUNTY_WORDS.contains(t.get(last + 1).lower())
          || ReferenceTown.reference(text, s.span(first, last))) {
        continue;
      }
      String name = s.text(text, first, last);
      GeoName g = town(name, p, divisionNamed);
      if (g == null || p.geonameId() != null && g.geonameId() == p.geonameId()
          || p.featureCode().equals("ADM2") && Geo.distanceKm(g.lat(), g.lon(), p.lat(), p.lon())
              > PlaceResolver.COUNTY_REACH_KM
          || Mentions.of(name, text) < Mentions.of(bodyTown, text)) {
        continue;
      }
      Candidate c = new Candidate(first, last, name, "", s.span(first, last));
      return SentencePlace.build(name, null, name, g, where ? 1 : 2, SentencePlace.ev(text, s, c));
    }
    return p;
  }

  /** The most populous town of exactly the name in the place's country, in its state or a state the article names. */
  private GeoName town(String name, IncidentPlace p, Predicate<String> divisionNamed) {
    String key = Outlet.letters(name);
    GeoName best = null;
    for (GeoName g : gazetteer.lookup(name)) {
      if (g.kind() == GeoName.Kind.POPULATED_PLACE && g.countryCode().equals(p.countryCode())
          && Outlet.letters(g.name()).equals(key)
          && (g.admin1Name() != null && g.admin1Name().equals(p.admin1()) || divisionNamed.test(g.admin1Name()))
          && (best == null || g.population() > best.population())) {
        best = g;
      }
    }
    return best;
  }

  private static boolean name(Token k) {
    return k.isProperNoun() && k.isCapitalised() && !k.ner().equals("DATE");
  }

  /** Prepositions before the town an event happened in: "shot in Beverly", "shooting at Alpine High School". */
  private static final Set<String> WHERE = Set.of("in", "at");

  /** Words after a county's name: "Gaston County", "Wayne Co.". */
  private static final Set<String> COUNTY_WORDS = Set.of("county", "co.", "parish", "township");
}
