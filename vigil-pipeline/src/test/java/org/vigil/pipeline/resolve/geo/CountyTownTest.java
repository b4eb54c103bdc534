package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/**
 * {@link CountyTown}: sentences written for these tests (not taken from any evaluation set), through the real
 * pipeline where a rule needs the tagger.
 */
class CountyTownTest {

  @Test
  void aTownOfTheCountyTheTaggerMissedStandsInForTheCountysSeat() {
    // the motivating kind: "Child wounded in shooting at Spring home" beside "Montgomery County"
    IncidentPlace p = extract("A 4-year-old boy was wounded in a shooting at a King home in Stokes County, "
        + "North Carolina, on Sunday, deputies said.", "2015-06-01").main().place();
    assertThat(p.resolvedName()).isEqualTo("King");
    assertThat(p.admin1()).isEqualTo("North Carolina");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void aCountyLeftAsTheIncidentsPlaceGivesWayToATownOfItTheArticleNames() {
    // the motivating kind: a sheriff's county and a school of a town 70 km from the county's centre ("Alpine High
    // School" in a Brewster County story); Garberville lies 66 km from Humboldt County's centre
    IncidentPlace p = extract("Humboldt County Sheriff William Honsal said a student shot a classmate and then killed "
        + "herself at Garberville High School on Thursday morning.", "2016-05-01").main().place();
    assertThat(p.resolvedName()).isEqualTo("Garberville");
    assertThat(p.admin1()).isEqualTo("California");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void onlyACountyTheArticleNamesAsSuchOrByASiteNamesNoTown() {
    assertThat(CountyTown.namesNoTown("Troup County", "Troup County")).isTrue();
    assertThat(CountyTown.namesNoTown("Alpine High School", "Brewster County")).isTrue();
    assertThat(CountyTown.namesNoTown("San Antonio hospital", "Kerr County")).isTrue();
    assertThat(CountyTown.namesNoTown("Big Bend Region", "Brewster County")).isTrue();
    // a town the gazetteer lacks, placed at its county, and a town whose first word is a site's
    assertThat(CountyTown.namesNoTown("Hartsville", "Bartholomew County")).isFalse();
    assertThat(CountyTown.namesNoTown("Temple Hills", "Prince George's County")).isFalse();
    assertThat(CountyTown.namesNoTown("Temple Hills in Prince George's County", "Prince George's County")).isFalse();
  }
}
