package org.vigil.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.model.IncidentType;
import org.vigil.model.Status;
import org.vigil.model.TimePrecision;

class MatchScorerTest {
  private static final Idf RARE = t -> t.equals("\0") ? 9.0 : 8.0;
  private static final Gazetteer GAZETTEER = Gazetteer.loadBundled();
  private final MatchScorer scorer = new MatchScorer(MergeOptions.defaults(), GAZETTEER);

  private static ReportFeatures report(long article, LocalDate day, Set<String> persons) {
    return report(article, day, persons, Set.of("monroe", "partridge"));
  }

  private static ReportFeatures report(long article, LocalDate day, Set<String> persons, Set<String> names) {
    return report(article, day, persons, names, false);
  }

  private static ReportFeatures report(long article, LocalDate day, Set<String> persons, Set<String> names,
      boolean followUp) {
    return new ReportFeatures(article, Status.MAIN, List.of(IncidentType.ARMED_ASSAULT), day, day,
        TimePrecision.DAY, "explicit", 41.3, -73.2, 1, "US", "Monroe", Set.of("monroe"), Set.of(),
        Set.of("monroe", "partridge", "cheek"), names, persons, day, followUp);
  }

  @Test
  void aFollowUpWeeksLaterJoinsWhenItNamesTwoOfTheSamePeople() {
    ReportFeatures first = report(1, LocalDate.of(2015, 3, 8), Set.of("vincent_pizzolato", "michael_roe"));
    ReportFeatures trial = report(2, LocalDate.of(2015, 6, 2), Set.of("vincent_pizzolato", "michael_roe"));
    MatchScorer.Score s = scorer.score(trial, first, RARE);
    assertThat(s.vetoed()).isFalse();
    assertThat(s.persons()).isEqualTo(3.0);
  }

  @Test
  void oneSharedNameDoesNotLiftTheDateVetoWhenTheOtherNamesDiffer() {
    ReportFeatures first = report(1, LocalDate.of(2015, 3, 8), Set.of("vincent_pizzolato"),
        Set.of("vincent", "pizzolato", "monroe", "partridge", "cheek", "drive"));
    ReportFeatures later = report(2, LocalDate.of(2015, 3, 20), Set.of("vincent_pizzolato", "jane_doe"),
        Set.of("vincent", "pizzolato", "bridgeport", "jane", "doe", "fairfield", "stratford", "main", "elm"));
    assertThat(scorer.score(later, first, RARE).vetoed()).isTrue();
  }

  @Test
  void oneSharedNameLiftsTheDateVetoWhenTheReportsNameMuchTheSame() {
    ReportFeatures first = report(1, LocalDate.of(2015, 3, 8), Set.of("vincent_pizzolato"));
    ReportFeatures later = report(2, LocalDate.of(2015, 3, 20), Set.of("vincent_pizzolato", "jane_doe"));
    MatchScorer.Score s = scorer.score(later, first, RARE);
    assertThat(s.vetoed()).isFalse();
    assertThat(s.time()).isEqualTo(-0.5);
  }

  @Test
  void sharedNamesDoNotLiftTheDateVetoWhenTheAgesAllDiffer() {
    // one station's pages on two double murders of its city two months apart, sharing one name
    ReportFeatures april = aged(report(1, LocalDate.of(2016, 4, 14), Set.of("vincent_pizzolato", "michael_roe")),
        "24", "31");
    ReportFeatures june = aged(report(2, LocalDate.of(2016, 6, 21), Set.of("vincent_pizzolato", "michael_roe")),
        "19", "22");
    ReportFeatures juneSameVictim = aged(june, "24");
    assertThat(scorer.score(june, april, RARE).vetoed()).isTrue();
    assertThat(scorer.score(juneSameVictim, april, RARE).vetoed()).isFalse();
    assertThat(scorer.score(report(3, LocalDate.of(2016, 6, 21), Set.of("vincent_pizzolato", "michael_roe")), april,
        RARE).vetoed()).isFalse(); // no ages given: the names alone lift it
  }

