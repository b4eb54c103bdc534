package org.vigil.store.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import org.vigil.geo.Gazetteer;
import org.vigil.model.IncidentType;
import org.vigil.model.TimePrecision;

/**
 * Scores how likely two reports describe the same incident. Text similarity (IDF-weighted cosine of content words:
 * names, streets, venues) carries most of the evidence; date, place, type and named organisations add a little when
 * they agree and take away a lot when they disagree firmly. A firm date gap of {@link MergeOptions#firmDayVeto()}
 * days or more is a veto, so that two attacks a week apart in the same city stay apart whatever their wording. Full
 * names of people that both reports mention and few stored reports do ({@link Persons}) are strong evidence: each
 * adds {@link MergeOptions#personWeight()}, and two of them, or one when the two reports' capitalised words also
 * agree (names cosine at least {@value #ONE_PERSON_NAMES}), lift the date veto up to
 * {@link MergeOptions#personDays()} days (a follow-up on an arrest or a trial) unless the ages the two give all differ
 * ({@link #agesDiffer}). A report whose headline reads as a later step of the story ({@link ReportFeatures#followUp()}:
 * "Man charged in …") and is dated up to {@value #FOLLOW_UP_DAYS} days after the other is not vetoed for its date: the
 * gap costs at most
 * {@value #FOLLOW_UP_COST}, so that only a close text carries it; so is a report whose article recalls an earlier
 * incident on the other's day ("… charged in the May 25 shooting", {@link ReportFeatures#recalled()}), or the other
 * way round. A main report dated by a year only ({@link ReportFeatures#yearOnly()}: "in 2013") may be any day of the
 * {@value #YEAR_ONLY_DAYS} days before its news. Two firm points far apart cost nothing when the reports name their
 * place alike ({@link #samePlaceName}: a town resolved to a namesake elsewhere). A "name" that is a place's in the
 * gazetteer ("Baton Rouge", {@link PlaceNames}) is no person and counts for nothing. Two reports of one outlet
 * ({@link Outlet}) cost {@value #SAME_OUTLET_COST}: an outlet updates its own story in place, so two of its pages are
 * more often two stories than two outlets' pages are, and they share the outlet's page words. The ages the two
 * reports give ({@link Ages}) add {@value #AGE_WEIGHT} when one is shared and cost as much when all differ. The two
 * main reports' headlines add {@value #HEADLINE_WEIGHT} per unit of their cosine above {@value #HEADLINE_OFFSET} and
 * cost as much below it ({@link #headline}). A street both name, and few stored reports do ({@link Streets}), adds
 * {@value #STREET_WEIGHT}. Stateless and thread-safe.
 */
public final class MatchScorer {
  /**
   * A pair's score and its parts; {@link #reason()} is the short account stored with the report as the reason of
   * the merge (written only for the pair that wins, since formatting costs more than scoring).
   */
  public record Score(double value, double text, double words, double names, double time, double place,
      double type, double actor, double persons, double outlet, double ages, double headline, double streets,
      String veto) {
    static final Score VETO = vetoed("veto");

    static Score vetoed(String why) {
      return new Score(Double.NEGATIVE_INFINITY, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, why);
    }

    public boolean vetoed() {
      return value == Double.NEGATIVE_INFINITY;
    }

    /**
     * "score 1.23 = text … + time … + place … + type … + actor … + persons …", then "+ outlet …" when the two are
     * of one outlet, "+ ages …" when both give ages, "+ headline …" when both have a headline and "+ streets …"
     * when they name a rare street alike; or the veto.
     */
    public String reason() {
      if (veto != null) {
        return veto;
      }
      return String.format(java.util.Locale.ROOT,
          "score %.2f = text %.2f (words %.2f, names %.2f) + time %.2f + place %.2f + type %.2f + actor %.2f"
          + " + persons %.2f", value, text, words, names, time, place, type, actor, persons)
          + (outlet == 0 ? "" : String.format(java.util.Locale.ROOT, " + outlet %.2f", outlet))
          + (ages == 0 ? "" : String.format(java.util.Locale.ROOT, " + ages %.2f", ages))
          + (headline == 0 ? "" : String.format(java.util.Locale.ROOT, " + headline %.2f", headline))
          + (streets == 0 ? "" : String.format(java.util.Locale.ROOT, " + streets %.2f", streets));
    }
  }

  /** A person's name mentioned by at most this many stored reports counts as rare. */
  static final int RARE_DF = 25;

  /** The names cosine at which one shared rare person lifts the date veto (two always do). */
  static final double ONE_PERSON_NAMES = 0.3;

  /** A follow-up report ({@link ReportFeatures#followUp()}) may be about an incident this many days before its date. */
  public static final int FOLLOW_UP_DAYS = 60;

