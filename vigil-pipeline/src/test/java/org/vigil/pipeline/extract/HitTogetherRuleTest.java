package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * People named one by one as hit together, fewer of them dead: the rest are hurt ({@link HitTogether}; Session 18,
 * hurt18e). Sentences written for these tests, through the real pipeline.
 */
class HitTogetherRuleTest {

  @Test
  void threeNamedHitOneDeadLeavesTwoHurt() {
    Incident i = extract("A 2-year-old boy was fatally shot in Dayton on Thursday. Police said the boy, his "
        + "grandfather and a woman were shot as they stood outside a house.",
        "2016-07-16").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void theOneNamedShotIsTheDeadToldAgain() {
    Incident i = extract("A 2-year-old boy was fatally shot in Dayton on Thursday. Police said the boy was shot "
        + "as he stood outside a house.", "2016-07-16").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isIn(0, null);
  }
}
