package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/** {@link DatelineState}: a state a dateline names by its postal code. Sentences written for these tests. */
class DatelineStateTest {

  /**
   * The motivating kind: "Hamilton County, TN (WDEF) –" over a body that names the county only inside an office's
   * name, which had been Hamilton County, Texas.
   */
  @Test
  void aDatelinesPostalCodeNamesTheCountysState() {
    IncidentPlace p = extract("http://www.wxyz.com/2016/03/02/1234/", "Boy's death ruled an accident",
        "Hamilton County, TN (WXYZ) \u2013 A 4-year-old boy was shot and killed on Sunday when he found his "
            + "father\u2019s gun, the Hamilton County Sheriff\u2019s Office says.", "2016-03-02").main().place();
    assertThat(p.admin1()).isEqualTo("Tennessee");
  }
}