  /** What a follow-up's date costs at most, however far after the incident (a firm gap would veto it). */
  static final double FOLLOW_UP_COST = 1.5;

  /** A main report dated by a year only ({@link ReportFeatures#yearOnly()}) may be this many days before its news. */
  public static final int YEAR_ONLY_DAYS = 365;

  /**
   * What two reports of one outlet ({@link ReportFeatures#outlet()}) cost: an outlet updates its own story in place,
   * so two of its pages are mostly two stories, and their shared page words (sections, staff, the station's name)
   * lift their text.
   */
  static final double SAME_OUTLET_COST = 0.5;

  /**
   * What a shared age adds, and what ages that all differ cost ({@link Ages}: "a 17-year-old", "Jane Roe, 23,"): two
   * accounts of one shooting give the victim's age alike however else they word it, two shootings of one city and
   * week seldom do.
   */
  static final double AGE_WEIGHT = 1.0;

  /**
   * What the IDF-weighted cosine of two main reports' headlines ({@link ReportFeatures#headline()}) adds per unit
   * above {@value #HEADLINE_OFFSET}, and costs below it: two outlets' headlines of one shooting share its rare words
   * ("children's football game", the town, "13-month-old") when the pages' bodies, cluttered with a site's other
   * stories, share little; two pages of one city's different shootings seldom do.
   */
  static final double HEADLINE_WEIGHT = 3.0;

  /**
   * What a street both reports name ({@link Streets}: "Copeland Street") adds when few stored reports name it (at
   * most {@value #RARE_DF}): two accounts of one shooting often give its street however else they word it, and in a
   * long page the full text weighs the name too little (of the candidates scored just under the threshold on articles
   * 1–2,000 of GVA dev, those sharing such a street were all of one incident).
   */
  static final double STREET_WEIGHT = 1.0;

  /** The headlines' cosine below which they count against a match. */
  static final double HEADLINE_OFFSET = 0.15;

  private final MergeOptions options;
  private final Gazetteer gazetteer;

  /**
   * @param options the merge's knobs
   * @param gazetteer tells two-word places from people's names ({@link PlaceNames}); the caller's, so that a process
   *     that also runs the pipeline holds one copy
   */
  public MatchScorer(MergeOptions options, Gazetteer gazetteer) {
    this.options = Objects.requireNonNull(options);
    this.gazetteer = Objects.requireNonNull(gazetteer);
  }

  public MergeOptions options() {
    return options;
  }

  /** The score of a new report against one report already in an incident. */
  public Score score(ReportFeatures r, ReportFeatures m, Idf idf) {
    if (r.articleId() != 0 && r.articleId() == m.articleId()) {
      return Score.VETO;
    }
    int shared = sharedRare(r.persons(), m.persons(), idf);
    double time = time(r, m);
    if (time == Double.NEGATIVE_INFINITY) {
      boolean followUp = (shared >= 2 || (shared == 1 && cosine(r.names(), m.names(), idf) >= ONE_PERSON_NAMES))
          && !agesDiffer(r, m);
      if (!followUp || !within(r, m, options.personDays())) {
        return Score.vetoed("veto: dates " + r.day() + " / " + m.day());
      }
      time = -0.5; // a follow-up (an arrest, a trial) that names the same people
    }
    double persons = options.personWeight() * Math.min(shared, 2);
    double place = place(r, m);
    double type = type(r, m);
    double actor = !r.actorTerms().isEmpty() && !m.actorTerms().isEmpty()
        ? (intersects(r.actorTerms(), m.actorTerms()) ? 0.5 : -0.25) : 0.0;
    double cos = cosine(r.terms(), m.terms(), idf);
    double nameCos = cosine(r.names(), m.names(), idf);
    double text = options.textWeight() * (cos - options.textOffset())
        + options.nameWeight() * (nameCos - options.nameOffset());
    double outlet = sameOutlet(r, m) ? -SAME_OUTLET_COST : 0.0;
    double ages = ages(r, m);
    double headline = headline(r, m, idf);
    double streets = sharesRareStreet(r, m, idf) ? STREET_WEIGHT : 0.0;
    double total = text + time + place + type + actor + persons + outlet + ages + headline + streets;
    return new Score(total, text, cos, nameCos, time, place, type, actor, persons, outlet, ages, headline, streets,
        null);
  }

