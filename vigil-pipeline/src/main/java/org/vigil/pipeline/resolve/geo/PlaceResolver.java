package org.vigil.pipeline.resolve.geo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigil.geo.Country;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Geo;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Dateline;
import org.vigil.pipeline.annotate.RelatedLinks;
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
 * of the incident's sentences, or the town that takes its place ({@link FirstTown}), else the county, division or
 * country they name, made more precise by the dateline's town, the town the article is about ({@link LocalTown}:
 * headline, police force: {@link TownRun}; the outlet: {@link Outlet}, unless the one county the text names lies far
 * from it: {@link Counties#beyond}) or the town it names most,
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
  private final OutletClues clues;
  private final Outlet outlet;
  private final LocalTown local;
  private final SentencePlace sentence;
  private final Counties counties;
  private final Sections sections;
  private final Postal postal;
  private final CountyTown countyTown;
  private final HeadlineTown headlineTown;
  private final QuarterOf quarterOf;
  private final ResidentTown residentTown;
  private final ZipTown zipTown;
  private final FirstTown firstTown;
  private final DatelineName datelineName;
  private final LearnedHome learned;
  private final CountryTown countryTown;

  public PlaceResolver(Gazetteer gazetteer) {
    this(gazetteer, OutletHomes.NONE);
  }

  /** A resolver that knows the outlets' learned home towns ({@link OutletHomes}). */
  public PlaceResolver(Gazetteer gazetteer, OutletHomes homes) {
    this.gazetteer = gazetteer;
    this.learned = new LearnedHome(gazetteer, homes);
    this.clues = new OutletClues(gazetteer);
    this.outlet = new Outlet(gazetteer, clues, learned);
    this.sentence = new SentencePlace(gazetteer);
    this.counties = new Counties(gazetteer);
    this.sections = new Sections(gazetteer);
    this.quarterOf = new QuarterOf(gazetteer);
    this.postal = new Postal(gazetteer);
    this.countyTown = new CountyTown(gazetteer);
    this.headlineTown = new HeadlineTown(gazetteer);
    this.residentTown = new ResidentTown(gazetteer);
    this.zipTown = new ZipTown(gazetteer);
    this.firstTown = new FirstTown(gazetteer);
    this.datelineName = new DatelineName(gazetteer);
    this.countryTown = new CountryTown(gazetteer, clues, learned);
    this.local = new LocalTown(sentence, clues, counties, countyTown, new Address(gazetteer, counties),
        new Masthead(gazetteer), learned);
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
    // "Police in Lebanon" on a page of an outlet whose state has a Lebanon: the town, not the country
    IncidentPlace p = countryTown.over(placeOf(doc, toponyms, sentences, context), doc, toponyms);
    if (p == null) {
      return null;
    }
    p = headlineTown.over(p, doc, division -> named(division, doc, toponyms));
    List<GeoName> named = counties.named(doc.text());
    p = City.meant(p, gazetteer, division -> named(division, doc, toponyms), named, toponyms);
    p = counties.town(p, named, division -> named(division, doc, toponyms));
    // a small town of a state the page never names may be a bare county of the state it names ("in Laurel" under
    // "Kentucky State Police")
    p = counties.ofNamedState(p, division -> named(division, doc, toponyms));
    // a town by a county the article names is that county's, whatever the outlet ("JACKSONVILLE, ONSLOW COUNTY –")
    p = p.lat() != null && Counties.near(p.lat(), p.lon(), named) ? p : outlet.namesake(p, doc, toponyms);
    // a far town with a police force of its own is no quarter of the outlet's city ("a North Charleston cycle shop
    // … North Charleston Police Department investigators" on a Shreveport station's page)
    // nor a section of a city ("Universal City Police said" of the Texas town, not Los Angeles's section)
    p = quarterOf.town(p, doc.text());
    p = OwnForce.named(p.name(), doc.text()) ? p : sections.town(outlet.home(p, doc, toponyms, countryContext(doc)));
    p = zipTown.filed(zipTown.near(postal.town(p, doc.text(), doc.article().title()), doc.text()), doc);
    p = zipTown.named(p, doc.article().title(), doc.text());
    return countyTown.over(p, doc);
  }

  private IncidentPlace placeOf(Annotated doc, List<Toponym> toponyms, List<Sentence> sentences,
      Set<String> context) {
    Dateline.Found dateline = Dateline.find(doc);
    // the outlet's country, else the page's own word for it: an American institution ("the 600 block of", a sheriff)
    String own = clues.country(doc.article());
    Names r = new Names(gazetteer, toponyms, context, countryContext(doc), own != null ? own : UsPage.country(doc));
    // each sentence's police forces, read once for the first town's stages and the town the article is about
    Forces forces = new Forces(doc.text(), r);
    // the first place of the incident's sentences that names a town wins; a country or a region of one is kept as
    // the fallback, and fixes the country later towns must be in (a story about an attack in Algeria that mentions
    // Sydney as a victim's home town stays in Algeria)
    IncidentPlace fallback = null;
    // the county of a person of the story ("a Marion County man"): the fallback only when no other is found
    IncidentPlace homeCounty = null;
    // where the report was filed: the names before the dateline's dash, read even where the tagger alone saw a
    // place ("STERLING –" is a common noun to the part-of-speech tagger)
    IncidentPlace filed = dateline == null ? null
        : datelineTown(sentence.find(doc.text(), doc.sentences().get(dateline.sentence()), r, 0,
            dateline.end() - 1, true));
    // a town in capitals before the state, where the taggers saw only the state ("SAINT JOSEPH, Mich.")
    filed = datelineName.over(filed, doc, dateline);
    IncidentPlace home = filed != null && specificity(filed) == TOWN ? filed : null;
    // the town of a hospital the wounded were taken to ("taken to Advocate Christ Medical Center in Oak Lawn"): near
    // the incident, but the town of any other clue is nearer
    IncidentPlace treated = null;
    // a video playlist's titles and a widget's captions name other stories' towns ("0:43 Homeless man found dead in
    // Parkland" above an Auburn page's story); a headline in the body may be the same story's earlier report: read
    Set<Integer> links = RelatedLinks.furniture(doc.text(), doc.sentences());
    for (Sentence s : sentences) {
      if (links.contains(s.index())) {
        continue;
      }
      int from = dateline != null && dateline.sentence() == s.index() ? dateline.end() + 1 : 0;
      IncidentPlace p = sentence.find(doc.text(), s, r, from, Integer.MAX_VALUE, false);
      if (p == null) {
        continue;
      }
      // a town far from the county named first may be the namesake that lies by another county of its name ("shot
      // in Paulding County … at a home in Dallas": Georgia's Dallas and Paulding County, not Texas' and Ohio's)
      // a person's county fences towns out too, but not the town the shooting itself is told in ("A Marion County
      // man pleaded guilty … to a shooting at a festival in Williston")
      IncidentPlace fence = fallback != null || homeCounty == null || ShootingClause.names(s, p) ? fallback
          : homeCounty;
      IncidentPlace paired = outside(p, fence) && specificity(fence) == COUNTY && specificity(p) == TOWN
          ? counties.pair(fence, p) : null;
      if (paired != null) {
        p = withPrecision(paired, p.precision());
      } else if (outside(p, fence)) {
        continue;
      }
      if (specificity(p) == TOWN && HospitalTown.named(doc.text(), p)) {
        treated = treated == null ? p : treated;
        continue;
      }
      if (p.precision() >= 3 || specificity(p) == COUNTY) {
        // a county named as where a person is from ("a Marion County man") is the fallback only where the sentences
        // name nothing closer
        if (specificity(p) == COUNTY && SentencePlace.resident(s, p)) {
          homeCounty = homeCounty == null ? p : homeCounty;
          continue;
        }
        if (fallback == null || specificity(p) > specificity(fallback)) {
          fallback = p;
        }
        continue;
      }
      IncidentPlace fallbackNow = fallback != null ? fallback : homeCounty;
      return firstTown.of(p, s, sentences, doc, home,
          x -> sentence.find(doc.text(), x, r, dateline != null && dateline.sentence() == x.index()
              ? dateline.end() + 1 : 0, Integer.MAX_VALUE, false),
          q -> specificity(q) == TOWN && q.precision() < 3 && !outside(q, fallbackNow),
          forces::of,
          (x, first, last) -> sentence.find(doc.text(), x, r, Math.max(first, dateline != null
              && dateline.sentence() == x.index() ? dateline.end() + 1 : 0), last, false));
    }
    fallback = homeCounty != null && (fallback == null || specificity(fallback) < COUNTY) ? homeCounty : fallback;
    if (fallback != null && specificity(fallback) == COUNTY) {
      // a county of a state the article never names is the namesake of a state it names or of the outlet's area,
      // before any town is judged by it ("Orange County authorities" on an Orlando station's page had been Texas's)
      IncidentPlace county = counties.stated(fallback, division -> served(division, doc, toponyms), outletTown(doc));
      // "in Stokes County": a town the article names next to it (the dateline's, the headline's, the police's) is
      // nearer the incident than the county's centre
      // (the outlet's own city is no such town: "2 killed in Gaston County shootings" on a Charlotte paper's page)
      IncidentPlace town = home != null && near(home, county) ? home
          : local.of(doc, sentences, r, forces, county.countryCode(), false);
      if (town != null && near(town, county)) {
        return withPrecision(town, 2);
      }
      if (treated != null && near(treated, county)) {
        return withPrecision(treated, 2);
      }
      // a town far from the county, the outlet's too: a namesake of each may lie together in another state
      IncidentPlace far = town != null ? town : local.of(doc, sentences, r, forces, county.countryCode(), true);
      IncidentPlace paired = far != null && near(far, county) ? null : counties.pair(county, far != null ? far : home);
      return paired != null ? paired : local.seat(county, doc);
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
          ? counties.stated(filed, division -> served(division, doc, toponyms), outletTown(doc)) : filed;
      return withPrecision(county, specificity(filed) == TOWN ? 2 : 3);
    }
    if (fallback == null || specificity(fallback) <= DIVISION) {
      // the hospital's country is the incident's: "rushed to Southside Regional Medical Center in Petersburg" keeps
      // the article's most named town out of Russia
      String country = fallback != null ? fallback.countryCode() : treated != null ? treated.countryCode() : null;
      IncidentPlace about = local.of(doc, sentences, r, forces, country, true);
      if (about != null) {
        return about;
      }
    }
    return treated != null && (fallback == null || specificity(fallback) <= DIVISION
        && Objects.equals(fallback.countryCode(), treated.countryCode())) ? withPrecision(treated, 2)
        : residentTown.over(counties.lone(zipTown.over(fallback, doc.text()), doc.text()), doc);
  }


  /**
   * The town the outlet serves, to tell a county's namesakes apart: the city it is named after
   * ({@link OutletClues#city}), else the town its other pages are about ({@link LearnedHome}: "Orange County" on an
   * Orlando station's page whose host names no town is Florida's, not Texas'). Null when there is neither.
   */
  private GeoName outletTown(Annotated doc) {
    GeoName city = clues.city(doc.article());
    return city != null ? city : learned.of(doc.article());
  }

  /**
   * Whether the article names a division ({@link #named}) or the outlet's other pages place their incidents in it
   * ({@link LearnedHome#state}): where a county of that name lies, when the article leaves its state unsaid.
   */
  private boolean served(String division, Annotated doc, List<Toponym> toponyms) {
    return named(division, doc, toponyms) || division != null && division.equals(learned.state(doc.article()));
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
  static IncidentPlace withPrecision(IncidentPlace p, int precision) {
    return new IncidentPlace(p.name(), p.locality(), p.near(), p.resolvedName(), p.geonameId(), p.lat(), p.lon(),
        p.admin1(), p.countryCode(), p.featureCode(), precision, p.evidence());
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
  static final int COUNTY = 2;
  static final int TOWN = 3;
  /** How far from a county's centre a town may be and still be in or next to it. */
  static final double COUNTY_REACH_KM = 40;

  /** {@link #TOWN}, {@link #COUNTY}, {@link #DIVISION} (a state or a region of a country) or {@link #COUNTRY}. */
  static int specificity(IncidentPlace p) {
    String code = p.featureCode() == null ? "" : p.featureCode();
    return code.startsWith("PCL") ? COUNTRY : code.startsWith("PPL") ? TOWN : code.equals("ADM2") ? COUNTY
        : DIVISION;
  }

  /** Whether a town lies in or next to a county: within {@link #COUNTY_REACH_KM} of its centre. */
  static boolean near(IncidentPlace town, IncidentPlace county) {
    return Geo.distanceKm(town.lat(), town.lon(), county.lat(), county.lon()) <= COUNTY_REACH_KM;
  }

}
