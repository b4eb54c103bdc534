package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/** {@link Counties#lone}: the seat of the one county a page names, when nothing else placed the incident. */
class LoneCountyTest {

  /**
   * The motivating kind: "The Vanderburgh County Coroner's Office has identified an 18-year-old man who died after an
   * accidental shooting … in the 500 block of S. Linwood" had no place (the county is an office's name). Sentences
   * written for the test.
   */
  @Test
  void theOneCountyAPageNamesPlacesItAtTheSeat() {
    IncidentPlace p = place("Coroner names man killed in accidental shooting",
        "The Tippecanoe County Coroner's Office has identified a 19-year-old man who died after an accidental "
            + "shooting. Police say the shooting happened early Saturday in the 300 block of Elm Street.");
    assertThat(p).isNotNull();
    assertThat(p.resolvedName()).isEqualTo("Lafayette");
    assertThat(p.admin1()).isEqualTo("Indiana");
  }

  /** "at a northwest Harris County home" was a region of the county, which names no town: the county's seat. */
  @Test
  void aRegionOfACountyIsPlacedAtTheSeat() {
    IncidentPlace p = place("Man who was shot at home has died",
        "A 30-year-old man who was shot at a northwest Bexar County home has died, a medical examiner said.");
    assertThat(p).isNotNull();
    assertThat(p.resolvedName()).isEqualTo("San Antonio");
    assertThat(p.admin1()).isEqualTo("Texas");
  }

  private static IncidentPlace place(String title, String text) {
    return extract("http://www.example.com/news/1", title, text, "2016-03-01").main().place();
  }
}
