package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.Extraction;
import org.vigil.model.IncidentPlace;

/**
 * {@link PlaceResolver} rule by rule: sentences written for these tests (not taken from any evaluation set) through
 * the real pipeline (CoreNLP and the bundled gazetteer).
 */
class PlaceResolverTest {

  private static IncidentPlace place(String text, String published) {
    Extraction x = extract(text, published);
    assertThat(x.main()).as("main incident of %s", x.incidents()).isNotNull();
    return x.main().place();
  }

  @Test
  void aCountyNoTownPlacesIsReportedAsItsSeatNearTheIncident() {
    IncidentPlace p = place("Four people were found shot dead inside a home in Stokes County, North Carolina, on "
        + "Sunday, deputies said.", "2015-06-01");
    assertThat(p.resolvedName()).isEqualTo("Danbury");
    assertThat(p.admin1()).isEqualTo("North Carolina");
    assertThat(p.precision()).isEqualTo(2);
    assertThat(p.lat()).isBetween(36.2, 36.55);
  }

  @Test
  void aCountyTheHeadlineNamesIsNotTheOutletsCityNearIt() {
    Extraction x = extract("http://washington.example-news.com/2015/03/01/story",
        "Two killed in Fairfax County shootings", "Two men were shot and killed on Sunday night, officers said.",
        "2015-03-01");
    assertThat(x.main().place().resolvedName()).isNotEqualTo("Washington");
    assertThat(x.main().place().admin1()).isEqualTo("Virginia");
  }

  @Test
  void aTownBeforeAnIncidentNounInTheHeadlineNamesItsPlace() {
    Extraction x = extract("Victim named in fatal Yuma shooting",
        "A man was shot and killed on Saturday night, officers said.", "2015-03-01");
    assertThat(x.main().place().resolvedName()).isEqualTo("Yuma");
    assertThat(x.main().place().admin1()).isEqualTo("Arizona");
  }

  @Test
  void aTownNamedBesideTheCountyIsCloserThanItsCentre() {
    IncidentPlace p = place("LAGRANGE, Ga. \u2013 Five people were found shot dead in a home in Troup County on "
        + "Monday, deputies said.", "2015-06-01");
    assertThat(p.resolvedName()).isEqualTo("LaGrange");
    assertThat(p.admin1()).isEqualTo("Georgia");
  }

  @Test
  void aQuarterNamedAfterAFarTownIsNotThatTown() {
    IncidentPlace p = place("MANHATTAN \u2014 A father was killed and four other people were hurt in a "
        + "shooting in Hamilton Heights late on Sunday, police said.", "2015-02-02");
    assertThat(p.resolvedName()).isNotEqualTo("Hamilton");
    assertThat(p.admin1()).isEqualTo("New York");
    assertThat(p.lat()).isBetween(40.5, 41.0);
  }

  @Test
  void aDirectionBeforeACityIsAPartOfThatCity() {
    IncidentPlace p = place("Three people were shot in South Los Angeles on Friday night, police said.",
        "2014-08-02");
    assertThat(p.resolvedName()).isEqualTo("Los Angeles");
  }

  @Test
  void aCitySideIsAQuarterNotATown() {
    IncidentPlace p = place("CHICAGO (AP) \u2014 A 15-year-old boy was shot on the Northwest Side on Saturday, "
        + "police said.", "2014-08-02");
    assertThat(p.resolvedName()).isEqualTo("Chicago");
  }

  @Test
  void aDatelineInCapitalsClosedByABarIsTheFilingTown() {
    IncidentPlace p = place("KILLEEN | Police said a 2-year-old boy was shot in the chest at a home on Tuesday "
        + "and was in critical condition.", "2015-04-08");
    assertThat(p.resolvedName()).isEqualTo("Killeen");
    assertThat(p.admin1()).isEqualTo("Texas");
  }

  @Test
  void aHospitalsProperNameIsNotItsTown() {
    IncidentPlace p = place("CHICAGO (AP) \u2014 A 13-year-old boy was shot on Sunday and was taken to Mount Sinai "
        + "Hospital, police said.", "2014-07-28");
    assertThat(p.resolvedName()).isEqualTo("Chicago");
  }

