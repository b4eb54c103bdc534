package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;

/**
 * "Striking" or "hitting" people after shots fired in the same sentence is shooting them
 * ({@link WoundPhrases#struckByGunfire}; Session 16, hurt16a). Sentences written for these tests, through the real
 * pipeline.
 */
class FiredThenStruckRuleTest {

  @Test
  void peopleStruckAfterAManOpenedFireAreEveryoneShot() {
    assertThat(main("Police say a man opened fire on Sunday night outside a nightclub on Elm Street, striking five "
        + "people.").figure(FigureKind.INJURED)).isEqualTo(5);
  }

  @Test
  void aCarHitAfterShotsFiredIsNoOne() {
    assertThat(main("A gunman was arrested after a shooting on Elm Street on Sunday night. Police say he fired several "
        + "shots, hitting a parked car.").figure(FigureKind.INJURED)).isNull();
  }
}
