package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;

/**
 * {@link Counties} through the real pipeline: sentences written for these tests (not taken from any evaluation set).
 */
class CountiesTest {

  private static IncidentPlace place(String text) {
    return extract(text, "2015-03-01").main().place();
  }

  @Test
  void aCountyInAStateTheArticleNeverNamesIsTheNamesakeTheOutletOrTheArticlePoints() {
    Gazetteer gazetteer = Gazetteer.loadBundled();
    Counties counties = new Counties(gazetteer);
    IncidentPlace nebraska = SentencePlace.build("Platte County", null, null,
        gazetteer.county("Platte County", "NE").orElseThrow(), 2, null);
    GeoName kansasCity = gazetteer.lookup("Kansas City").stream()
        .filter(g -> g.kind() == GeoName.Kind.POPULATED_PLACE && g.admin1Code().equals("MO")).findFirst()
        .orElseThrow();
    assertThat(counties.stated(nebraska, d -> false, kansasCity).admin1()).isEqualTo("Missouri");
    assertThat(counties.stated(nebraska, d -> d.equals("Wyoming"), null).admin1()).isEqualTo("Wyoming");
    assertThat(counties.stated(nebraska, d -> false, null).admin1()).isEqualTo("Nebraska");
    assertThat(counties.stated(nebraska, d -> d.equals("Nebraska"), kansasCity).admin1()).isEqualTo("Nebraska");
  }

  @Test
  void aBareTownIsTheNamesakeNextToTheCountyTheArticleNames() {
    IncidentPlace p = place("Two men were shot in Athens on Saturday night, the Limestone County Sheriff's Office "
        + "said.");
    assertThat(p.resolvedName()).isEqualTo("Athens");
    assertThat(p.admin1()).isEqualTo("Alabama");
  }

  @Test
  void aCountyAndATownFarApartAreTheNamesakesThatLieTogether() {
    IncidentPlace p = place("Two people were found shot dead in a home in Pike County on Sunday, Troy police said.");
    assertThat(p.resolvedName()).isEqualTo("Troy");
    assertThat(p.admin1()).isEqualTo("Alabama");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void aTownNextToTheCountyItsArticleNamesStays() {
    IncidentPlace p = place("A man was shot dead in Athens on Monday, the Athens-Clarke County police said. "
        + "Deputies from Oconee County helped.");
    assertThat(p.resolvedName()).isEqualTo("Athens");
    assertThat(p.admin1()).isEqualTo("Georgia");
  }

  @Test
  void aTownKnownOnlyInOtherStatesGivesWayToTheNamedCountyInTheNamedState() {
    IncidentPlace p = place("SUMMERSVILLE, Mo. (AP) \u2014 A man was shot and killed at a home on Thursday night, "
        + "Texas County Sheriff James Smith said.");
    // the county, reported as its seat
    assertThat(p.resolvedName()).isEqualTo("Houston");
    assertThat(p.admin1()).isEqualTo("Missouri");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void aCountyWithATypesetApostropheIsNamed() {
    var named = new Counties(org.vigil.geo.Gazetteer.loadBundled())
        .named("Two men were shot in Prince George\u2019s County on Sunday.");
    assertThat(named).extracting(g -> g.admin1Name()).containsExactly("Maryland");
  }

  @Test
  void aTownFarFromTheCountyNamedFirstIsTheNamesakeByAnotherCountyOfItsName() {
    // the county's and the town's likeliest namesakes lie in different states; the pair that lies together is meant
    IncidentPlace p = place("Two men were wounded in Clark County on Sunday night. The shooting happened outside a "
        + "bar in Springfield, deputies said.");
    assertThat(p.resolvedName()).isEqualTo("Springfield");
    assertThat(p.admin1()).isEqualTo("Ohio");
  }

  @Test
  void aCountyOfAnUnnamedStateIsTheNamesakeInTheOutletsLearnedState() {
    // a call sign's page whose other pages are about four Alabama towns, none of them half: "Jefferson County" is
    // Alabama's
    java.util.List<OutletHomes.Vote> votes = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      votes.add(new OutletHomes.Vote("kxyz", "other" + i, 100 + i, "Town" + i, "Alabama", "US"));
    }
    IncidentPlace p = extract(OutletHomes.of(votes), "http://www.kxyz.com/story/1", "Man wounded",
        "A man was shot and wounded at a home early Sunday, Jefferson County deputies said.", "2016-05-01")
        .main().place();
    assertThat(p.admin1()).isEqualTo("Alabama");
  }

  /**
   * A name read as a far town of another state (as the tagger may reach it through another place's alternate name) on
   * a page that names a county whose state has a postal city of exactly that name and no town of it in the gazetteer:
   * that postal city, near the incident. Cosby is a postal city of Cocke County, Tennessee, that GeoNames' towns of
   * 500 or more lack; the far reading here is Missouri's St. Joseph, standing in for any other state's town.
   */
  @Test
  void aNameFarFromTheNamedCountyIsThePostalCityOfThatNameBesideIt() {
    Gazetteer gazetteer = Gazetteer.loadBundled();
    Counties counties = new Counties(gazetteer);
    GeoName far = gazetteer.lookup("St. Joseph").stream()
        .filter(g -> g.kind() == GeoName.Kind.POPULATED_PLACE && g.admin1Code().equals("MO")).findFirst()
        .orElseThrow();
    IncidentPlace read = SentencePlace.build("Cosby", null, null, far, 1, null);
    IncidentPlace p = counties.town(read, counties.named("deputies of the Cocke County Sheriff's Office"), d -> false);
    assertThat(p.resolvedName()).isEqualTo("Cosby");
    assertThat(p.admin1()).isEqualTo("Tennessee");
    assertThat(p.precision()).isEqualTo(2);
  }
}
