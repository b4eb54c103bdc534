package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * Everyone told shot, fewer than the dead and told in no care, are some of the dead ({@link ShotAmongTheDead};
 * Session 15, hurt15b). Sentences written for these tests, through the real pipeline.
 */
class ShotAmongTheDeadRuleTest {

  /** Asserts the main incident of {@code text} has {@code killed} dead and {@code injured} hurt (null: no figure). */
  static void deadAndHurt(String text, int killed, Integer injured) {
    Incident i = main(text);
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(killed);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(injured);
  }

  @Test
  void fewerShotThanDeadAreNoneHurt() {
    deadAndHurt("Three people were shot to death at a home on Elm Street on Sunday. Police say the gunman shot two "
        + "children in the home.", 3, null);
  }

  @Test
  void oneShotAndTakenToHospitalBesideTheDeadIsHurt() {
    deadAndHurt("Three people were shot to death at a home on Elm Street on Sunday. Police say the gunman shot two "
        + "children, who were taken to a hospital.", 3, 2);
  }
}
