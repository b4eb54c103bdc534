package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/** {@link QuarterOf}: a quarter the text itself places in a town. Sentences written for these tests. */
class QuarterOfTest {

  /**
   * The motivating kind: "seven people were shot in the Kensington section of Philadelphia" on a Philadelphia
   * station's page under "… In Kensington Shooting", which had been Kensington, New York (too near Philadelphia for the
   * outlet's city to call it far).
   */
  @Test
  void aQuarterOfANamedCityIsInThatCity() {
    IncidentPlace p = place("Seven wounded in Kensington shooting",
        "Police say seven people were shot in the Kensington section of Philadelphia Monday afternoon.");
    assertThat(p.resolvedName()).isEqualTo("Philadelphia");
    assertThat(p.admin1()).isEqualTo("Pennsylvania");
  }

  /** A possessive ends the town's name, as in the dev case "the Gresham neighborhood of Chicago's South Side". */
  @Test
  void aPossessiveEndsTheCitysName() {
    assertThat(place("Man shot Sunday",
        "A man was shot Sunday in Kensington, in the Kensington neighborhood of Philadelphia's River Wards.")
        .resolvedName()).isEqualTo("Philadelphia");
  }

  /** A county is no town: "the Guntown area of Lee County" stays Guntown (not the town of Lee elsewhere). */
  @Test
  void anAreaOfACountyKeepsTheTown() {
    assertThat(place("Man shot Tuesday", "A man was shot Tuesday in the Guntown area of Lee County, deputies said.")
        .resolvedName()).isEqualTo("Guntown");
  }

  private static IncidentPlace place(String title, String text) {
    return extract("http://www.wxyz58.com/story/1234/shot", title, text, "2015-06-22").main().place();
  }
}
