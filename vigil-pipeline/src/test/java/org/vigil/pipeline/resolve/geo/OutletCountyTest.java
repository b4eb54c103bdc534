package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/** {@link Counties#beyond}: the one county a page names, far from the outlet's town, places it instead. */
class OutletCountyTest {

  /**
   * The motivating kind: a Shreveport station's page about a New Orleans playground shooting named no town, only
   * "booked into Orleans Parish Prison", and its title's city had placed it. Sentences written for the test.
   */
  @Test
  void aFarCountyTheTextNamesBeatsTheOutletsCity() {
    IncidentPlace p = place("Ninth suspect arrested in park shooting - KSLA News 12 Shreveport, Louisiana News Weather"
        + " & Sports", "A ninth suspect in the park mass shooting has been arrested. He was booked into Orleans Parish"
        + " Prison Friday morning on 17 counts of attempted murder.");
    assertThat(p).isNotNull();
    assertThat(p.resolvedName()).isEqualTo("New Orleans");
  }

  /** A county next to the outlet's city is the city's own: the city stays. */
  @Test
  void aCountyNextToTheOutletsCityLeavesIt() {
    IncidentPlace p = place("Suspect arrested in park shooting - KSLA News 12 Shreveport, Louisiana News Weather"
        + " & Sports", "A suspect in the park shooting has been arrested. He was booked into the Caddo Parish"
        + " Correctional Center Friday morning on two counts of attempted murder.");
    assertThat(p).isNotNull();
    assertThat(p.resolvedName()).isEqualTo("Shreveport");
  }

  private static IncidentPlace place(String title, String text) {
    return extract("http://www.example.com/news/1", title, text, "2016-03-01").main().place();
  }
}