  @Test
  void aTwoWordPlaceIsNoSharedPerson() {
    assertThat(scorer.sharedRare(Set.of("baton_rouge", "vincent_pizzolato"),
        Set.of("baton_rouge", "vincent_pizzolato"), RARE)).isEqualTo(1);
    assertThat(PlaceNames.isPlace("colorado_springs", GAZETTEER)).isTrue();
    assertThat(PlaceNames.isPlace("vincent_pizzolato", GAZETTEER)).isFalse();
  }

  @Test
  void aFollowUpWeeksLaterIsNotVetoedButCosts() {
    ReportFeatures first = report(1, LocalDate.of(2015, 3, 8), Set.of());
    ReportFeatures arrest = report(2, LocalDate.of(2015, 3, 30), Set.of(), Set.of("monroe", "partridge"), true);
    MatchScorer.Score s = scorer.score(arrest, first, RARE);
    assertThat(s.vetoed()).isFalse();
    assertThat(s.time()).isEqualTo(-MatchScorer.FOLLOW_UP_COST);
    assertThat(scorer.score(first, arrest, RARE).time()).isEqualTo(-MatchScorer.FOLLOW_UP_COST);
    assertThat(scorer.score(report(2, LocalDate.of(2015, 3, 30), Set.of()), first, RARE).vetoed()).isTrue();
  }

  @Test
  void aFollowUpDatedBeforeTheIncidentOrMonthsAfterIsStillVetoed() {
    ReportFeatures first = report(1, LocalDate.of(2015, 3, 8), Set.of());
    assertThat(scorer.score(report(2, LocalDate.of(2015, 2, 20), Set.of(), Set.of("monroe"), true), first, RARE)
        .vetoed()).isTrue();
    assertThat(scorer.score(report(2, LocalDate.of(2015, 6, 20), Set.of(), Set.of("monroe"), true), first, RARE)
        .vetoed()).isTrue();
  }

  @Test
  void aFollowUpTwoDaysLaterCostsWhatAFirmGapCosts() {
    ReportFeatures first = report(1, LocalDate.of(2015, 3, 8), Set.of());
    ReportFeatures next = report(2, LocalDate.of(2015, 3, 10), Set.of(), Set.of("monroe", "partridge"), true);
    assertThat(scorer.score(next, first, RARE).time()).isEqualTo(-0.5);
  }

  @Test
  void aReportRecallingTheOthersDayIsNotVetoedButCostsEitherWay() {
    LocalDate may25 = LocalDate.of(2015, 5, 25);
    ReportFeatures shooting = report(1, may25, Set.of());
    // "… sentenced in the May 25 shooting", dated by its own news months later, no follow-up word needed
    ReportFeatures sentencing = report(2, LocalDate.of(2015, 9, 9), Set.of()).withRecalled(Set.of(may25));
    MatchScorer.Score s = scorer.score(sentencing, shooting, RARE);
    assertThat(s.vetoed()).isFalse();
    assertThat(s.time()).isEqualTo(-MatchScorer.FOLLOW_UP_COST);
    assertThat(scorer.score(shooting, sentencing, RARE).time()).isEqualTo(-MatchScorer.FOLLOW_UP_COST);
  }

  @Test
  void aReportRecallingAnotherDayIsStillVetoed() {
    ReportFeatures shooting = report(1, LocalDate.of(2015, 5, 25), Set.of());
    ReportFeatures sentencing = report(2, LocalDate.of(2015, 9, 9), Set.of())
        .withRecalled(Set.of(LocalDate.of(2015, 5, 20)));
    assertThat(scorer.score(sentencing, shooting, RARE).vetoed()).isTrue();
  }

