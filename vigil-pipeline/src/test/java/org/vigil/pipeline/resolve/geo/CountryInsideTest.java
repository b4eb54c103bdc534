package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/**
 * {@code Names}: a country's name that is only a word of a longer name ("Pounds Turkey Farm") places nothing abroad.
 */
class CountryInsideTest {

  /**
   * The motivating kind: "an emergency medical helicopter landed on Melwood Road near Pounds Turkey Farm to take him
   * to a Pittsburgh hospital" had placed a Pennsylvania shooting in Türkiye. Sentence written for the test.
   */
  @Test
  void aFarmNamedAfterACountryIsNoPlaceAbroad() {
    IncidentPlace p = place("Teen shot in township",
        "A 15-year-old boy was shot Saturday near Maple Turkey Farm in Allegheny Township, and a helicopter took him"
            + " to a Pittsburgh hospital, police said.");
    assertThat(p).isNotNull();
    assertThat(p.countryCode()).isEqualTo("US");
  }

  private static IncidentPlace place(String title, String text) {
    return extract("http://www.example.com/news/1", title, text, "2016-03-01").main().place();
  }
}
