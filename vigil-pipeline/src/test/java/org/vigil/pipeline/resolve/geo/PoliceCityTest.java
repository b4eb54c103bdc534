package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.model.IncidentPlace;

/** {@link PoliceCity}: the city whose own police the text names. Sentences written for these tests. */
class PoliceCityTest {

  private static final PoliceCity POLICE = new PoliceCity(Gazetteer.loadBundled());

  @Test
  void aCitysPoliceNameTheCity() {
    assertThat(POLICE.of("Milwaukee Police are investigating the shooting.").name()).isEqualTo("Milwaukee");
    assertThat(POLICE.of("When Cincinnati police arrived, the boy had been shot.").name()).isEqualTo("Cincinnati");
    // a city's and its county's joint force
    assertThat(POLICE.of("Savannah-Chatham Metropolitan Police said.").name()).isEqualTo("Savannah");
  }

  @Test
  void noCityOrTwoCitiesNameNone() {
    assertThat(POLICE.of("State Police said the man was shot.")).isNull();
    assertThat(POLICE.of("A man was shot, police said.")).isNull();
    assertThat(POLICE.of("Milwaukee Police and Chicago police are investigating.")).isNull();
    // a kind of force, and a sentence's last word before the next's "Police"
    assertThat(POLICE.of("Metro Police said the man was shot.")).isNull();
    assertThat(POLICE.of("Five were shot, reported Metro. Police confirmed the arrest.")).isNull();
  }

  /**
   * The motivating kind: "Milwaukee Police are investigating … in Washington Park" on a broadcaster's page whose
   * host names no city, which had been Washington Park, Illinois.
   */
  @Test
  void aBareQuarterFarFromTheCityWhosePoliceSpeakIsAPartOfThatCity() {
    IncidentPlace p = extract("http://www.wxyz58.com/story/1234/two-shot", "Two shot Friday night",
        "Two people were shot Friday night in Washington Park. Milwaukee Police are investigating the shooting.",
        "2015-09-05").main().place();
    assertThat(p.resolvedName()).isEqualTo("Milwaukee");
    assertThat(p.admin1()).isEqualTo("Wisconsin");
  }
}