  @Test
  void aMainReportDatedByAYearOnlyMayBeAnyDayOfTheYearBeforeItsNews() {
    ReportFeatures shooting = report(1, LocalDate.of(2016, 3, 9), Set.of());
    // "Death penalty sought in … ambush": the only date the extractor read is "2013", a suspect's earlier case
    ReportFeatures penalty = yearOnly(2, 2013, LocalDate.of(2016, 8, 27));
    assertThat(penalty.yearOnly()).isTrue();
    assertThat(MatchScorer.range(penalty)).containsExactly(LocalDate.of(2015, 8, 28), LocalDate.of(2016, 8, 27));
    MatchScorer.Score s = scorer.score(penalty, shooting, RARE);
    assertThat(s.vetoed()).isFalse();
    assertThat(s.time()).isEqualTo(0.25);
    assertThat(scorer.score(shooting, penalty, RARE).time()).isEqualTo(0.25);
    // published more than a year after the shooting: still too far
    assertThat(scorer.score(yearOnly(2, 2013, LocalDate.of(2017, 6, 1)), shooting, RARE).vetoed()).isTrue();
  }

  private static ReportFeatures yearOnly(long article, int year, LocalDate published) {
    return new ReportFeatures(article, Status.MAIN, List.of(IncidentType.ARMED_ASSAULT), LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31), TimePrecision.YEAR, "explicit-year", 41.3, -73.2, 1, "US", "Monroe",
        Set.of("monroe"), Set.of(), Set.of("monroe", "partridge", "cheek"), Set.of("monroe", "partridge"), Set.of(),
        published, false);
  }

  @Test
  void aMemberDatedWeeksAfterItsIncidentsDayIsLaterThanIt() {
    ReportFeatures trial = report(2, LocalDate.of(2016, 4, 20), Set.of());
    assertThat(scorer.laterThan(trial, LocalDate.of(2016, 3, 9))).isTrue();
    assertThat(scorer.laterThan(trial, LocalDate.of(2016, 4, 17))).isFalse();
    assertThat(scorer.laterThan(trial, LocalDate.of(2016, 5, 1))).isFalse();
    assertThat(scorer.laterThan(trial, null)).isFalse();
  }

  @Test
  void aTownNamedAlikeButResolvedFarAwayCostsNothingForTheDistance() {
    LocalDate day = LocalDate.of(2016, 9, 26);
    ReportFeatures texas = at(1, day, "St. Charles", 38.78, -90.48);
    ReportFeatures maryland = at(2, day, "St Charles", 38.60, -76.93);
    ReportFeatures other = at(2, day, "Waldorf", 38.60, -76.93);
    assertThat(MatchScorer.samePlaceName(texas, maryland)).isTrue();
    assertThat(scorer.score(maryland, texas, RARE).place()).isEqualTo(0.0);
    assertThat(scorer.score(other, texas, RARE).place()).isEqualTo(-1.5);
  }

  private static ReportFeatures at(long article, LocalDate day, String place, double lat, double lon) {
    return new ReportFeatures(article, Status.MAIN, List.of(IncidentType.ARMED_ASSAULT), day, day,
        TimePrecision.DAY, "explicit", lat, lon, 1, "US", place, Set.of(), Set.of(), Set.of("strip", "mall"),
        Set.of(), Set.of(), day, false);
  }

  @Test
  void twoPagesOfOneOutletCostTheOutletsShare() {
    LocalDate day = LocalDate.of(2016, 9, 1);
    ReportFeatures a = report(1, day, Set.of()).withOutlet("suntimes.com");
    ReportFeatures b = report(2, day, Set.of()).withOutlet("suntimes.com");
    ReportFeatures c = report(3, day, Set.of()).withOutlet("abc7chicago.com");
    MatchScorer.Score same = scorer.score(b, a, RARE);
    MatchScorer.Score other = scorer.score(c, a, RARE);
    assertThat(same.outlet()).isEqualTo(-MatchScorer.SAME_OUTLET_COST);
    assertThat(other.outlet()).isZero();
    assertThat(same.value()).isEqualTo(other.value() - MatchScorer.SAME_OUTLET_COST);
    assertThat(same.reason()).endsWith("+ outlet -0.50");
    assertThat(other.reason()).doesNotContain("outlet");
    assertThat(scorer.score(report(4, day, Set.of()), report(5, day, Set.of()), RARE).outlet()).isZero();
  }

  private static ReportFeatures aged(ReportFeatures f, String... ages) {
    return f.withAges(Set.of(ages));
  }

  @Test
  void aSharedAgeAddsAndAgesThatAllDifferCost() {
    LocalDate day = LocalDate.of(2016, 1, 17);
    ReportFeatures girl14 = aged(report(1, day, Set.of()), "14");
    ReportFeatures girl14AndSuspect19 = aged(report(2, day, Set.of()), "19", "14");
    ReportFeatures boy7 = aged(report(3, day, Set.of()), "7");
    ReportFeatures noAge = report(4, day, Set.of());
    MatchScorer.Score shared = scorer.score(girl14AndSuspect19, girl14, RARE);
    MatchScorer.Score differ = scorer.score(boy7, girl14, RARE);
    MatchScorer.Score unknown = scorer.score(noAge, girl14, RARE);
    assertThat(shared.ages()).isEqualTo(MatchScorer.AGE_WEIGHT);
    assertThat(differ.ages()).isEqualTo(-MatchScorer.AGE_WEIGHT);
    assertThat(unknown.ages()).isZero();
    assertThat(shared.value()).isEqualTo(unknown.value() + MatchScorer.AGE_WEIGHT);
    assertThat(shared.reason()).endsWith("+ ages 1.00");
    assertThat(unknown.reason()).doesNotContain("ages");
  }

  private static ReportFeatures headed(ReportFeatures f, String title) {
    return f.withHeadline(ReportFeatures.headlineTerms(f.status(), title));
  }

  @Test
  void headlinesAlikeAddAndHeadlinesSharingNothingCost() {
    LocalDate day = LocalDate.of(2015, 7, 15);
    ReportFeatures a = headed(report(1, day, Set.of()), "5 people shot after children's football game - WSB-TV");
    ReportFeatures b = headed(report(2, day, Set.of()), "Five shot after kids' football game in Atlanta");
    ReportFeatures c = headed(report(3, day, Set.of()), "Woman found dead in apartment fire");
    ReportFeatures none = report(4, day, Set.of());
    MatchScorer.Score alike = scorer.score(b, a, RARE);
    MatchScorer.Score apart = scorer.score(c, a, RARE);
    MatchScorer.Score unknown = scorer.score(none, a, RARE);
    assertThat(alike.headline()).isPositive();
    assertThat(apart.headline()).isEqualTo(-MatchScorer.HEADLINE_WEIGHT * MatchScorer.HEADLINE_OFFSET);
    assertThat(unknown.headline()).isZero();
    assertThat(alike.value()).isEqualTo(unknown.value() + alike.headline());
    assertThat(alike.reason()).contains("+ headline ");
    assertThat(unknown.reason()).doesNotContain("headline");
  }

  @Test
  void aRareStreetBothNameAdds() {
    LocalDate day = LocalDate.of(2015, 4, 9);
    ReportFeatures a = report(1, day, Set.of()).withStreets(Streets.of("shot on Copeland Street in Rome"));
    ReportFeatures b = report(2, day, Set.of()).withStreets(Streets.of("the Copeland Street homicide victim"));
    ReportFeatures c = report(3, day, Set.of()).withStreets(Streets.of("shot on Elm Street"));
    MatchScorer.Score same = scorer.score(b, a, RARE);
    MatchScorer.Score other = scorer.score(c, a, RARE);
    assertThat(same.streets()).isEqualTo(MatchScorer.STREET_WEIGHT);
    assertThat(other.streets()).isZero();
    assertThat(same.value()).isEqualTo(other.value() + MatchScorer.STREET_WEIGHT);
    assertThat(same.reason()).endsWith("+ streets 1.00");
    Idf common = t -> t.equals("\0") ? 9.0 : 1.0; // a street most stored reports name
    assertThat(scorer.score(b, a, common).streets()).isZero();
  }
}
