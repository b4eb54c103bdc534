package org.vigil.store.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.TreeSet;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.vigil.model.ActorKind;
import org.vigil.model.Incident;
import org.vigil.model.IncidentPlace;
import org.vigil.model.IncidentTime;
import org.vigil.model.IncidentType;
import org.vigil.model.Perpetrator;
import org.vigil.model.Quote;
import org.vigil.model.Span;
import org.vigil.model.Status;
import org.vigil.model.Target;
import org.vigil.model.TimePrecision;
import org.vigil.model.TypeAssignment;
import org.vigil.model.Victim;

/**
 * What the merge compares of one report (one article's account of one incident): types, date and how firm it is,
 * coordinates and place names, organisations named as perpetrators, and the content words of the report's sentences.
 *
 * @param articleId the stored article (0 while not stored)
 * @param status main or background in its article
 * @param types the types, first = primary; never empty
 * @param start first day, or null when unknown (then {@code published} stands in)
 * @param end last day, or null
 * @param precision precision of the date
 * @param timeRule how the date was resolved ({@code explicit}, {@code publication-date-assumed}, …)
 * @param lat latitude or null
 * @param lon longitude or null
 * @param geoPrecision ACLED precision 1–3, 0 when unresolved
 * @param countryCode ISO alpha-2 or null
 * @param place place name as written, or null
 * @param placeTerms words of the place names (written and resolved)
 * @param actorTerms words of organisations named as perpetrators
 * @param terms content words of the report's sentences and headline (a web page's furniture left out:
 *     {@link Furniture})
 * @param names names in the report's sentences and headline (capitalised words that do not open a sentence)
 * @param persons full names of people in the report's sentences and headline ({@link Persons}), keyed
 *     {@code first_last}
 * @param published the article's publication date, or null
 * @param followUp the report's headline reads as a later step of the story ({@link #followUp(Status, String)}): its
 *     own date is likely that step's (an arrest, a trial, a funeral), not the incident's
 * @param recalled for a main report: the firm days of the earlier incidents its article recalls ("the May 25
 *     shooting"; {@link #recalledDays}), in order; empty for a background report
 * @param outlet the site that published the article ({@link Outlet#of}: "suntimes.com"), or null when unknown
 * @param ages the ages of the people the report's sentences and headline describe ({@link Ages}: "17", "13m")
 * @param headline for a main report: the content words of its article's headline, without the outlet's part
 *     ({@link #headlineTerms}); empty for a background report or an article without a title
 * @param streets the streets the report's sentences and headline name ({@link Streets}: "copeland_street")
 */
