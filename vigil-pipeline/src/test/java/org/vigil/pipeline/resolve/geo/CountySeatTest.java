package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/** {@link CountySeat}: a state's capital, which GeoNames marks as no county's seat, is its county's. */
class CountySeatTest {

  /**
   * A state's capital is its county's seat though GeoNames marks it PPLA, not PPLA2 ("Sacramento County" pages had
   * stayed at the county). Sentence written for the test.
   */
  @Test
  void aCapitalNearTheCountysCentreIsItsSeat() {
    IncidentPlace p = place("Man shot in Sacramento County",
        "A man was shot and wounded Sunday night in Sacramento County, sheriff's deputies said.");
    assertThat(p).isNotNull();
    assertThat(p.resolvedName()).isEqualTo("Sacramento");
    assertThat(p.precision()).isEqualTo(2);
  }

  private static IncidentPlace place(String title, String text) {
    return extract("http://www.example.com/news/1", title, text, "2016-03-01").main().place();
  }
}
