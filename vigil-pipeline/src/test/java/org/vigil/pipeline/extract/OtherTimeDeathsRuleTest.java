package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A death told with an earlier time of its own than the incident's is another incident's ({@link OtherTimeDeaths};
 * Session 16, hurt16c). Sentences written for these tests, through the real pipeline; published 2015-01-07.
 */
class OtherTimeDeathsRuleTest {

  @Test
  void aDeathOfAnEarlierYearIsNotTakenOffEveryoneShot() {
    Incident i = main("Four people were shot outside a bar on Elm Street on Monday night, police said. This all comes "
        + "after a man was killed in a shooting outside the same bar in November of 2013.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
    assertThat(i.figure(FigureKind.KILLED)).isNull();
  }

  @Test
  void aDeathAfterTheShootingIsItsOwn() {
    Incident i = main("Four people were shot outside a bar on Elm Street on Saturday night, police said. One of them, "
        + "a 25-year-old man, died Monday at a hospital.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
  }
}
