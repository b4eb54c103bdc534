package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;
import static org.vigil.pipeline.extract.ShooterSuicideRuleTest.dead;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;

/**
 * An unborn child among the dead is left out of the count of the killed ({@link Unborn}; session 13, kill13), and one
 * among those shot out of the count of the hurt (Session 15, hurt15b). Sentences written for these tests, through the
 * real pipeline.
 */
class UnbornRuleTest {

  @Test
  void anUnbornChildNamedBesideTheCountIsNotAdded() {
    dead("Five adults and an unborn child were killed on Sunday in the backyard.", 5, null);
  }

  @Test
  void anUnbornChildTheCountIncludesIsTakenOff() {
    dead("The gunman opened fire on Sunday, killing six people, including an unborn child.", 5, null);
  }

  @Test
  void anUnbornChildAmongThoseShotIsNotHurt() {
    assertThat(main("Seven people were shot at a nightclub on Elm Street early Sunday. The other people who were shot, "
        + "including a woman who was eight months pregnant and her unborn baby, are expected to survive.")
        .figure(FigureKind.INJURED)).isEqualTo(6);
  }

  @Test
  void anUnbornChildAmongTheDeadLeavesTheHurtAsTheyAre() {
    assertThat(main("The shooting on Elm Street on Sunday caused the deaths of six people, including an unborn baby, "
        + "and left three others wounded.").figure(FigureKind.INJURED)).isEqualTo(3);
  }
}
