package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * "Each victim" is everyone of a group, not one victim more ({@link PersonWords#distributive}; Session 18, hurt18e).
 * Sentences written for these tests, through the real pipeline.
 */
class DistributiveVictimRuleTest {

  @Test
  void eachVictimCountsNoOneHurt() {
    Incident i = extract("Authorities said each victim suffered more than one gunshot wound, and several guns were "
        + "found at the home.", "2016-07-16").main();
    assertThat(i.figure(FigureKind.INJURED)).isIn(0, null);
  }

  @Test
  void oneVictimStillCountsOne() {
    Incident i = extract("Authorities said the victim suffered more than one gunshot wound, and several guns were "
        + "found at the home.", "2016-07-16").main();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }
}
