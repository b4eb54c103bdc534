package org.vigil.pipeline.resolve.geo;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * <p>Each sentence's place is read by {@link SentencePlace} ("at SITE in LOCALITY, near X's capital Y", "in TOWN",
 * "in northern COUNTRY"; a site or locality the gazetteer does not know falls back to the place it is said to be
 * near, with ACLED precision 2 and the original names kept), its names resolved by {@link Names} (the toponym
 * tagger's article-wide choices, country context from the whole article). Here the article decides: the first town
 * of the incident's sentences (or, when that one is named outside the shooting's own clause, a later one named in
 * it: {@link ShootingClause}, else the dateline's town of its state: {@link DatelineTown}, else the town of the
 * police force a sentence of the harm names: {@link ForceTown}), else the county, division or country they name, made
 * more precise by the dateline's town, the town the article is about (headline, police force, the outlet:
 * {@link Outlet}) or the town it names most,
 * else the place the page's address names ({@link Address}), else a postal town the gazetteer lacks ({@link ZipTown}),
 * the seat of the one county the text names ({@link Counties#lone}) or the town a person of the story is of
 * ({@link ResidentTown});
 * a bare town or county is the namesake that lies with the counties the article names ({@link Counties}), a section
 * of a town is reported as the town ({@link Sections}), a US town that is no postal city carries the postal city of
 * its ZIP code ({@link Postal}), a nearby town the gazetteer lacks, named by an address or the dateline, wins, and a
 * county left as the place gives way to a town of it the article names ({@link CountyTown#over}).
 *
 * <p>Thread-safe; the gazetteer is shared.
 */
public final class PlaceResolver {

  private final Gazetteer gazetteer;
  private final Outlet outlet;
  private final SentencePlace sentence;
  private final Counties counties;
  private final Sections sections;
  private final Address address;
  private final Postal postal;
  private final CountyTown countyTown;
  private final HeadlineTown headlineTown;
  private final Masthead masthead;
  private final QuarterOf quarterOf;
  private final ResidentTown residentTown;
  private final ZipTown zipTown;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.outlet = new Outlet(gazetteer);
    this.sentence = new SentencePlace(gazetteer);
    this.counties = new Counties(gazetteer);
    this.sections = new Sections(gazetteer);
    this.quarterOf = new QuarterOf(gazetteer);
    this.address = new Address(gazetteer, counties);
    this.postal = new Postal(gazetteer);
    this.countyTown = new CountyTown(gazetteer);
    this.headlineTown = new HeadlineTown(gazetteer);
    this.masthead = new Masthead(gazetteer);
    this.residentTown = new ResidentTown(gazetteer);
    this.zipTown = new ZipTown(gazetteer);
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
    if (p == null) {
      return null;
    }
    p = headlineTown.over(p, doc, division -> named(division, doc, toponyms));
    List<GeoName> named = counties.named(doc.text());
    p = City.meant(p, gazetteer, division -> named(division, doc, toponyms), named, toponyms);
    p = counties.town(p, named, division -> named(division, doc, toponyms));
    // a town by a county the article names is that county's, whatever the outlet ("JACKSONVILLE, ONSLOW COUNTY –")
    p = p.lat() != null && Counties.near(p.lat(), p.lon(), named) ? p : outlet.namesake(p, doc, toponyms);
    // a far town with a police force of its own is no quarter of the outlet's city ("a North Charleston cycle shop
    // … North Charleston Police Department investigators" on a Shreveport station's page)
    // nor a section of a city ("Universal City Police said" of the Texas town, not Los Angeles's section)
    p = quarterOf.town(p, doc.text());
    p = OwnForce.named(p.name(), doc.text()) ? p : sections.town(outlet.home(p, doc, toponyms, countryContext(doc)));
    p = zipTown.filed(zipTown.near(postal.town(p, doc.text(), doc.article().title()), doc.text()), doc);
    return countyTown.over(p, doc);
  }

  private IncidentPlace placeOf(Annotated doc, List<Toponym> toponyms, List<Sentence> sentences,
      Set<String> context) {
    Dateline.Found dateline = Dateline.find(doc);
    Names r = new Names(gazetteer, toponyms, context, countryContext(doc), outlet.country(doc.article()));
    // the first place of the incident's sentences that names a town wins; a country or a region of one is kept as
    // the fallback, and fixes the country later towns must be in (a story about an attack in Algeria that mentions
    // Sydney as a victim's home town stays in Algeria)
    IncidentPlace fallback = null;
    // where the report was filed: the names before the dateline's dash, read even where the tagger alone saw a
    // place ("STERLING –" is a common noun to the part-of-speech tagger)
    IncidentPlace filed = dateline == null ? null
        : datelineTown(sentence.find(doc.text(), doc.sentences().get(dateline.sentence()), r, 0,
            dateline.end() - 1, true));
    IncidentPlace home = filed != null && specificity(filed) == TOWN ? filed : null;
    // the town of a hospital the wounded were taken to ("taken to Advocate Christ Medical Center in Oak Lawn"): near
    // the incident, but the town of any other clue is nearer
    IncidentPlace treated = null;
    for (Sentence s : sentences) {
      int from = dateline != null && dateline.sentence() == s.index() ? dateline.end() + 1 : 0;
      IncidentPlace p = sentence.find(doc.text(), s, r, from, Integer.MAX_VALUE, false);
      if (p == null) {
        continue;
      }
      if (outside(p, fallback)) {
        continue;
      }
      if (specificity(p) == TOWN && HospitalTown.named(doc.text(), p)) {
        treated = treated == null ? p : treated;
        continue;
      }
      if (p.precision() >= 3 || specificity(p) == COUNTY) {
        if (fallback == null || specificity(p) > specificity(fallback)) {
          fallback = p;
        }
        continue;
      }
      // a town named outside the shooting's own clause gives way to a later one named in it ("… opened fire on the
      // car they were riding in. The shooting happened Friday morning near Yosemite Avenue and Cleveland in Madera")
      IncidentPlace fallbackNow = fallback;
      IncidentPlace first = p;
      IncidentPlace shot = ShootingClause.names(s, p) ? null : ShootingClause.later(
          sentences.subList(sentences.indexOf(s) + 1, sentences.size()),
          x -> sentence.find(doc.text(), x, r, dateline != null && dateline.sentence() == x.index()
              ? dateline.end() + 1 : 0, Integer.MAX_VALUE, false),
          q -> specificity(q) == TOWN && q.precision() < 3 && !outside(q, fallbackNow)
              && !HospitalTown.named(doc.text(), q) && !ShootingClause.otherCity(first, q, gazetteer));
      IncidentPlace dated = shot != null ? shot : DatelineTown.over(p, s, home, doc);
      p = dated != p ? dated
          : ForceTown.over(p, s, sentences, x -> police(doc.text(), x, r), doc.text(), gazetteer);
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
      // (the outlet's own city is no such town: "2 killed in Gaston County shootings" on a Charlotte paper's page)
      IncidentPlace town = home != null && near(home, fallback) ? home
          : local(doc, sentences, r, fallback.countryCode(), false);
      if (town != null && near(town, fallback)) {
        return withPrecision(town, 2);
      }
      if (treated != null && near(treated, fallback)) {
        return withPrecision(treated, 2);
      }
      // a town far from the county, the outlet's too: a namesake of each may lie together in another state
      IncidentPlace far = town != null ? town : local(doc, sentences, r, fallback.countryCode(), true);
      IncidentPlace paired = far != null && near(far, fallback) ? null
          : counties.pair(fallback, far != null ? far : home);
      return paired != null ? paired : seat(
          counties.stated(fallback, division -> named(division, doc, toponyms), outlet.city(doc.article())), doc);
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
      // only the dateline names a place: where the report was filed, usually the town it happened in or near (a
      // local paper files from the town it covers), near the incident rather than at it; a county of the state the
      // dateline or the article names ("Hamilton County, TN (WDEF) –" had been Texas's)
      IncidentPlace county = specificity(filed) == COUNTY
          ? counties.stated(filed, division -> named(division, doc, toponyms), outlet.city(doc.article())) : filed;
      return withPrecision(county, specificity(filed) == TOWN ? 2 : 3);
    }
    if (fallback == null || specificity(fallback) <= DIVISION) {
      // the hospital's country is the incident's: "rushed to Southside Regional Medical Center in Petersburg" keeps
      // the article's most named town out of Russia
      String country = fallback != null ? fallback.countryCode() : treated != null ? treated.countryCode() : null;
      IncidentPlace local = local(doc, sentences, r, country, true);
      if (local != null) {
        return local;
      }
    }
    return treated != null && (fallback == null || specificity(fallback) <= DIVISION
        && Objects.equals(fallback.countryCode(), treated.countryCode())) ? withPrecision(treated, 2)
        : residentTown.over(counties.lone(zipTown.over(fallback, doc.text()), doc.text()), doc);
  }

  /**
   * The town standing in for a county no town the tagger found places more closely: a town of the county the
   * article names all the same ({@link CountyTown}), else the county's seat ({@link Counties#seat}).
   */
  private IncidentPlace seat(IncidentPlace county, Annotated doc) {
    IncidentPlace town = countyTown.town(county, doc.text(), doc.article().title());
    return town != null ? town : counties.seat(county);
  }

  /**
   * The town the article is about when the incident's own sentences name none, as a local reader would take it:
   * the town in the opening paragraph (the headline), else the town whose police force speaks ("Stockton police
   * said"), else the outlet's town in the page title ("… - WMC Action News 5 - Memphis, Tennessee"), else the town the
   * article names most, else (for a page that names none) the place its address names, else the town its host name
   * is the masthead of ({@link Masthead}). Near the incident rather than at it: precision 2.
   */
  private IncidentPlace local(Annotated doc, List<Sentence> incident, Names r, String country, boolean outletToo) {
    List<Span> paragraphs = doc.article().paragraphs();
    IncidentPlace county = null;
    if (!paragraphs.isEmpty()) {
      Span opening = paragraphs.get(0);
      for (Sentence s : doc.sentences()) {
        if (s.span().start() >= opening.end()) {
          break;
        }
        if (incident.contains(s)) {
          continue;
        }
        IncidentPlace p = sentence.find(doc.text(), s, r, 0, Integer.MAX_VALUE, false);
        if (p != null && specificity(p) == TOWN && (country == null || country.equals(p.countryCode()))) {
          return withPrecision(p, 2);
        }
        county = county == null && p != null && specificity(p) == COUNTY ? p : county;
      }
    }
    IncidentPlace headed = headlineTown(doc, r, country);
    if (headed != null && (county == null || near(headed, county))) {
      return headed;
    }
    for (Sentence s : doc.sentences()) {
      IncidentPlace p = police(doc.text(), s, r);
      if (p != null && (country == null || country.equals(p.countryCode())) && (county == null || near(p, county))) {
        return p;
      }
    }
    if (county != null) {
      // "2 killed in Gaston County shootings": the county the opening names is nearer than the outlet's city
      return seat(county, doc);
    }
    IncidentPlace town = outletToo ? outlet.town(doc.article().title(), country) : null;
    town = town != null || !outletToo ? town : outlet.cityPlace(doc.article(), country);
    town = town == null ? null : counties.beyond(town, doc.text());
    town = town != null ? town : mostNamed(doc, r, country);
    town = town != null || !outletToo ? town : address.place(doc.article(), country);
    return town != null || !outletToo ? town : masthead.town(doc.article(), country);
  }

  /**
   * The town the toponym tagger found most often and most surely in the article (the highest sum of confidences), of
   * the given country when one is given: the last resort of a page whose incident, headline, police and outlet name
   * none ("the student had moved from Bakersfield"). Near the incident rather than at it: precision 2.
   */
  private IncidentPlace mostNamed(Annotated doc, Names r, String country) {
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
    return SentencePlace.build(best.name(), null, best.name(), best.place(), 2, ev);
  }

  /**
   * The town a headline opens with as the attribute of its subject, "Killeen 2-year-old in critical condition",
   * "Alturas shooting victims identified", "Dalton area boy, 8, dies": a name run of up to three proper nouns at the
   * start of the page title's headline, right before a count or a word of {@link #HEADLINE_HEADS}, that resolves to a
   * town (of the given country, when one is given). The part-of-speech and NER taggers read such names as people or
   * nothing; a local reader does not. Near the incident rather than at it: precision 2.
   */
  private IncidentPlace headlineTown(Annotated doc, Names r, String country) {
    Sentence s = HeadlineTown.headline(doc);
    if (s == null) {
      return null;
    }
    List<Token> t = s.tokens();
    int opening = t.size() > 1 && Quarters.DIRECTIONS.contains(t.get(0).lower()) ? 1 : 0;
    for (int first = opening; first < t.size(); first++) {
      if (!name(t.get(first)) || first > opening && name(t.get(first - 1))) {
        continue;
      }
      int last = first;
      while (last + 1 < t.size() && last - first < 2 && name(t.get(last + 1))) {
        last++;
      }
      if (last + 1 >= t.size()) {
        break;
      }
      // a count only after an opening name ("Killeen 2-year-old"); later, "Smith, 16," is a person's
      Token head = t.get(last + 1);
      if ((head.pos().equals("CD") && first == opening || HEADLINE_HEADS.contains(head.lower()))
          && !Quarters.streetOrQuarter(t, first, last)) {
        IncidentPlace p = town(doc.text(), s, r, first, last, country);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  private static boolean name(Token k) {
    return k.isProperNoun() && k.isCapitalised();
  }

  /** Nouns a headline's opening town name qualifies: "Killeen man", "Alturas shooting", "Dalton area boy". */
  static final Set<String> HEADLINE_HEADS = Set.of("man", "woman", "men", "women", "boy", "girl", "teen",
      "teenager", "child", "toddler", "youth", "couple", "family", "father", "mother", "resident", "residents",
      "shooting", "shootings", "homicide", "murder", "slaying", "area", "police", "officer", "student", "infant",
      "drive-by", "teens", "victim", "victims", "killing");

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
    return g.isPresent() && !City.is(g.get())
        && Geo.distanceKm(p.lat(), p.lon(), home.lat(), home.lon()) > 150;
  }

  /**
   * Whether the article names a division: its name, a name the toponym tagger resolved to it ("TYRONE, Mo."), or
   * its postal code in the dateline ({@link DatelineState}: "Hamilton County, TN (WDEF) –");
   * a county the tagger merely put in a state does not name the state.
   */
  private boolean named(String division, Annotated doc, List<Toponym> toponyms) {
    if (division == null || doc.text().contains(division) || DatelineState.names(division, doc, gazetteer)) {
      return division != null;
    }
    for (Toponym t : toponyms) {
      if (t.basis() != Toponym.Basis.CONTAINED && t.place() != null && t.place().kind() == GeoName.Kind.ADMIN1
          && t.place().name().equals(division)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a place lies outside what the incident's sentences named first: another country, or a town far from the
   * county they named ("Pasco County … the Oklahoma City Thunder").
   */
  private static boolean outside(IncidentPlace p, IncidentPlace fallback) {
    return fallback != null && fallback.countryCode() != null && !fallback.countryCode().equals(p.countryCode())
        || fallback != null && specificity(fallback) == COUNTY && specificity(p) == TOWN && !near(p, fallback);
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
  private IncidentPlace police(String text, Sentence s, Names r) {
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
  private IncidentPlace policeTown(String text, Sentence s, Names r, int last) {
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
  private IncidentPlace town(String text, Sentence s, Names r, int first, int last, String country) {
    Candidate c = new Candidate(first, last, s.text(text, first, last), "", s.span(first, last));
    Optional<GeoName> g = r.exactly(c.name(), r.resolve(c));
    return g.isPresent() && g.get().kind() == GeoName.Kind.POPULATED_PLACE
        && (country == null || country.equals(g.get().countryCode()))
        ? SentencePlace.build(c.name(), null, c.name(), g.get(), 2, SentencePlace.ev(text, s, c)) : null;
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
    return best == null ? filed : SentencePlace.build(filed.name(), null, null, best, 1, filed.evidence());
  }


  private static final int COUNTRY = 0;
  private static final int DIVISION = 1;
  private static final int COUNTY = 2;
  private static final int TOWN = 3;
  /** How far from a county's centre a town may be and still be in or next to it. */
  static final double COUNTY_REACH_KM = 40;

  /** {@link #TOWN}, {@link #COUNTY}, {@link #DIVISION} (a state or a region of a country) or {@link #COUNTRY}. */
  private static int specificity(IncidentPlace p) {
    String code = p.featureCode() == null ? "" : p.featureCode();
    return code.startsWith("PCL") ? COUNTRY : code.startsWith("PPL") ? TOWN : code.equals("ADM2") ? COUNTY
        : DIVISION;
  }

  private static boolean near(IncidentPlace town, IncidentPlace county) {
    return Geo.distanceKm(town.lat(), town.lon(), county.lat(), county.lon()) <= COUNTY_REACH_KM;
  }

  private static final Set<String> POLICE_QUALIFIERS = Set.of("metropolitan", "metro", "city", "municipal");

}
