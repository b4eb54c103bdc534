package org.vigil.pipeline.resolve.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.geo.Country;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Geo;
import org.vigil.geo.GeoName;
import org.vigil.model.Evidence;
import org.vigil.model.IncidentPlace;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Dateline;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;

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
  private static final Set<String> SITE_WORDS = Set.of("hotel", "resort", "campement", "camp", "nightclub", "club",
      "bar", "restaurant", "cafe", "mall", "market", "church", "mosque", "school", "university", "college",
      "embassy", "airport", "station", "base", "stadium", "theatre", "museum", "beach", "compound", "barracks",
      "hospital", "bank", "temple", "plaza", "square", "centre", "center", "building", "complex", "lodge", "palace");

  private final Gazetteer gazetteer;
  private final Outlet outlet;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.outlet = new Outlet(gazetteer);
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
  public IncidentPlace place(Annotated doc, List<Toponym> toponyms, List<Sentence> sentences, Set<String> context) {
    IncidentPlace p = placeOf(doc, toponyms, sentences, context);
    return p == null ? null : outlet.home(outlet.namesake(p, doc), doc);
  }

  private IncidentPlace placeOf(Annotated doc, List<Toponym> toponyms, List<Sentence> sentences,
      Set<String> context) {
    Dateline.Found dateline = Dateline.find(doc);
    Resolution r = new Resolution(toponyms, context);
    // the first place of the incident's sentences that names a town wins; a country or a region of one is kept as
    // the fallback, and fixes the country later towns must be in (a story about an attack in Algeria that mentions
    // Sydney as a victim's home town stays in Algeria)
    IncidentPlace fallback = null;
    // where the report was filed: the names before the dateline's dash, read even where the tagger alone saw a
    // place ("STERLING –" is a common noun to the part-of-speech tagger)
    IncidentPlace filed = dateline == null ? null
        : datelineTown(place(doc.text(), doc.sentences().get(dateline.sentence()), r, 0, dateline.end() - 1, true));
    IncidentPlace home = filed != null && specificity(filed) == TOWN ? filed : null;
    for (Sentence s : sentences) {
      int from = dateline != null && dateline.sentence() == s.index() ? dateline.end() + 1 : 0;
      IncidentPlace p = place(doc.text(), s, r, from, Integer.MAX_VALUE, false);
      if (p == null) {
        continue;
      }
      if (fallback != null && fallback.countryCode() != null && !fallback.countryCode().equals(p.countryCode())
          || fallback != null && specificity(fallback) == COUNTY && specificity(p) == TOWN && !near(p, fallback)) {
        // nor is a town far from the county the incident's sentences named first ("Pasco County … the Oklahoma City
        // Thunder")
        continue;
      }
      if (p.precision() >= 3 || specificity(p) == COUNTY) {
        if (fallback == null || specificity(p) > specificity(fallback)) {
          fallback = p;
        }
        continue;
      }
      if (home != null && awayFromHome(p, home, doc.text())) {
        // "PITTSBURGH (KDKA) – … a bar in Homewood": a small namesake town in another state is more likely a part
        // of the dateline's town that the gazetteer does not know
        return new IncidentPlace(p.name(), p.name(), home.name(), home.resolvedName(), home.geonameId(),
            home.lat(), home.lon(), home.admin1(), home.countryCode(), home.featureCode(), 2, p.evidence());
      }
      return p;
    }
    if (fallback != null && specificity(fallback) == COUNTY) {
      // "in Stokes County": a town the article names next to it (the dateline's, the headline's, the police's) is
      // nearer the incident than the county's centre
      IncidentPlace town = home != null && near(home, fallback) ? home
          : local(doc, sentences, r, fallback.countryCode());
      return town != null && near(town, fallback) ? withPrecision(town, 2) : fallback;
    }
    if (fallback != null && specificity(fallback) == DIVISION && home != null && fallback.countryCode() != null
        && fallback.countryCode().equals(home.countryCode()) && fallback.resolvedName() != null
        && fallback.resolvedName().equals(home.admin1())) {
      // "HOBART, Okla. – … a 9-year-old Oklahoma child": the dateline's town in the state the body names
      return withPrecision(home, 2);
    }
    if (fallback != null && specificity(fallback) == COUNTRY && home != null && fallback.countryCode() != null
        && fallback.countryCode().equals(home.countryCode())) {
      // the body names only the country, and the report was filed from a town in it ("TUNIS, Tunisia (AP) –"):
      // the dateline town is the best point there is, near the incident rather than at it
      return withPrecision(home, 2);
    }
    if (fallback == null && filed != null) {
      // only the dateline names a place: where the report was filed, often but not always where it happened, so it
      // is kept at region precision (3)
      return withPrecision(filed, 3);
    }
    if (fallback == null || specificity(fallback) <= DIVISION) {
      IncidentPlace local = local(doc, sentences, r, fallback == null ? null : fallback.countryCode());
      if (local != null) {
        return local;
      }
    }
    return fallback;
  }

  /**
   * The town the article is about when the incident's own sentences name none, as a local reader would take it:
   * the town in the opening paragraph (the headline), else the town whose police force speaks ("Stockton police
   * said"), else the outlet's town in the page title ("… - WMC Action News 5 - Memphis, Tennessee"). Near the
   * incident rather than at it: precision 2.
   */
  private IncidentPlace local(Annotated doc, List<Sentence> incident, Resolution r, String country) {
    List<Span> paragraphs = doc.article().paragraphs();
    if (!paragraphs.isEmpty()) {
      Span opening = paragraphs.get(0);
      for (Sentence s : doc.sentences()) {
        if (s.span().start() >= opening.end()) {
          break;
        }
        if (incident.contains(s)) {
          continue;
        }
        IncidentPlace p = place(doc.text(), s, r, 0, Integer.MAX_VALUE, false);
        if (p != null && specificity(p) == TOWN && (country == null || country.equals(p.countryCode()))) {
          return withPrecision(p, 2);
        }
      }
    }
    IncidentPlace headed = headlineTown(doc, r, country);
    if (headed != null) {
      return headed;
    }
    for (Sentence s : doc.sentences()) {
      IncidentPlace p = police(doc.text(), s, r);
      if (p != null && (country == null || country.equals(p.countryCode()))) {
        return p;
      }
    }
    IncidentPlace town = outlet.town(doc.article().title(), country);
    town = town != null ? town : outlet.cityPlace(doc.article(), country);
    return town != null ? town : mostNamed(doc, r, country);
  }

  /**
   * The town the toponym tagger found most often and most surely in the article (the highest sum of confidences), of
   * the given country when one is given: the last resort of a page whose incident, headline, police and outlet name none ("a vigil at Davis
   * Park in Danielson"). Near the incident rather than at it: precision 2.
   */
  private IncidentPlace mostNamed(Annotated doc, Resolution r, String country) {
    Map<Long, Double> weights = new HashMap<>();
    Toponym best = null;
    for (Toponym t : r.toponyms()) {
      if (t.place() == null || t.basis() != Toponym.Basis.GAZETTEER || t.place().kind() != GeoName.Kind.POPULATED_PLACE
          || country != null && !country.equals(t.place().countryCode())) {
        continue;
      }
      double w = weights.merge(t.place().geonameId(), t.confidence(), Double::sum);
      if (best == null || w > weights.get(best.place().geonameId())) {
        best = t;
      }
    }
    if (best == null) {
      return null;
    }
    Evidence ev = null;
    for (Sentence s : doc.sentences()) {
      if (s.span().contains(best.span())) {
        ev = new Evidence(best.span(), best.span().of(doc.text()), s.span());
      }
    }
    return build(best.name(), null, best.name(), best.place(), 2, ev);
  }

  /**
   * The town a headline opens with as the attribute of its subject, "Killeen 2-year-old in critical condition",
   * "Alturas shooting victims identified", "Dalton area boy, 8, dies": a name run of up to three proper nouns at the
   * start of the page title's headline, right before a count or a word of {@link #HEADLINE_HEADS}, that resolves to a
   * town (of the given country, when one is given). The part-of-speech and NER taggers read such names as people or
   * nothing; a local reader does not. Near the incident rather than at it: precision 2.
   */
  private IncidentPlace headlineTown(Annotated doc, Resolution r, String country) {
    String title = doc.article().title();
    if (title == null || doc.sentences().isEmpty()) {
      return null;
    }
    Sentence s = doc.sentences().get(0);
    List<Token> t = s.tokens();
    // the first sentence is the headline (Headline.prepend lower-cases a Title Case one's common words)
    if (t.isEmpty() || !title.toLowerCase(Locale.ROOT).contains(
        s.text(doc.text(), 0, Math.min(2, t.size() - 1)).toLowerCase(Locale.ROOT))) {
      return null;
    }
    int first = t.size() > 1 && Quarters.DIRECTIONS.contains(t.get(0).lower()) ? 1 : 0;
    int last = first;
    while (last + 1 < t.size() && last - first < 2 && t.get(last + 1).isProperNoun()
        && t.get(last + 1).isCapitalised()) {
      last++;
    }
    if (!t.get(first).isProperNoun() || !t.get(first).isCapitalised() || last + 1 >= t.size()) {
      return null;
    }
    Token head = t.get(last + 1);
    if (!head.pos().equals("CD") && !HEADLINE_HEADS.contains(head.lower())) {
      return null;
    }
    return town(doc.text(), s, r, first, last, country);
  }

  /** Nouns a headline's opening town name qualifies: "Killeen man", "Alturas shooting", "Dalton area boy". */
  private static final Set<String> HEADLINE_HEADS = Set.of("man", "woman", "men", "women", "boy", "girl", "teen",
      "teenager", "child", "toddler", "youth", "couple", "family", "father", "mother", "resident", "residents",
      "shooting", "shootings", "homicide", "murder", "slaying", "area", "police", "officer", "student", "infant");

  /**
   * Whether a town found in the body is an unlikely namesake far from the dateline's town: in the same country but
   * another division, more than 150 km away, under 100,000 people, and in a division the article never names.
   */
  private boolean awayFromHome(IncidentPlace p, IncidentPlace home, String text) {
    if (p.countryCode() == null || !p.countryCode().equals(home.countryCode()) || p.admin1() == null
        || p.admin1().equals(home.admin1()) || p.geonameId() == null || text.contains(p.admin1())) {
      return false;
    }
    Optional<GeoName> g = gazetteer.byId(p.geonameId());
    return g.isPresent() && g.get().population() < 100_000
        && Geo.distanceKm(p.lat(), p.lon(), home.lat(), home.lon()) > 150;
  }

  /** The same place at another ACLED precision. */
  private static IncidentPlace withPrecision(IncidentPlace p, int precision) {
    return new IncidentPlace(p.name(), p.locality(), p.near(), p.resolvedName(), p.geonameId(), p.lat(), p.lon(),
        p.admin1(), p.countryCode(), p.featureCode(), precision, p.evidence());
  }

  /**
   * The town of a police force named in the sentence: "Stockton police", "the Las Vegas Metropolitan Police". A
   * qualifier before "police" is first read as part of the town's name ("Panama City Police"), then as the force's
   * ("the Tulsa City Police").
   */
  private IncidentPlace police(String text, Sentence s, Resolution r) {
    List<Token> t = s.tokens();
    for (int i = 1; i < t.size(); i++) {
      if (!t.get(i).lower().equals("police")) {
        continue;
      }
      for (int last = i - 1; last >= 0; last--) {
        IncidentPlace p = policeTown(text, s, r, last);
        if (p != null) {
          return p;
        }
        if (last == 0 || !POLICE_QUALIFIERS.contains(t.get(last).lower())) {
          break;
        }
      }
    }
    return null;
  }

  /** The town whose name ends at the given token, a run of up to four capitalised proper nouns, or null. */
  private IncidentPlace policeTown(String text, Sentence s, Resolution r, int last) {
    List<Token> t = s.tokens();
    int first = last;
    while (first > 0 && t.get(first - 1).isProperNoun() && t.get(first - 1).isCapitalised()) {
      first--;
    }
    if (!t.get(last).isProperNoun() || !t.get(last).isCapitalised() || last - first > 3) {
      return null;
    }
    return town(text, s, r, first, last, null);
  }

  /** The town the tokens name, of the given country when one is given, at precision 2; or null. */
  private IncidentPlace town(String text, Sentence s, Resolution r, int first, int last, String country) {
    Candidate c = new Candidate(first, last, s.text(text, first, last), "", s.span(first, last));
    Optional<GeoName> g = exactly(c.name, resolve(c, r));
    return g.isPresent() && g.get().kind() == GeoName.Kind.POPULATED_PLACE
        && (country == null || country.equals(g.get().countryCode()))
        ? build(c.name, null, c.name, g.get(), 2, ev(text, s, c)) : null;
  }

  /**
   * A dateline names the town a report was filed from, never its state or county ("NEW YORK (AP) —", "SAN DIEGO
   * (CBS 8) —"): a dateline place that resolved to a division or county is the most populous town of that name in it
   * instead, when there is one.
   */
  private IncidentPlace datelineTown(IncidentPlace filed) {
    if (filed == null || specificity(filed) == TOWN || specificity(filed) == COUNTRY) {
      return filed;
    }
    GeoName best = null;
    for (GeoName g : gazetteer.lookup(filed.name())) {
      if (g.kind() == GeoName.Kind.POPULATED_PLACE && g.countryCode().equals(filed.countryCode())
          && (filed.admin1() == null || filed.admin1().equals(g.admin1Name()))
          && (best == null || g.population() > best.population())) {
        best = g;
      }
    }
    return best == null ? filed : build(filed.name(), null, null, best, 1, filed.evidence());
  }

  /**
   * A place of exactly this name, the most populous, for a place found only through one of its alternate names ("Panama
   * City" is an alternate name of Panamá): a town whose police force or headline bears the name is called by it.
   */
  private Optional<GeoName> exactly(String name, Optional<GeoName> g) {
    String key = Outlet.letters(name);
    if (g.isEmpty() || Outlet.letters(g.get().name()).equals(key)) {
      return g;
    }
    GeoName best = null;
    for (GeoName x : gazetteer.lookup(name)) {
      if (x.kind() == GeoName.Kind.POPULATED_PLACE && Outlet.letters(x.name()).equals(key)
          && (best == null || x.population() > best.population())) {
        best = x;
      }
    }
    return best == null ? g : Optional.of(best);
  }

  private static final int COUNTRY = 0;
  private static final int DIVISION = 1;
  private static final int COUNTY = 2;
  private static final int TOWN = 3;
  /** How far from a county's centre a town may be and still be in or next to it. */
  private static final double COUNTY_REACH_KM = 40;

  /** {@link #TOWN}, {@link #COUNTY}, {@link #DIVISION} (a state or a region of a country) or {@link #COUNTRY}. */
  private static int specificity(IncidentPlace p) {
    String code = p.featureCode() == null ? "" : p.featureCode();
    return code.startsWith("PCL") ? COUNTRY : code.startsWith("PPL") ? TOWN : code.equals("ADM2") ? COUNTY
        : DIVISION;
  }

  private static boolean near(IncidentPlace town, IncidentPlace county) {
    return Geo.distanceKm(town.lat(), town.lon(), county.lat(), county.lon()) <= COUNTY_REACH_KM;
  }

  private record Candidate(int first, int last, String name, String prep, Span span) {}

  /**
   * What resolves names for one article: the toponym tagger's article-wide decisions first (it weighs every place
   * the article names), the gazetteer with the article's countries as context for names it did not tag.
   */
  private record Resolution(List<Toponym> toponyms, Set<String> context) {
    /** The toponym whose name starts at the given character offset, or null. */
    Toponym toponymStartingAt(int offset) {
      for (Toponym t : toponyms) {
        if (t.span().start() == offset) {
          return t;
        }
      }
      return null;
    }

    Toponym toponymAt(Span span) {
      for (Toponym t : toponyms) {
        if (t.span().overlaps(span)) {
          return t;
        }
      }
      return null;
    }
  }

  /**
   * The place of one sentence between two tokens, or null; {@code tagged}: names the toponym tagger found count as
   * candidates whatever their part of speech.
   */
  IncidentPlace place(String text, Sentence s, Resolution r, int fromToken, int toToken, boolean tagged) {
    List<Candidate> cands = new ArrayList<>();
    for (Candidate c : candidates(text, s, tagged ? r : null)) {
      if (c.first >= fromToken && c.last <= toToken && plausible(s, c, r) && !hospital(text, c, r)) {
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
      } else if (Quarters.DIRECTIONS.contains(c.prep) && region == null) {
        region = c;
      } else if (!isSite && rank(c, r) > (locality == null ? -1 : rank(locality, r))) {
        // within a sentence a town beats a division, and a division a country: "the Islamic State of Iraq and
        // Syria … at Bardo museum in the capital Tunis"
        locality = c;
      }
    }
    // "in central Kabul": a part of a town is still that town
    if (region != null && (locality == null || rank(region, r) > rank(locality, r)) && rank(region, r) == 3) {
      locality = region;
      region = null;
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
    Candidate all = evLast < 0 ? null : new Candidate(evFirst, evLast, "", "", s.span(evFirst, evLast));
    if (locality != null) {
      Optional<GeoName> g = resolve(locality, r);
      if (g.isPresent() && g.get().kind() != GeoName.Kind.COUNTRY) {
        return build(site != null ? site : locality.name, site != null ? locality.name : null,
            near == null ? null : near.name, g.get(), site != null && g.get().kind() == GeoName.Kind.ADMIN1 ? 3
                : g.get().kind() == GeoName.Kind.ADMIN1 ? 3 : 1, ev(text, s, all));
      }
      if (near != null) {
        Optional<GeoName> n = resolve(near, r);
        if (n.isPresent()) {
          return build(site != null ? site : locality.name, locality.name, near.name, n.get(), 2, ev(text, s, all));
        }
      }
      if (g.isPresent()) {
        return build(site != null ? site : locality.name, null, null, g.get(), 3, ev(text, s, locality));
      }
    }
    if (near != null) {
      Optional<GeoName> n = resolve(near, r);
      if (n.isPresent()) {
        return build(site != null ? site : near.name, null, near.name, n.get(), 2, ev(text, s, all));
      }
    }
    if (siteCandidate != null) {
      // a site named after its town: "outside Kokomo nightclub", "at a Dallas nightclub"
      Toponym t = r.toponymAt(siteCandidate.span);
      String rest = t == null ? "" : site.substring(Math.min(site.length(), t.name().length())).strip()
          .toLowerCase(Locale.ROOT);
      // but not a hospital's proper name ("Mount Sinai Hospital"): the wounded are taken there, and such names are
      // rarely their town's ("a Chicago hospital", "outside Myrtle Beach hospital" are)
      boolean namedHospital = rest.equals("hospital")
          && Character.isUpperCase(site.charAt(site.length() - rest.length()));
      if (t != null && t.place() != null && t.place().kind() == GeoName.Kind.POPULATED_PLACE && !namedHospital
          && t.basis() != Toponym.Basis.CONTAINED && site.startsWith(t.name() + " ") && SITE_WORDS.contains(rest)) {
        return build(site, t.name(), null, t.place(), 1, ev(text, s, siteCandidate));
      }
    }
    if (region != null) {
      Optional<Country> c = gazetteer.country(region.name);
      Optional<GeoName> g = c.isPresent() ? gazetteer.lookup(c.get().name()).stream()
          .filter(x -> x.kind() == GeoName.Kind.COUNTRY).findFirst() : resolve(region, r);
      if (g.isPresent()) {
        String name = region.prep + " " + region.name;
        return new IncidentPlace(name, null, null, g.get().name(), g.get().geonameId() == 0 ? null
            : g.get().geonameId(), g.get().lat(), g.get().lon(), null, g.get().countryCode(), "region-of-"
            + g.get().featureCode(), 3, ev(text, s, region));
      }
    }
    return null;
  }

  /**
   * Whether a name is a hospital's in this article: it names "… Hospital" or "… Medical Center" elsewhere ("taken to
   * Mount Sinai Hospital … also taken to Mount Sinai"), and the wounded are taken there, not shot there. A city's
   * name (100,000 people or more) stays the city's: hospitals are named after the cities they serve ("Atlanta
   * Medical Center").
   */
  private boolean hospital(String text, Candidate c, Resolution r) {
    if (!text.contains(c.name + " Hospital") && !text.contains(c.name + " Medical Center")) {
      return false;
    }
    Optional<GeoName> g = resolve(c, r);
    return g.isEmpty() || g.get().population() < HOSPITAL_CITY_POPULATION;
  }

  private static final long HOSPITAL_CITY_POPULATION = 100_000;

  /** 3 a town, 2 a division, 1 a country, 0 unresolved (an unknown locality still beats nothing). */
  private int rank(Candidate c, Resolution r) {
    Optional<GeoName> g = resolve(c, r);
    if (g.isEmpty()) {
      return 0;
    }
    return switch (g.get().kind()) {
      case POPULATED_PLACE -> 3;
      case ADMIN1 -> 2;
      case COUNTRY -> 1;
    };
  }

  private static Evidence ev(String text, Sentence s, Candidate c) {
    Span span = s.span(c.first, c.last);
    return new Evidence(span, span.of(text), s.span());
  }

  private IncidentPlace build(String name, String locality, String near, GeoName g, int precision, Evidence ev) {
    // a county (vigil-geo's ADM2 entries) is near the incident, not at it
    int p = g.featureCode().equals("ADM2") ? 2
        : g.kind() == GeoName.Kind.COUNTRY || g.kind() == GeoName.Kind.ADMIN1 ? 3 : precision;
    return new IncidentPlace(name, locality, near, g.name(), g.geonameId() == 0 ? null : g.geonameId(), g.lat(),
        g.lon(), g.admin1Name(), g.countryCode(), g.featureCode(), p, ev);
  }

  private Optional<GeoName> resolve(Candidate c, Resolution r) {
    Toponym t = r.toponymAt(c.span);
    if (t != null && Quarters.around(c.span, c.name, t)) {
      return Optional.empty();
    }
    if (t != null && t.place() != null && t.basis() != Toponym.Basis.CONTAINED) {
      return shorthand(c.name, Optional.of(t.place()), r);
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
    return shorthand(c.name, gazetteer.best(c.name, r.context()), r);
  }

  /**
   * A bare name that is also the name of a county the article names ("in Pasco" beside "the Pasco County Sheriff's
   * Office"): local news shortens the county to its name, and a namesake town far from the county ("Pasco",
   * Washington, for Pasco County, Florida) is not meant. A town in or next to the county stays the town.
   */
  private Optional<GeoName> shorthand(String name, Optional<GeoName> town, Resolution r) {
    if (town.isEmpty() || town.get().kind() != GeoName.Kind.POPULATED_PLACE) {
      return town;
    }
    for (Toponym t : r.toponyms()) {
      if (t.basis() != Toponym.Basis.CONTAINED || t.place() == null || !t.name().regionMatches(true, 0, name, 0,
          name.length()) || !t.name().substring(name.length()).strip().matches("(?i)county|parish")) {
        continue;
      }
      Optional<GeoName> county = gazetteer.county(t.name(), t.place().admin1Code());
      if (county.isPresent() && Geo.distanceKm(town.get().lat(), town.get().lon(), county.get().lat(),
          county.get().lon()) > COUNTY_REACH_KM) {
        return county;
      }
    }
    return town;
  }

  /**
   * A candidate is worth resolving when the toponym tagger also saw a place there, when it names a site, or when
   * NER calls it a location after a locative preposition; anything else ("Thursday", a person's name) is dropped.
   */
  private static boolean plausible(Sentence s, Candidate c, Resolution r) {
    if (r.toponymAt(c.span) != null) {
      return true;
    }
    for (String w : c.name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (SITE_WORDS.contains(w)) {
        return true;
      }
    }
    // a name NER calls a location after "in", "at" or "near" that the gazetteer does not know ("in Dougourakoro,
    // near Mali's capital Bamako") still matters: it is the locality the fallback to a nearby town keeps
    return s.tokens().get(c.first).ner().equals("LOCATION")
        && (c.prep.equals("in") || c.prep.equals("at") || c.prep.equals("near"));
  }

  /**
   * Capitalised name runs introduced by a locative preposition, tagged LOCATION by NER, or, given the tagger's
   * names, where the toponym tagger found one.
   */
  private List<Candidate> candidates(String text, Sentence s, Resolution r) {
    List<Candidate> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      Toponym named = r == null ? null : r.toponymStartingAt(k.begin());
      boolean start = k.ner().equals("LOCATION") || k.isProperNoun() && i > 0 && isPrep(t.get(i - 1).lower())
          && !k.ner().equals("PERSON") && !k.ner().equals("DATE") && !k.ner().equals("ORGANIZATION")
          || named != null;
      if (!start) {
        continue;
      }
      int j = i;
      while (j + 1 < t.size() && (t.get(j + 1).isProperNoun() && !t.get(j + 1).ner().equals("DATE")
          || t.get(j + 1).ner().equals("LOCATION") || named != null && t.get(j + 1).end() <= named.span().end())) {
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
        out.add(new Candidate(capFirst, capLast, s.text(text, capFirst, capLast), prepBefore(t, i),
            s.span(capFirst, capLast)));
        i = capLast;
        continue;
      }
      String prep = prepBefore(t, i);
      if (!Quarters.streetOrQuarter(t, i, j)) {
        out.add(new Candidate(i, j, s.text(text, i, j), prep, s.span(i, j)));
      }
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
    if (Quarters.DIRECTIONS.contains(w)) {
      return w;
    }
    if (w.equals(",") && p > 0) {
      return "appos";
    }
    return w;
  }

  private static boolean isPrep(String w) {
    return w.equals("in") || w.equals("at") || w.equals("near") || w.equals("outside") || w.equals("of")
        || w.equals("from") || w.equals("to") || ATTACK_VERBS.contains(w);
  }

  private static final Set<String> POLICE_QUALIFIERS = Set.of("metropolitan", "metro", "city", "municipal");

  /** Verbs whose object is the place attacked: "Gunmen attacked Garissa University College". */
  private static final Set<String> ATTACK_VERBS = Set.of("attacked", "stormed", "bombed", "targeted", "raided",
      "hit", "struck", "besieged", "seized", "overran");
}
