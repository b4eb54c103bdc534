package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;

/**
 * People told hurt one by one across sentences, each later one with "also" ({@link AlsoHurt}; Session 15, hurt15a).
 * Sentences written for these tests, through the real pipeline.
 */
class AlsoHurtRuleTest {

  @Test
  void someoneAlsoShotInALaterSentenceIsOneMore() {
    assertThat(main("Police say a 66-year-old man was shot once on Elm Street on Saturday night. His 5-year-old "
        + "granddaughter was also shot in the ankle.").figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void everyoneAlsoShotAddsUp() {
    assertThat(main("A 5-year-old girl was wounded on Elm Street on Monday night. Her 7-year-old cousin also was shot "
        + "and hospitalized. A 30-year-old woman was shot in her left leg, and a 19-year-old man also was shot in his "
        + "left leg.").figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void aPronounAlsoShotMayBeTheSameOne() {
    assertThat(main("A 25-year-old man was shot in the chest on Elm Street on Sunday night. He was also shot in the "
        + "arm.").figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aPersonWordAlreadyCountedIsTheSameOne() {
    assertThat(main("Police said a woman was killed and her son was wounded on Elm Street on Monday night. "
        + "Her 5-year-old son was also wounded in the gunfire, police said.").figure(FigureKind.INJURED)).isEqualTo(1);
  }
}