  /**
   * How many full names of people both reports mention are rare in the store (in at most {@value #RARE_DF} reports):
   * a victim's or a suspect's name, not a city's official or a common name. Names of places are not counted.
   */
  int sharedRare(Set<String> a, Set<String> b, Idf idf) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double rare = rareIdf(idf);
    int n = 0;
    for (String t : a) {
      if (b.contains(t) && idf.of(t) >= rare - 1e-9 && !PlaceNames.isPlace(t, gazetteer)) {
        n++;
      }
    }
    return n;
  }

  /** The IDF of a term in {@value #RARE_DF} stored reports: rarer terms weigh at least this. */
  private static double rareIdf(Idf idf) {
    return idf.of("\0") - Math.log(RARE_DF + 1.0);
  }

  /** True when both reports name a street ({@link ReportFeatures#streets()}) that at most {@value #RARE_DF} do. */
  static boolean sharesRareStreet(ReportFeatures r, ReportFeatures m, Idf idf) {
    if (r.streets().isEmpty() || m.streets().isEmpty()) {
      return false;
    }
    double rare = rareIdf(idf);
    for (String s : r.streets()) {
      if (m.streets().contains(s) && idf.of(s) >= rare - 1e-9) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a member of an incident is dated {@link MergeOptions#firmDayVeto()} days or more after the incident's
   * own day: its date is a later step's (an arrest, a trial, a funeral), so its veto of a new report's date does not
   * speak for the incident.
   *
   * @param member a member of the incident
   * @param incidentDay the day the incident is dated on, or null
   */
  public boolean laterThan(ReportFeatures member, LocalDate incidentDay) {
    LocalDate d = member.day();
    return d != null && incidentDay != null && ChronoUnit.DAYS.between(incidentDay, d) >= options.firmDayVeto();
  }

  /**
   * What the ages two reports give ({@link ReportFeatures#ages()}) add: {@link #AGE_WEIGHT} when they share one,
   * minus {@link #AGE_WEIGHT} when both give ages and all differ, nothing when either gives none.
   */
  static double ages(ReportFeatures r, ReportFeatures m) {
    if (r.ages().isEmpty() || m.ages().isEmpty()) {
      return 0.0;
    }
    return intersects(r.ages(), m.ages()) ? AGE_WEIGHT : -AGE_WEIGHT;
  }

  /**
   * True when both reports give ages ({@link Ages}) and none is shared: they tell of different people, so a name they
   * share does not make the later one a follow-up of the earlier (one station's pages on two double murders of its
   * city two months apart shared one name, the victims' ages all differed).
   */
  static boolean agesDiffer(ReportFeatures r, ReportFeatures m) {
    return ages(r, m) < 0;
  }

  /**
   * What the two reports' headlines add ({@link #HEADLINE_WEIGHT}): nothing when either has none (a background
   * report, an article without a title).
   */
  static double headline(ReportFeatures r, ReportFeatures m, Idf idf) {
    if (r.headline().isEmpty() || m.headline().isEmpty()) {
      return 0.0;
    }
    return HEADLINE_WEIGHT * (cosine(r.headline(), m.headline(), idf) - HEADLINE_OFFSET);
  }

  /** True when both reports' articles were published by one outlet. */
  static boolean sameOutlet(ReportFeatures r, ReportFeatures m) {
    return r.outlet() != null && r.outlet().equals(m.outlet());
  }

  private static boolean within(ReportFeatures r, ReportFeatures m, int days) {
    LocalDate a = r.day();
    LocalDate b = m.day();
    return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= days;
  }

  /**
   * What the two dates add: a firm day matched, a firm gap's cost, a veto. A follow-up ({@link #followUpOf}), or a
   * report whose article recalls the other's day ({@link #recalls}), costs at most {@link #FOLLOW_UP_COST} instead:
   * it is dated by its own later step.
   */
  private double time(ReportFeatures r, ReportFeatures m) {
    double t = dates(r, m);
    return t < -FOLLOW_UP_COST && (followUpOf(r, m) || recalls(r, m) || recalls(m, r)) ? -FOLLOW_UP_COST : t;
  }

  /**
   * True when {@code later}'s article recalls an incident ({@link ReportFeatures#recalled()}) on a day of
   * {@code earlier}'s range or next to it.
   */
  static boolean recalls(ReportFeatures later, ReportFeatures earlier) {
    if (later.recalled().isEmpty() || earlier.day() == null) {
      return false;
    }
    LocalDate[] e = range(earlier);
    for (LocalDate d : later.recalled()) {
      if (!d.isBefore(e[0].minusDays(1)) && !d.isAfter(e[1].plusDays(1))) {
        return true;
      }
    }
    return false;
  }

  private double dates(ReportFeatures r, ReportFeatures m) {
    LocalDate a = r.day();
    LocalDate b = m.day();
    if (a == null || b == null) {
      return 0.0;
    }
    if (r.firmDate() && m.firmDate()) {
      long d = Math.abs(ChronoUnit.DAYS.between(a, b));
      if (d >= options.firmDayVeto()) {
        return Double.NEGATIVE_INFINITY;
      }
      return d == 0 ? 1.0 : d == 1 ? 0.5 : -options.firmDayPenalty() * (d - 1);
    }
    long gap = gap(range(r), range(m));
    if (gap > 3L * options.candidateDays()) {
      return Double.NEGATIVE_INFINITY;
    }
    return gap == 0 ? 0.25 : gap <= 2 ? 0.0 : -0.5 * Math.min(gap, 10);
  }

  /**
   * The days a report's incident may have happened on: one day when firm, else a month, a year, or the week before
   * publication.
   */
  public static LocalDate[] range(ReportFeatures f) {
    if (f.yearOnly()) {
      return new LocalDate[] {f.published().minusDays(YEAR_ONLY_DAYS), f.published()};
    }
    LocalDate d = f.day();
    if (f.firmDate() || f.start() == null) {
      LocalDate hi = d;
      LocalDate lo = f.start() == null ? d.minusDays(7) : d; // no date at all: the week before publication
      return new LocalDate[] {lo, hi};
    }
    LocalDate lo = f.start();
    LocalDate hi = f.end();
    if (f.precision() == TimePrecision.DAY && "publication-date-assumed".equals(f.timeRule())) {
      lo = hi.minusDays(7);
    }
    if (f.published() != null && hi.isAfter(f.published())) {
      hi = f.published().isBefore(lo) ? lo : f.published();
    }
    return new LocalDate[] {lo, hi};
  }

  /**
   * True when one of the two is a follow-up ({@link ReportFeatures#followUp()}) dated after the other's range, by at
   * most {@link #FOLLOW_UP_DAYS} days.
   */
  static boolean followUpOf(ReportFeatures r, ReportFeatures m) {
    return follows(r, m) || follows(m, r);
  }

  private static boolean follows(ReportFeatures later, ReportFeatures earlier) {
    if (!later.followUp()) {
      return false;
    }
    LocalDate[] e = range(earlier);
    long d = ChronoUnit.DAYS.between(e[0], later.day());
    return d >= 0 && d <= FOLLOW_UP_DAYS;
  }

  private static long gap(LocalDate[] x, LocalDate[] y) {
    if (x[1].isBefore(y[0])) {
      return ChronoUnit.DAYS.between(x[1], y[0]);
    }
    if (y[1].isBefore(x[0])) {
      return ChronoUnit.DAYS.between(y[1], x[0]);
    }
    return 0;
  }

  private double place(ReportFeatures r, ReportFeatures m) {
    double s = 0.0;
    if (r.countryCode() != null && m.countryCode() != null && !r.countryCode().equals(m.countryCode())) {
      s -= 2.0;
    } else if (r.lat() != null && m.lat() != null) {
      double km = Geo.km(r.lat(), r.lon(), m.lat(), m.lon());
      boolean firm = r.firmPlace() && m.firmPlace();
      if (km <= 10) {
        s += firm ? 0.5 : 0.25;
      } else if (km <= 40) {
        s += 0.0;
      } else if (firm && !samePlaceName(r, m)) {
        // mild: a town resolved to a namesake elsewhere is a common geocoding error, and the text can say so
        s -= Math.min(1.5, 0.5 + km / 200.0);
      }
    }
    if (intersects(r.placeTerms(), m.placeTerms())) {
      s += 0.25;
    }
    return s;
  }

  /** True when both reports name their place alike ("St. Charles" / "St Charles"), wherever it was resolved. */
  static boolean samePlaceName(ReportFeatures r, ReportFeatures m) {
    return r.place() != null && m.place() != null && !Terms.of(r.place()).isEmpty()
        && Terms.of(r.place()).equals(Terms.of(m.place()));
  }

  private static double type(ReportFeatures r, ReportFeatures m) {
    if (r.types().get(0) == m.types().get(0)) {
      return 0.25;
    }
    Set<IncidentType> a = r.typeSet();
    a.retainAll(m.typeSet());
    return a.isEmpty() ? -0.75 : 0.0;
  }

  /** IDF-weighted cosine of two sets of terms (binary vectors). */
  public static double cosine(Set<String> a, Set<String> b, Idf idf) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    double na = 0;
    double dot = 0;
    for (String t : a) {
      double w = idf.of(t);
      na += w * w;
      if (b.contains(t)) {
        dot += w * w;
      }
    }
    double nb = 0;
    for (String t : b) {
      double w = idf.of(t);
      nb += w * w;
    }
    return dot == 0 ? 0.0 : dot / Math.sqrt(na * nb);
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
