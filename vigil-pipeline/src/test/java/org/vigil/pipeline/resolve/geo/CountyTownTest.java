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
}
