package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;

/** {@link Postal#town} on towns as the resolver might have chosen them, with the bundled gazetteer. */
class PostalTest {
  private static final Gazetteer GAZETTEER = Gazetteer.loadBundled();
  private static final Postal POSTAL = new Postal(GAZETTEER);

  private static IncidentPlace town(String name, String state) {
    GeoName g = GAZETTEER.lookup(name).stream()
        .filter(x -> x.kind() == GeoName.Kind.POPULATED_PLACE && x.admin1Name().equals(state)).findFirst()
        .orElseThrow();
    return SentencePlace.build(name, null, null, g, 1, null);
  }

  @Test
  void aTownInsideAnotherTownsZipCodesCarriesThatTownWhenTheArticleNamesIt() {
    IncidentPlace p = POSTAL.town(town("Wilkinsburg", "Pennsylvania"),
        "PITTSBURGH (KDKA) - Five people were killed in a shooting at a backyard party in Wilkinsburg.", null);
    assertThat(p.postalTown()).isEqualTo("Pittsburgh");
    assertThat(p.resolvedName()).isEqualTo("Wilkinsburg");
  }

  /** A town whose own police the article names is a municipality of its own: the postal town only when named. */
  @Test
  void aPostalTownTheArticleDoesNotNameIsLeftOutForATownWithItsOwnPolice() {
    assertThat(POSTAL.town(town("Wilkinsburg", "Pennsylvania"),
        "Five people were killed in a shooting at a backyard party in Wilkinsburg, Wilkinsburg police said.", null)
        .postalTown()).isNull();
    assertThat(POSTAL.town(town("Wilkinsburg", "Pennsylvania"),
        "Five people were killed in a shooting at a backyard party in Wilkinsburg, Wilkinsburg police said.",
        "Five killed - Pittsburgh").postalTown()).isEqualTo("Pittsburgh");
  }

  /**
   * A place whose article names no police of its own (a census-designated place the sheriff polices, a borough the
   * county police serve) carries its postal town, named or not: "Teen dead in Atascocita shooting" is GVA's "Humble
   * (Atascocita)". Sentence written for the test.
   */
  @Test
  void aPostalTownTheArticleDoesNotNameIsKeptForAPlaceWithNoPoliceOfItsOwn() {
    IncidentPlace p = POSTAL.town(town("Pine Hills", "Florida"),
        "Two men were shot Saturday night outside an apartment complex in Pine Hills, deputies said.", null);
    assertThat(p.postalTown()).isEqualTo("Orlando");
    assertThat(p.resolvedName()).isEqualTo("Pine Hills");
  }

  /** A county's seat (PPLA2) is written alone unless its postal town is named: a borough's ZIP codes carry many. */
  @Test
  void aCountySeatCarriesAPostalTownOnlyWhenTheArticleNamesIt() {
    IncidentPlace p = town("Queens", "New York");
    assertThat(p.featureCode()).isEqualTo("PPLA2");
    assertThat(POSTAL.town(p, "Two men were shot Sunday night outside a deli in Queens.", null).postalTown())
        .isNull();
  }

  /**
   * A place on the edge of two postal cities carries the one its people live in, though the ZIP code whose point lies
   * nearest is the other's (Paradise, Nevada: Las Vegas's nearest, Henderson's within reach); a city named otherwise
   * does not count. Sentences written for the test.
   */
  @Test
  void aPlaceBetweenTwoPostalCitiesCarriesTheOneItsPeopleLiveIn() {
    String shot = "Two men were shot outside a casino in Paradise early Sunday, deputies said.";
    assertThat(POSTAL.town(town("Paradise", "Nevada"), shot, null).postalTown()).isEqualTo("Las Vegas");
    assertThat(POSTAL.town(town("Paradise", "Nevada"), shot + " One of them, a Henderson resident, died.", null)
        .postalTown()).isEqualTo("Henderson");
    assertThat(POSTAL.town(town("Paradise", "Nevada"), shot + " A Henderson man and a Las Vegas man were hurt.",
        null).postalTown()).isEqualTo("Las Vegas");
    assertThat(POSTAL.town(town("Paradise", "Nevada"), shot + " Both were taken to a Henderson hospital.", null)
        .postalTown()).isEqualTo("Las Vegas");
  }

  @Test
  void aTownThatIsAPostalCityItselfHasNone() {
    assertThat(POSTAL.town(town("Pittsburgh", "Pennsylvania"), "A man was shot in Pittsburgh.", null).postalTown())
        .isNull();
  }

  @Test
  void aSaintIsNamedShortOrLong() {
    assertThat(Postal.named("Saint Louis", "a shooting in north St. Louis County")).isTrue();
    assertThat(Postal.named("Saint Louis", "a shooting near St Louis")).isTrue();
    assertThat(Postal.named("Pittsburgh", "Pittsburghers")).isFalse();
  }
}
