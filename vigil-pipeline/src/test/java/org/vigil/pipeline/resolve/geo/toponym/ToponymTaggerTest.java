package org.vigil.pipeline.resolve.geo.toponym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.geo.GeoName;

/** Recognition patterns and disambiguation traps, one sentence each, on the real CoreNLP and gazetteer. */
class ToponymTaggerTest {

  private static Optional<Toponym> find(List<Toponym> toponyms, String name) {
    return toponyms.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  private static Toponym the(List<Toponym> toponyms, String name) {
    return find(toponyms, name).orElseThrow(() -> new AssertionError(name + " not tagged in " + toponyms));
  }

  @Test
  void parisFollowedByTexasIsTheTexasTown() {
    List<Toponym> t = Fixtures.tag("The county fair was held in Paris, Texas, on Saturday.");
    Toponym paris = the(t, "Paris");
    assertThat(paris.place().countryCode()).isEqualTo("US");
    assertThat(paris.place().admin1Code()).isEqualTo("TX");
    assertThat(the(t, "Texas").place().kind()).isEqualTo(GeoName.Kind.ADMIN1);
  }

  @Test
  void parisAloneIsTheFrenchCapital() {
    Toponym paris = the(Fixtures.tag("She flew to Paris for the climate summit."), "Paris");
    assertThat(paris.place().countryCode()).isEqualTo("FR");
    assertThat(paris.place().featureCode()).isEqualTo("PPLC");
  }

  @Test
  void georgiaAmongUsPlacesIsTheState() {
    List<Toponym> t = Fixtures.tag("Atlanta police said the suspect fled Georgia for Florida after the robbery.");
    Toponym georgia = the(t, "Georgia");
    assertThat(georgia.place().kind()).isEqualTo(GeoName.Kind.ADMIN1);
    assertThat(georgia.place().countryCode()).isEqualTo("US");
  }

  @Test
  void georgiaNextToTbilisiIsTheCountry() {
    List<Toponym> t = Fixtures.tag("Russian troops advanced into Georgia, shelling the outskirts of Tbilisi.");
    Toponym georgia = the(t, "Georgia");
    assertThat(georgia.place().kind()).isEqualTo(GeoName.Kind.COUNTRY);
    assertThat(georgia.place().countryCode()).isEqualTo("GE");
  }

  @Test
  void agencyDatelineIsAPlace() {
    Toponym kabul = the(Fixtures.tag("KABUL (Reuters) - A suicide bomber killed 12 people near a mosque on Monday."),
        "KABUL");
    assertThat(kabul.span().start()).isZero();
    assertThat(kabul.place().countryCode()).isEqualTo("AF");
  }

  @Test
  void datelineWithStateAbbreviationResolvesBoth() {
    List<Toponym> t = Fixtures.tag("CHARLESTON, W.Va. -- A fire destroyed a hardware store early Tuesday.");
    assertThat(the(t, "CHARLESTON").place().admin1Code()).isEqualTo("WV");
    Toponym state = the(t, "W.Va.");
    assertThat(state.place().kind()).isEqualTo(GeoName.Kind.ADMIN1);
    assertThat(state.place().admin1Code()).isEqualTo("WV");
  }

  @Test
  void wireDatelineWithDateIsAPlace() {
    Toponym city = the(Fixtures.tag("SAN SALVADOR, 3 JAN 90 -- Guerrillas attacked a police post in the capital."),
        "SAN SALVADOR");
    assertThat(city.place().countryCode()).isEqualTo("SV");
  }

  @Test
  void allahuAkbarIsNotAPlace() {
    List<Toponym> t = Fixtures.tag("Witnesses said the gunman shouted \"Allahu Akbar\" before opening fire on the "
        + "promenade in Nice.");
    assertThat(t).extracting(Toponym::name).doesNotContain("Allahu", "Akbar", "Allahu Akbar");
    assertThat(the(t, "Nice").place().countryCode()).isEqualTo("FR");
  }

  @Test
  void washingtonThePersonIsNotAPlace() {
    List<Toponym> t = Fixtures.tag("Denzel Washington said the film was shot in Atlanta last spring.");
    assertThat(t).extracting(Toponym::name).containsExactly("Atlanta");
  }

  @Test
  void washingtonTheCityIsTheCapitalNotTheState() {
    Toponym w = the(Fixtures.tag("The talks in Washington ended without a deal, the State Department said."),
        "Washington");
    assertThat(w.place().featureCode()).isEqualTo("PPLC");
  }

  @Test
  void nationalityWordIsItsCountryWhenAsked() {
    String text = "Malian soldiers patrolled the market in Gao after the attack.";
    Toponym malian = the(Fixtures.tag(text), "Malian");
    assertThat(malian.basis()).isEqualTo(Toponym.Basis.DEMONYM);
    assertThat(malian.place().countryCode()).isEqualTo("ML");
    List<Toponym> without = Fixtures.tag(text, ToponymOptions.defaults().withDemonyms(false));
    assertThat(without).extracting(Toponym::name).doesNotContain("Malian");
    assertThat(the(without, "Gao").place().countryCode()).isEqualTo("ML");
  }

  @Test
  void countyKeepsItsWordAndLiesInItsState() {
    List<Toponym> t = Fixtures.tag("Deputies searched a farm in Laurel County, Ky., on Friday.");
    Toponym county = the(t, "Laurel County");
    assertThat(county.basis()).isEqualTo(Toponym.Basis.CONTAINED);
    assertThat(county.place().admin1Code()).isEqualTo("KY");
    assertThat(the(t, "Ky.").place().admin1Code()).isEqualTo("KY");
  }

  @Test
  void aCountyIsMappedAtTheCentreOfItsShape() {
    Toponym county = the(Fixtures.tag("Deputies searched a farm in Laurel County, Ky., on Friday."),
        "Laurel County");
    // Laurel County, Kentucky lies between 36.9 and 37.35 N, 83.9 and 84.35 W; London, its seat, is off-centre
    assertThat(county.lat()).isBetween(36.9, 37.35);
    assertThat(county.lon()).isBetween(-84.35, -83.9);
    assertThat(county.place().admin1Code()).isEqualTo("KY");
  }

  @Test
  void aCountyNamesItsStateForTheTownsOfTheArticle() {
    List<Toponym> t = Fixtures.tag("A Mexican national was arrested in Sacramento on Friday after a chase, "
        + "Sacramento County deputies said.");
    Toponym sacramento = the(t, "Sacramento");
    assertThat(sacramento.place().countryCode()).isEqualTo("US");
    assertThat(sacramento.place().admin1Code()).isEqualTo("CA");
    Toponym county = the(t, "Sacramento County");
    assertThat(county.basis()).isEqualTo(Toponym.Basis.CONTAINED);
    assertThat(county.place().admin1Code()).isEqualTo("CA");
    Toponym fresno = the(Fixtures.tag("A Texas man was shot in Fresno on Monday, Fresno County sheriff's deputies "
        + "said."), "Fresno");
    assertThat(fresno.place().admin1Code()).isEqualTo("CA");
  }

  @Test
  void aDirectionBeforeATownsNameIsAPartOfThatTown() {
    List<Toponym> t = Fixtures.tag("Police said a man was shot in West Charlotte on Sunday. Charlotte officers "
        + "arrested a suspect later that night.");
    assertThat(the(t, "Charlotte").place().admin1Code()).isEqualTo("NC");
    assertThat(the(t, "West Charlotte").place().admin1Code()).isEqualTo("NC");
  }

  @Test
  void aCountyIsNeverContainedInATownOutsideItsStates() {
    List<Toponym> t = Fixtures.tag("The man, who moved from Guadalajara to Fresno last year, was arrested in "
        + "Guadalajara on Monday. He had been wanted in Madera County since March.");
    Toponym county = the(t, "Madera County");
    assertThat(county.place()).isNotNull();
    assertThat(county.place().countryCode()).isEqualTo("US");
    assertThat(county.place().admin1Code()).isEqualTo("CA");
  }

  @Test
  void lowerCaseProvinceWordStaysOutOfTheSpan() {
    assertThat(Fixtures.tag("Pigs were culled on a farm in Bulacan province.")).extracting(Toponym::name)
        .containsExactly("Bulacan");
  }

  @Test
  void organisationIsNotAPlaceButTheCityAfterItIs() {
    List<Toponym> t = Fixtures.tag("The ambassador spoke at the United Nations in New York on Monday.");
    assertThat(t).extracting(Toponym::name).containsExactly("New York");
  }

  @Test
  void commonWordsAreNotTowns() {
    assertThat(Fixtures.tag("The police said there was still hope of finding the boy.")).isEmpty();
  }

  @Test
  void capitalAfterPossessiveCountryIsResolvedInThatCountry() {
    List<Toponym> t = Fixtures.tag("Gunmen attacked a resort in Dougourakoro, near Mali's capital Bamako.");
    assertThat(the(t, "Bamako").place().featureCode()).isEqualTo("PPLC");
    assertThat(the(t, "Mali").place().kind()).isEqualTo(GeoName.Kind.COUNTRY);
  }

  @Test
  void placeInsideAnOrganisationFollowsTheOption() {
    String text = "The Gainesville Police Department arrested a man on Main Street.";
    assertThat(Fixtures.tag(text)).extracting(Toponym::name).contains("Gainesville", "Main Street");
    assertThat(Fixtures.tag(text, ToponymOptions.defaults().withNamesInOrganisations(false)))
        .extracting(Toponym::name).doesNotContain("Gainesville");
  }

  @Test
  void hyphenatedAdjectiveRegionsAndPartyLabels() {
    List<Toponym> t = Fixtures.tag("An Atlanta-based charity sent aid to the Middle East and Africa, "
        + "Sen. Nancy Pelosi, D-Calif., said.");
    assertThat(the(t, "Atlanta").span().length()).isEqualTo("Atlanta".length());
    assertThat(the(t, "Middle East").basis()).isEqualTo(Toponym.Basis.REGION);
    assertThat(the(t, "Africa").hasPoint()).isTrue();
    assertThat(the(t, "Calif.").place().admin1Code()).isEqualTo("CA");
  }

  @Test
  void countryNameWithOfTheIsOneToponym() {
    Toponym drc = the(Fixtures.tag("Measles spread in the Democratic Republic of the Congo this year."),
        "Democratic Republic of the Congo");
    assertThat(drc.place().countryCode()).isEqualTo("CD");
  }

  @Test
  void aNameBeforeDesertOrRiverIsTheFeatureNotATown() {
    List<Toponym> t = Fixtures.tag("Militants seized the remote compound in the Sahara desert before dawn on "
        + "Wednesday.");
    assertThat(t).extracting(Toponym::name).doesNotContain("Sahara");
  }

  @Test
  void aCountrysPossessiveKeepsTheNameInsideThatCountry() {
    List<Toponym> t = Fixtures.tag("Gunmen killed 23 people in an attack on Tunisia's Bardo national museum in the "
        + "capital, Tunis.");
    assertThat(t).extracting(Toponym::name).doesNotContain("Bardo").contains("Tunis");
    List<Toponym> own = Fixtures.tag("Police searched homes in Kenya's Garissa county after the attack.");
    assertThat(the(own, "Garissa").place().countryCode()).isEqualTo("KE");
  }

  /** "PAULDING COUNTY, Ga. –": a dateline in capitals names its county, not a town of the county's name. */
  @Test
  void aCountyInCapitalsIsTheCounty() {
    List<Toponym> t = Fixtures.tag("HENRY COUNTY, Ga. (WXYZ) \u2013 A man was shot and killed on Saturday night.");
    Toponym county = the(t, "HENRY COUNTY");
    assertThat(county.place().countryCode()).isEqualTo("US");
    assertThat(county.place().admin1Name()).isEqualTo("Georgia");
  }

  /**
   * As "GARY | A dispute over money …" (GVA dev 401-2,000): a town of four letters or fewer set in capitals by its
   * dateline is the town, not an acronym.
   */
  @Test
  void aShortTownInADatelinesCapitalsIsNoAcronym() {
    Toponym waco = the(Fixtures.tag("WACO | Two men were shot outside a bar early Sunday, police said."), "WACO");
    assertThat(waco.span().start()).isZero();
    assertThat(waco.place().admin1Name()).isEqualTo("Texas");
  }

  /**
   * As "Martice Washington, 42, … Washington, 33, also didn't know … Washington recalled" (GVA dev 401-2,000, placed
   * in Washington, Pennsylvania): the surname of a person named in full is the person wherever nothing says it is a
   * place, and ", 31," after it is an age, not a dateline's date.
   */
  @Test
  void theBareSurnameOfAPersonNamedInFullIsNoPlace() {
    List<Toponym> t = Fixtures.tag("Tyrell Washington, 24, was shot in the leg outside a store in Camden on Friday."
        + "\n\nWashington, 31, his cousin, said the family was stunned.\n\n\"He called me from the ambulance,\" "
        + "Washington recalled.");
    assertThat(t).extracting(Toponym::name).containsExactly("Camden");
  }

  /**
   * As "… Fish and Wildlife Area shooting range in …" (GVA dev 401-2,000, placed in an Illinois village the gazetteer
   * also calls "Area"): the last word of a park's or wildlife area's name is no town.
   */
  @Test
  void theWordAreaAloneIsNoPlace() {
    List<Toponym> t = Fixtures.tag("Conservation officers were called to the Elm Creek Fish and Wildlife Area on "
        + "Thursday morning.");
    assertThat(t).extracting(Toponym::name).doesNotContain("Area");
  }
}
