package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;

/**
 * A victim numbered by sex after the victims were counted by sex is numbered among that sex ({@link NumberedVictims};
 * Session 22, hurt22a). Sentences written for these tests, through the real pipeline.
 */
class NumberedBySexRuleTest {

  @Test
  void aThirdFemaleVictimAfterTwoIsOneMore() {
    assertThat(main("Three people were shot outside a bar on Saturday night. Officers found one male and two female "
        + "victims with gunshot wounds. Police later learned that a third female victim was grazed by a bullet.")
        .figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void aThirdFemaleVictimOfThreeIsOneOfThem() {
    assertThat(main("Four people were shot outside a bar on Saturday night. Officers found one male and three female "
        + "victims with gunshot wounds. A third female victim was shot in the leg.").figure(FigureKind.INJURED))
        .isEqualTo(4);
  }
}
