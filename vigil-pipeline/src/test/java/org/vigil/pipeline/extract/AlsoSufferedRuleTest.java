package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A survivor told beside the dead by "also suffered a wound" ({@link InjuredOneByOne}; Session 17, hurt17f).
 * Sentences written for these tests, through the real pipeline.
 */
class AlsoSufferedRuleTest {

  @Test
  void theOneWhoAlsoSufferedAWoundBesideTheDeadIsHurt() {
    Incident i = extract("Two people were shot and killed inside a home on Friday night, police said. Along with the "
        + "two people found dead at the home, police said a man also suffered a gunshot wound to the leg.",
        "2016-07-16").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }
}