public record ReportFeatures(long articleId, Status status, List<IncidentType> types, LocalDate start, LocalDate end,
    TimePrecision precision, String timeRule, Double lat, Double lon, int geoPrecision, String countryCode,
    String place, Set<String> placeTerms, Set<String> actorTerms, Set<String> terms, Set<String> names,
    Set<String> persons, LocalDate published, boolean followUp, Set<LocalDate> recalled, String outlet,
    Set<String> ages, Set<String> headline, Set<String> streets) {

  /** Date rules that only say "on or before the publication date" or give a month or year: weak evidence. */
  private static final Set<String> WEAK_RULES = Set.of("publication-date-assumed", "month-on-or-before-publication",
      "month-of-last-year", "month-of-year-named-before", "explicit-year", "unresolved-no-anchor",
      "unresolved-that-year-without-year");

  public ReportFeatures {
    Objects.requireNonNull(status, "status");
    types = List.copyOf(types);
    if (types.isEmpty()) {
      throw new IllegalArgumentException("a report needs a type");
    }
    // insertion-ordered, so that the stored word lists are the same in every run (Set.copyOf's order is not)
    placeTerms = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(placeTerms));
    actorTerms = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(actorTerms));
    terms = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(terms));
    names = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(names));
    persons = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(persons));
    recalled = java.util.Collections.unmodifiableSet(new TreeSet<>(recalled));
    ages = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ages));
    headline = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(headline));
    streets = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(streets));
  }

  /**
   * A report that recalls no other incident, of an unknown outlet, without ages, headline or streets (the
   * {@code with…} copies add them).
   */
  public ReportFeatures(long articleId, Status status, List<IncidentType> types, LocalDate start, LocalDate end,
      TimePrecision precision, String timeRule, Double lat, Double lon, int geoPrecision, String countryCode,
      String place, Set<String> placeTerms, Set<String> actorTerms, Set<String> terms, Set<String> names,
      Set<String> persons, LocalDate published, boolean followUp) {
    this(articleId, status, types, start, end, precision, timeRule, lat, lon, geoPrecision, countryCode, place,
        placeTerms, actorTerms, terms, names, persons, published, followUp, Set.of(), null, Set.of(), Set.of(),
        Set.of());
  }

  /** A copy that recalls the given days (a main report's, {@link #recalledDays}). */
  public ReportFeatures withRecalled(Collection<LocalDate> days) {
    return new ReportFeatures(articleId, status, types, start, end, precision, timeRule, lat, lon, geoPrecision,
        countryCode, place, placeTerms, actorTerms, terms, names, persons, published, followUp,
        new TreeSet<>(days), outlet, ages, headline, streets);
  }

  /** A copy published by the given outlet ({@link Outlet#of}). */
  public ReportFeatures withOutlet(String site) {
    return new ReportFeatures(articleId, status, types, start, end, precision, timeRule, lat, lon, geoPrecision,
        countryCode, place, placeTerms, actorTerms, terms, names, persons, published, followUp, recalled, site, ages,
        headline, streets);
  }

  /** A copy that gives these ages ({@link Ages}). */
  public ReportFeatures withAges(Set<String> given) {
    return new ReportFeatures(articleId, status, types, start, end, precision, timeRule, lat, lon, geoPrecision,
        countryCode, place, placeTerms, actorTerms, terms, names, persons, published, followUp, recalled, outlet,
        given, headline, streets);
  }

  /** A copy with these headline words ({@link #headlineTerms}). */
  public ReportFeatures withHeadline(Set<String> words) {
    return new ReportFeatures(articleId, status, types, start, end, precision, timeRule, lat, lon, geoPrecision,
        countryCode, place, placeTerms, actorTerms, terms, names, persons, published, followUp, recalled, outlet,
        ages, words, streets);
  }

  /** A copy that names these streets ({@link Streets}). */
  public ReportFeatures withStreets(Set<String> named) {
    return new ReportFeatures(articleId, status, types, start, end, precision, timeRule, lat, lon, geoPrecision,
        countryCode, place, placeTerms, actorTerms, terms, names, persons, published, followUp, recalled, outlet,
        ages, headline, named);
  }

  /** A copy with the stored article's id. */
  public ReportFeatures withArticle(long id) {
    return new ReportFeatures(id, status, types, start, end, precision, timeRule, lat, lon, geoPrecision,
        countryCode, place, placeTerms, actorTerms, terms, names, persons, published, followUp, recalled, outlet,
        ages, headline, streets);
  }

  /**
   * The days of an article's background reports read from the text as a day ("the May 25 shooting", "on Monday"; not
   * the publication date assumed): what its main report recalls. A follow-up ("… charged in the May 25 shooting")
   * is dated by its own news but recalls the incident's day.
   *
   * @param reports the features of all the article's reports
   */
  public static Set<LocalDate> recalledDays(List<ReportFeatures> reports) {
    Set<LocalDate> out = new TreeSet<>();
    for (ReportFeatures f : reports) {
      if (f.status() == Status.HISTORICAL && f.start() != null && f.precision() == TimePrecision.DAY
          && !"publication-date-assumed".equals(f.timeRule())) {
        out.add(f.start());
      }
    }
    return out;
  }

  /**
   * The features of one extracted incident.
   *
   * @param incident the incident as its article reports it
   * @param articleId the stored article's id
   * @param published the article's publication date, or null
   * @param title the article's headline (counted for main incidents only), or null
   * @param text the article's cleaned text that the incident's spans refer to, or null (then the evidence phrases
   *     are used); sentences that read as the page's furniture ({@link Furniture}: sign-up, notification, paywall
   *     and copyright lines) are left out of the words, names, persons, ages and streets
   */
  public static ReportFeatures of(Incident incident, long articleId, LocalDate published, String title,
      String text) {
    IncidentTime t = incident.time();
    LocalDate start = t == null ? null : t.start();
    LocalDate end = t == null ? null : t.end();
    IncidentPlace p = incident.place();
    Set<String> placeTerms = new LinkedHashSet<>();
    if (p != null) {
      for (String s : new String[] {p.name(), p.locality(), p.near(), p.resolvedName()}) {
        placeTerms.addAll(Terms.of(s));
      }
    }
    Set<String> actors = new LinkedHashSet<>();
    for (Perpetrator perp : incident.perpetrators()) {
      if (perp.kind() == ActorKind.ORGANISATION) {
        actors.addAll(Terms.of(perp.description()));
      }
    }
    StringBuilder words = new StringBuilder();
    if (incident.status() == Status.MAIN && title != null) {
      words.append(headline(title)).append('\n');
    }
    if (text != null && !incident.sentences().isEmpty()) {
      for (Span s : incident.sentences()) {
        if (s.end() <= text.length() && !Furniture.of(s.of(text))) {
          words.append(s.of(text)).append('\n');
        }
      }
    } else {
      evidenceWords(incident, words);
    }
    List<IncidentType> types = new ArrayList<>();
    for (TypeAssignment ta : incident.types()) {
      if (!types.contains(ta.type())) {
        types.add(ta.type());
      }
    }
    return new ReportFeatures(articleId, incident.status(), types, start, end,
        t == null ? TimePrecision.UNRESOLVED : t.precision(), t == null ? null : t.rule(),
        p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? 0 : p.precision(),
        p == null || p.countryCode() == null ? null : p.countryCode().toUpperCase(Locale.ROOT),
        p == null ? null : p.name(), placeTerms, actors, Terms.of(words), Terms.names(words), Persons.of(words),
        published, followUp(incident.status(), title), Set.of(), null, Ages.of(words),
        headlineTerms(incident.status(), title), Streets.of(words));
  }

  /** The content words of a main report's headline ({@link #headline(String)}); empty for a background report. */
  public static Set<String> headlineTerms(Status status, String title) {
    return status == Status.MAIN && title != null ? Terms.of(headline(title)) : Set.of();
  }

  /** Headline words of a later step of a story: the law's course, the victims named or mourned, a suspect sought. */
  private static final java.util.regex.Pattern FOLLOW_UP = java.util.regex.Pattern.compile("\\b(charged|charges|"
      + "arrest\\w*|indict\\w*|sentenced|sentencing|pleads?|pleaded|guilty|trial|convicted|verdict|jury|"
      + "funeral|vigil|memorial|identif\\w+|named|suspects?|accused|custody|manhunt|wanted|lawsuit|sues|hearing|"
      + "bond|remembered|mourn\\w*)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * True when a main report's headline reads as a later step of its story ("Man charged in …", "… sentenced",
   * "Vigil held for …", "Police identify …"): such a report is dated by its own step, days to weeks after the
   * incident, so the merge does not veto it for its date ({@link MatchScorer}).
   */
  public static boolean followUp(Status status, String title) {
    // the whole title first: most have none of the words, and the headline's parts cost more to find
    return status == Status.MAIN && title != null && FOLLOW_UP.matcher(title).find()
        && FOLLOW_UP.matcher(headline(title)).find();
  }

  /** The headline part of a page title, without the outlet's name ("… - WMC Action News 5 - Memphis"). */
  static String headline(String title) {
    String best = "";
    for (String part : org.vigil.pipeline.annotate.Headline.parts(title)) {
      if (part.strip().length() > best.length()) {
        best = part.strip();
      }
    }
    return best;
  }

  private static void evidenceWords(Incident incident, StringBuilder words) {
    incident.types().forEach(x -> words.append(x.evidence().text()).append('\n'));
    if (incident.place() != null) {
      words.append(incident.place().name()).append('\n');
    }
    for (Victim v : incident.victims()) {
      words.append(v.description()).append('\n');
    }
    for (Target tg : incident.targets()) {
      words.append(tg.description()).append('\n');
    }
    for (Perpetrator perp : incident.perpetrators()) {
      words.append(perp.description()).append('\n');
    }
    for (Quote q : incident.quotes()) {
      words.append(q.text()).append('\n');
    }
  }

  /** The day the report's incident is placed on for matching: its start, or the publication date when unknown. */
  public LocalDate day() {
    return start != null ? start : published;
  }

  /**
   * True when the date is a precise day resolved from the text (an explicit date, a weekday or "yesterday" against
   * the publication date), false when it is only a month, a year, or the publication date assumed.
   */
  public boolean firmDate() {
    return start != null && precision == TimePrecision.DAY && timeRule != null && !WEAK_RULES.contains(timeRule);
  }

  /**
   * True when the report's own date may be a later step's than its incident's: a follow-up headline
   * ({@link #followUp()}), or an article that recalls earlier incidents ({@link #recalled()}). Such a date is not a
   * firm bound of the incident's days (the candidate pre-filter).
   */
  public boolean mayBeLater() {
    return followUp || !recalled.isEmpty();
  }

  /**
   * True for a main report dated by a year only ("in 2013", "earlier this year"): the extractor found no day or
   * month of the incident, and the year is often another event's (a prior conviction, a law), so the merge reads the
   * incident as any day of the year before publication ({@link MatchScorer#range}).
   */
  public boolean yearOnly() {
    return status == Status.MAIN && precision == TimePrecision.YEAR && start != null && published != null;
  }

  /** True when the coordinates are a town or a point near one (ACLED precision 1 or 2). */
  public boolean firmPlace() {
    return lat != null && geoPrecision >= 1 && geoPrecision <= 2;
  }

  /** The set of types, for overlap tests. */
  public Set<IncidentType> typeSet() {
    return EnumSet.copyOf(types);
  }
}