  @Test
  void aTownNamedAsAPersonsHomeGivesWayToTheTownTheSentenceSaysItWasNear() {
    IncidentPlace p = place("A Fort Worth man was fatally shot while hunting near Azle on Saturday, deputies said.",
        "2015-11-02");
    assertThat(p.resolvedName()).isEqualTo("Azle");
    assertThat(p.admin1()).isEqualTo("Texas");
  }

  /** The town a distance is told from is no locality: the town the place is said to be near is nearer. */
  @Test
  void aTownADistanceIsToldFromGivesWayToTheTownThePlaceIsNear() {
    IncidentPlace p = place("Four people were found shot dead on Sunday at a farmhouse near Edenton, 60 miles south "
        + "of Norfolk, deputies said.", "2015-03-01");
    assertThat(p.resolvedName()).isEqualTo("Edenton");
    assertThat(p.admin1()).isEqualTo("North Carolina");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void aSectionOfACityIsThatCity() {
    IncidentPlace p = place("Seven people were shot in the Kensington section of Philadelphia on Monday, police "
        + "said.", "2015-06-23");
    assertThat(p.resolvedName()).isEqualTo("Philadelphia");
  }

  @Test
  void aTownWhoseNameOpensWithAParticleIsNamedWhole() {
    IncidentPlace p = place("Two men were shot dead in La Porte, Texas, on Thursday night, police said.",
        "2015-08-21");
    assertThat(p.resolvedName()).isEqualTo("La Porte");
    assertThat(p.admin1()).isEqualTo("Texas");
  }

  @Test
  void aBareTownIsTheNamesakeInTheOutletsState() {
    Extraction x = extract("Two men shot in Aurora - WXYZ News - Springfield, IL",
        "Two men were shot in Aurora on Saturday night, police said.", "2015-03-01");
    assertThat(x.main().place().resolvedName()).isEqualTo("Aurora");
    assertThat(x.main().place().admin1()).isEqualTo("Illinois");
  }

  @Test
  void aPageThatNamesNoPlaceIsNearTheCityItsAddressFilesItUnder() {
    Extraction x = extract("http://www.example-chronicle.com/news/houston-texas/houston/article/man-shot-12345.php",
        "Man shot dead", "A man was shot and killed on Sunday night, officers said.", "2015-03-01");
    assertThat(x.main().place().resolvedName()).isEqualTo("Houston");
    assertThat(x.main().place().admin1()).isEqualTo("Texas");
    assertThat(x.main().place().precision()).isEqualTo(2);
  }

  @Test
  void aCompassAbbreviationBeforeACityIsAPartOfThatCity() {
    IncidentPlace p = place("Three men were shot on Sunday night in SE Fresno, police said.", "2015-03-01");
    assertThat(p.resolvedName()).isEqualTo("Fresno");
    assertThat(p.admin1()).isEqualTo("California");
  }

  @Test
  void aHeadlineOpeningWithATownNamesItsPlace() {
    Extraction x = extract("Killeen man wounded in shooting",
        "A man was shot in the leg on Saturday night and taken to a hospital, officers said.", "2015-03-01");
    assertThat(x.main().place().resolvedName()).isEqualTo("Killeen");
    assertThat(x.main().place().admin1()).isEqualTo("Texas");
    assertThat(x.main().place().precision()).isEqualTo(2);
  }

  @Test
  void aCityWordBeforePoliceIsPartOfTheTownsName() {
    IncidentPlace p = place("A man was shot and wounded on Sunday night, a spokesman for the Oklahoma City Police "
        + "Department said.", "2015-03-01");
    assertThat(p.resolvedName()).isEqualTo("Oklahoma City");
  }

  @Test
  void aSmallTownsNameThatIsAHospitalsElsewhereIsTheHospital() {
    IncidentPlace p = place("Two men were shot on Sunday night, Chicago police said. One was taken to Mount Sinai "
        + "Hospital. The other man was shot in the leg and taken to Mount Sinai.", "2014-07-28");
    assertThat(p.resolvedName()).isEqualTo("Chicago");
    assertThat(p.admin1()).isEqualTo("Illinois");
  }

  /**
   * As a drive-by shooting "in" a town whose hospital's double name ends with the town's (GVA dev 401-2,000): the
   * town's name is only the last part of the hospital's, and the page had fallen to the outlet's city (here the
   * title's Johnson City).
   */
  @Test
  void aTownAtTheEndOfAHospitalsDoubleNameStaysTheTown() {
    IncidentPlace p = extract("Teen killed, 3 hurt in drive-by shooting - WXYZ News 5 - Johnson City, Tennessee",
        "A teenager was killed and three people were hurt in a drive-by shooting in Kingsport on Saturday night, "
            + "police said. He was taken to Holston-Kingsport Medical Center, where he died.", "2015-03-01")
        .main().place();
    assertThat(p.resolvedName()).isEqualTo("Kingsport");
    assertThat(p.admin1()).isEqualTo("Tennessee");
  }

  /** A town named after "in" is the town, even when its hospital bears its name (not the title's Birmingham). */
  @Test
  void aTownAfterInStaysTheTownWhenItsHospitalBearsItsName() {
    IncidentPlace p = extract("Boy hurt in handgun accident - WXYZ News 5 - Birmingham, Alabama",
        "A 12-year-old boy was hurt in a handgun accident at a shooting range in Sylacauga on Thursday, officers "
            + "said. His father took him to Sylacauga Hospital, where he was treated.", "2015-12-26").main().place();
    assertThat(p.resolvedName()).isEqualTo("Sylacauga");
    assertThat(p.admin1()).isEqualTo("Alabama");
  }

  @Test
  void aCitysNameStaysTheCityWhenAHospitalIsNamedAfterIt() {
    IncidentPlace p = place("Five men were shot at a party in Atlanta on Saturday night, police said. They were "
        + "taken to Atlanta Medical Center.", "2015-03-01");
    assertThat(p.resolvedName()).isEqualTo("Atlanta");
    assertThat(p.precision()).isEqualTo(1);
  }

  @Test
  void aBareTownFarFromTheOutletsCityIsAPartOfThatCity() {
    Extraction x = extract("Man shot in Portland - WXYZ-TV Louisville News, Weather",
        "A man was shot in Portland on Saturday night, police said.", "2015-03-01");
    assertThat(x.main().place().resolvedName()).isEqualTo("Louisville");
    assertThat(x.main().place().admin1()).isEqualTo("Kentucky");
    assertThat(x.main().place().precision()).isEqualTo(2);
  }

  /** Memphis, Indiana lies near Kentucky's Parkway Village; the title says which Memphis the outlet is. */
  @Test
  void aBareTownFarFromTheCityThePageTitleNamesWithItsStateIsAPartOfThatCity() {
    Extraction x = extract("Boy shot in Parkway Village - WXYZ Action News 5 - Memphis, Tennessee",
        "A boy was shot in Parkway Village on Friday afternoon, police said.", "2016-04-01");
    assertThat(x.main().place().resolvedName()).isEqualTo("Memphis");
    assertThat(x.main().place().admin1()).isEqualTo("Tennessee");
  }

  @Test
  void aTownInAStateTheArticleAbbreviatesStaysFarFromTheOutletsCity() {
    Extraction x = extract("Man shot in Portland - WXYZ-TV Louisville News, Weather",
        "PORTLAND, Ore. (AP) \u2014 A man was shot in Portland on Saturday night, police said.", "2015-03-01");
    assertThat(x.main().place().resolvedName()).isEqualTo("Portland");
    assertThat(x.main().place().admin1()).isEqualTo("Oregon");
  }

  @Test
  void aPageThatNamesNoTownIsPlacedInTheCityItsHostNames() {
    Extraction x = extract("http://chicago.example-news.com/2015/03/01/story", "Teen wounded in shooting",
        "A teenager was shot in the leg on Saturday night, officers said.", "2015-03-01");
    assertThat(x.main().place().resolvedName()).isEqualTo("Chicago");
    assertThat(x.main().place().precision()).isEqualTo(2);
  }

  @Test
  void aBareCountyNameIsTheCountyTheArticleNames() {
    IncidentPlace p = place("A man was shot dead in Pasco on Monday, the Pasco County Sheriff's Office said.",
        "2015-03-01");
    assertThat(p.admin1()).isEqualTo("Florida");
    assertThat(p.resolvedName()).isEqualTo("Pasco County");
  }

  @Test
  void aBareCityNameInItsCountysStateStaysTheCity() {
    IncidentPlace p = place("A man was shot dead in San Bernardino on Monday, the San Bernardino County Sheriff's "
        + "Department said.", "2015-03-01");
    assertThat(p.resolvedName()).isEqualTo("San Bernardino");
    assertThat(p.precision()).isEqualTo(1);
  }

  @Test
  void aDatelineIsATownNotItsCounty() {
    IncidentPlace p = place("SAN DIEGO (AP) \u2014 A man was shot and killed on Sunday, police said.",
        "2015-03-01");
    assertThat(p.resolvedName()).isEqualTo("San Diego");
  }

  @Test
  void aTownsPoliceAreItsOwnNotAnotherPlaceKnownByItsName() {
    IncidentPlace p = place("A man was shot on Sunday night, a spokesman for the Panama City Police Department "
        + "said.", "2015-03-01");
    assertThat(p.resolvedName()).isEqualTo("Panama City");
    assertThat(p.admin1()).isEqualTo("Florida");
  }

  @Test
  void theTownTheArticleNamesMostIsTheLastResort() {
    IncidentPlace p = place("A teenager was shot and killed on Friday, police said.\n\nFriends remembered the "
        + "Bakersfield High School student on Sunday. He had moved from Bakersfield last year.", "2015-03-01");
    assertThat(p.resolvedName()).isEqualTo("Bakersfield");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void theTownNamedMostIsReadAsEveryNameIs() {
    // "Rosilyn Temple, an integral part of Mothers in Charge anti-violence advocacy group" on a Kansas City
    // station's page: "Charge", a French village, had outweighed the city the page names once
    IncidentPlace p = org.vigil.pipeline.SharedPipeline.extract("http://www.kxyz.com/story/1/shooting",
        "Shooting leaves two boys dead", "A teenager was shot and killed on Friday, police said.\n\nRosilyn "
        + "Temple, an integral part of Mothers in Charge anti-violence advocacy group, knows the family.\n\nThe "
        + "family moved to the Kansas City metro area last year.", "2016-05-01").main().place();
    assertThat(p.countryCode()).isEqualTo("US");
  }

  @Test
  void aDatelineAloneNamesTheTownNearTheIncident() {
    IncidentPlace p = place("SPOKANE (AP) \u2014 A man was shot and wounded at a home on Sunday night, police said.",
        "2015-03-01");
    assertThat(p.resolvedName()).isEqualTo("Spokane");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void aSectionOfACityIsReportedAsTheCityAtTheSectionsPoint() {
    IncidentPlace p = place("A 15-year-old boy was shot in Rogers Park on Saturday night, police said.",
        "2015-03-01");
    assertThat(p.name()).isEqualTo("Rogers Park");
    assertThat(p.resolvedName()).isEqualTo("Chicago");
    assertThat(p.admin1()).isEqualTo("Illinois");
    assertThat(p.lat()).isBetween(41.99, 42.03);
  }

  @Test
  void aLoneTownAbroadIsTheOutletCountrysNamesake() {
    Extraction x = extract("http://www.cincinnati.example-news.com/2016/07/24/story", "Man shot in Hamilton bar",
        "A man was shot dead early Sunday inside a Hamilton bar, officers said.", "2016-07-25");
    assertThat(x.main().place().countryCode()).isEqualTo("US");
    assertThat(x.main().place().admin1()).isEqualTo("Ohio");
  }

  @Test
  void theDistrictOfColumbiaIsWashington() {
    IncidentPlace p = place("Five people were injured in a shooting at a nightclub in D.C. on Saturday night, police "
        + "said.", "2013-01-27");
    assertThat(p.resolvedName()).isEqualTo("Washington");
    assertThat(p.precision()).isLessThanOrEqualTo(2);
  }

  @Test
  void aQuarterNamedLikeATownElsewhereIsOfTheCityTheArticleNames() {
    IncidentPlace p = place("Four people were injured in a shooting in Feltonville on Sunday night, Philadelphia "
        + "police said. Philadelphia officers found the victims on the sidewalk. It was the third shooting in "
        + "Philadelphia this week.", "2016-06-20");
    assertThat(p.resolvedName()).isEqualTo("Philadelphia");
    assertThat(p.admin1()).isEqualTo("Pennsylvania");
  }

  @Test
  void theTownOfAHospitalTheWoundedWereTakenToGivesWayToTheOutletsCity() {
    Extraction x = extract("http://chicago.example-news.com/2016/06/20/story", "Man wounded in shooting",
        "A man was shot in the leg on Sunday night, police said. The man was rushed by ambulance to Advocate "
            + "Christ Hospital in Oak Lawn.", "2016-06-20");
    assertThat(x.main().place().resolvedName()).isEqualTo("Chicago");
  }

  @Test
  void theTownOfAHospitalStandsInWhenNothingElseNamesOne() {
    IncidentPlace p = place("A man was shot in the leg on Sunday night, police said. The man was rushed by ambulance "
        + "to Advocate Christ Hospital in Oak Lawn.", "2016-06-20");
    assertThat(p.resolvedName()).isEqualTo("Oak Lawn");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void aDesertIsNoVillageOfItsName() {
    IncidentPlace p = place("ALGIERS, Algeria (Reuters) - Militants seized the remote gas compound in the Sahara "
        + "desert before dawn on Wednesday, taking dozens of hostages, the interior ministry said.", "2013-01-17");
    assertThat(p.countryCode()).isEqualTo("DZ");
  }

  @Test
  void aTownAbroadInACountryTheArticleNeverNamesIsTheNamedCitysQuarter() {
    // "Dorchester" beside "Boston" twice: Boston's quarter, not the English town
    IncidentPlace p = place("Three people were shot in Dorchester on Sunday night, Boston police said. Boston has "
        + "seen more shootings this year than last.", "2016-08-22");
    assertThat(p.countryCode()).isEqualTo("US");
    assertThat(p.resolvedName()).isEqualTo("Boston");
  }

  /**
   * As "A [county] man pleaded guilty … in connection with a shooting at the [festival] in [town]" (GVA dev
   * 401-2,000: the page had been placed at the seat of the man's county, the town lying outside it): a county named
   * as a person's home fences out no town the shooting is told in. Madison, Dane County's seat, without the rule.
   */
  @Test
  void aCountyNamedAsAPersonsHomeLeavesTheTownTheShootingIsToldIn() {
    Extraction x = extract("Man charged in festival shooting", "A Dane County man was charged on Friday in a "
        + "shooting that wounded two people. Prosecutors said the shooting happened at a street festival in Wausau.",
        "2015-09-25");
    assertThat(x.main().place().resolvedName()).isEqualTo("Wausau");
    assertThat(x.main().place().admin1()).isEqualTo("Wisconsin");
  }

  /**
   * As "dispatched to a shooting in the 7700 block of [street], in [suburb]" under a big city's dateline (GVA dev
   * 401-2,000: the dateline's city had won): a place apposed to the address the shooting is told at is told in the
   * shooting's clause. Cleveland, the dateline's city, without the rule.
   */
  @Test
  void aTownApposedToTheShootingsAddressIsToldInItsClause() {
    IncidentPlace p = place("CLEVELAND, Ohio -- Officers were dispatched to a shooting in the 4100 block of Maple, in "
        + "Garfield Heights, around 2 p.m. Tuesday. A toddler was wounded in the leg, police said.", "2015-09-25");
    assertThat(p.resolvedName()).isEqualTo("Garfield Heights");
  }

  /**
   * As a headline's "shooting … in [name]" above "[state] State Police" and a town of that state's county of the name
   * (GVA dev 401-2,000: a small town of the name in a state the page never names had been taken): a bare name that
   * is a county of the one state the page names, and no town of it, is that county, and the town of it the page
   * names is the place. Laurel, Maryland without the rule.
   */
  @Test
  void aBareNameThatIsACountyOfTheNamedStateIsThatCounty() {
    Extraction x = extract("Police investigating shooting of teenager in Laurel", "Kentucky State Police are "
        + "investigating a shooting involving two teenagers. Troopers say a 15-year-old was shot Sunday morning at a "
        + "home in East Bernstadt. The victim was taken to a hospital.", "2015-09-25");
    assertThat(x.main().place().resolvedName()).isEqualTo("East Bernstadt");
    assertThat(x.main().place().admin1()).isEqualTo("Kentucky");
  }
}
