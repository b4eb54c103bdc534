package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;

/**
 * People "hit by shots" are shot, as those "struck by gunfire" are: the sentence is parsed and
 * its people counted ({@link Framing#struckBy}, read by {@link IncidentExtractor#needsParse}; Session 18, hurt18f).
 * Sentences written for these tests, through the real pipeline.
 */
class HitByShotsRuleTest {

  @Test
  void peopleHitByShotsBesideADeathAreHurt() {
    assertThat(main("A woman was shot and killed Sunday night on Elm Street, police said. A man and a woman were also "
        + "hit by shots from a passing car, police said.").figure(FigureKind.INJURED)).isEqualTo(2);
  }
}
