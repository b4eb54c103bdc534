package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;

/**
 * A suspect hurt and alive beside a count of the hurt that counts police officers only ({@link SuspectAlsoHurt};
 * Session 15, hurt15c). Sentences written for these tests, through the real pipeline.
 */
class SuspectAlsoHurtRuleTest {

  @Test
  void aSuspectInCareBesideOfficersCountedIsOneMore() {
    assertThat(main("Two police officers were shot on Elm Street on Thursday night. The gunman was hospitalized in "
        + "critical condition, police said.").figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void aCountOfPeopleMayHoldTheSuspect() {
    assertThat(main("Four people, including two police officers, were shot on Elm Street on Thursday night. The "
        + "suspect was hospitalized in critical condition, police said.").figure(FigureKind.INJURED)).isEqualTo(4);
  }
}
