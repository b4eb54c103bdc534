package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Geo;
import org.vigil.model.IncidentPlace;

/**
 * The outlet's learned home ({@link LearnedHome}) in the place rules: sentences written for these tests through the
 * real pipeline, on a call sign's page whose other pages ({@link OutletHomes}) are about one town.
 */
class LearnedHomeTest {
  private static final String PAGE = "http://web.archive.org/web/20160101000000/http://www.kxyz.com/story/1";

  private static OutletHomes homes(long town, String name, String admin1) {
    return homes(town, name, admin1, 3);
  }

  private static OutletHomes homes(long town, String name, String admin1, int pages) {
    List<OutletHomes.Vote> v = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      v.add(new OutletHomes.Vote("kxyz", "other" + i, town, name, admin1, "US"));
    }
    return OutletHomes.of(v);
  }

  @Test
  void aPageThatNamesNoTownIsNearItsOutletsLearnedHome() {
    // (the motivating pages: a Wichita station's story that names only a street)
    IncidentPlace p = extract(homes(4281730, "Wichita", "Kansas"), PAGE, "Man shot on Westwood Drive",
        "A man was shot and killed on Westwood Drive late Saturday, police said.", "2015-03-01").main().place();
    assertThat(p.resolvedName()).isEqualTo("Wichita");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void aPageThatNamesNoTownIsNearTheHomeOfOneOtherPage() {
    IncidentPlace p = extract(homes(4281730, "Wichita", "Kansas", 1), PAGE, "Early morning shooting wounds two",
        "Two men were wounded in a shooting outside a bar early Sunday, police said.", "2015-03-01").main().place();
    assertThat(p.resolvedName()).isEqualTo("Wichita");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void oneOtherPagesVoteDoesNotMoveABareNameToItsNamesake() {
    // the stricter home weighs a town the page names: one Minneapolis vote leaves "Rochester" the first choice's
    IncidentPlace one = extract(homes(5037649, "Minneapolis", "Minnesota", 1), PAGE, "Man shot",
        "A man was shot and wounded in Rochester on Friday night, police said.", "2016-08-22").main().place();
    IncidentPlace none = extract(OutletHomes.NONE, PAGE, "Man shot",
        "A man was shot and wounded in Rochester on Friday night, police said.", "2016-08-22").main().place();
    assertThat(one.admin1()).isEqualTo(none.admin1());
  }

  @Test
  void aBareNameOfAnotherStateIsAQuarterOfTheLearnedHome() {
    // "Dorchester" on "wcvb.com", whose other pages are Boston's: not the Wisconsin village
    IncidentPlace p = extract(homes(4930956, "Boston", "Massachusetts"), PAGE, "Three shot",
        "Three people were shot in Dorchester on Sunday night, police said.", "2016-08-22").main().place();
    assertThat(p.admin1()).isEqualTo("Massachusetts");
    assertThat(Geo.distanceKm(p.lat(), p.lon(), 42.36, -71.06)).isLessThan(25);
  }

  @Test
  void aBareNameOfAnotherStateIsItsNamesakeInTheLearnedHomesState() {
    // "Rochester" on a page of an outlet whose other pages are Minneapolis's: Minnesota's Rochester, not New York's
    IncidentPlace p = extract(homes(5037649, "Minneapolis", "Minnesota"), PAGE, "Man shot",
        "A man was shot and wounded in Rochester on Friday night, police said.", "2016-08-22").main().place();
    assertThat(p.resolvedName()).isEqualTo("Rochester");
    assertThat(p.admin1()).isEqualTo("Minnesota");
  }

  @Test
  void aSmallNamesakeOverHalfTheFarReachAwayInAnotherStateIsReadNearTheLearnedHome() {
    // an outlet whose other pages are Amarillo's: a bare "Guymon", Oklahoma's town some 165 km off, in a state the
    // page never names, is taken for a place of the outlet's area (learned homes reach 150 km, not 300)
    IncidentPlace p = extract(homes(5516233, "Amarillo", "Texas"), PAGE, "Man shot",
        "A man was shot and wounded in Guymon on Friday night, police said.", "2016-08-22").main().place();
    assertThat(p.resolvedName()).isEqualTo("Amarillo");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void aBigCityIsNoQuarterOfTheLearnedHome() {
    // a national site whose pages are mostly one town's: "New Orleans" is the city, not a quarter of that town
    IncidentPlace p = extract(homes(5393212, "Santa Monica", "California"), PAGE, "Two shot",
        "Two men were shot and killed in New Orleans on Friday night, police said.", "2016-08-22").main().place();
    assertThat(p.resolvedName()).isEqualTo("New Orleans");
  }

  @Test
  void aBareNameOfAnotherStateIsItsNamesakeInTheLearnedStateWhenNoTownIsHalf() {
    // an outlet whose other pages are about four Delaware towns, none of them half: "Milford" is Delaware's, not
    // the larger Connecticut town
    List<OutletHomes.Vote> v = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      v.add(new OutletHomes.Vote("kxyz", "other" + i, 300 + i, "Town" + i, "Delaware", "US"));
    }
    IncidentPlace p = extract(OutletHomes.of(v), PAGE, "Man shot",
        "A man was shot and wounded in Milford on Friday night, police said.", "2016-08-22").main().place();
    assertThat(p.resolvedName()).isEqualTo("Milford");
    assertThat(p.admin1()).isEqualTo("Delaware");
  }
}
