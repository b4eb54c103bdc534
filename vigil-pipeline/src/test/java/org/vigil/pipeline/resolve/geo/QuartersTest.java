package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/**
 * {@link Quarters}: names of streets and quarters that are no towns, through the real pipeline; sentences written
 * for these tests (not taken from any evaluation set).
 */
class QuartersTest {

  private static IncidentPlace place(String text) {
    return extract(text, "2015-12-28").main().place();
  }

  @Test
  void theFirstOfTwoStreetsNamedTogetherIsNoTown() {
    IncidentPlace p = place("Four people were shot near Odessa and Franklin streets on Friday night, Jacksonville "
        + "police said.");
    assertThat(p.resolvedName()).isEqualTo("Jacksonville");
  }

  @Test
  void aNameAfterAHouseNumberIsAStreet() {
    IncidentPlace p = place("A boy was shot at the Vistas Apartments, 5751 Green Hill, in San Angelo on Friday "
        + "evening, police said.");
    assertThat(p.resolvedName()).isEqualTo("San Angelo");
    assertThat(p.admin1()).isEqualTo("Texas");
  }
}
