package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/**
 * {@link DatelineName}: sentences written for these tests (not taken from any evaluation set) through the real
 * pipeline (CoreNLP and the bundled gazetteer).
 */
class DatelineNameTest {

  /**
   * As "SAINT JOSEPH, Mich. (NEWSCHANNEL 3) -" below a video warning (GVA dev 401-2,000): only the state's abbreviation
   * was read from the dateline.
   */
  @Test
  void aDatelineTownSpelledOutIsReadInTheStateAfterIt() {
    IncidentPlace p = extract("http://www.example.com/news/1234", "Guards killed in jail shooting",
        "Warning: the footage above may upset some viewers.\n\n\n\nSAINT JOSEPH, Mich. (WKZO 3) - Gunfire broke out "
            + "inside the county jail on Monday.\n\nTwo guards were killed and a visitor was wounded.\n\nThe visitor "
            + "was a Benton Harbor resident.", "2016-07-12")
        .main().place();
    assertThat(p.resolvedName()).as("%s", p).isEqualTo("Saint Joseph");
    assertThat(p.admin1()).isEqualTo("Michigan");
  }
}
