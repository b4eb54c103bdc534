package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.ShotAmongTheDeadRuleTest.deadAndHurt;

import org.junit.jupiter.api.Test;

/**
 * One told wounded and dead of it in the same sentence is one of the dead, not one of the hurt
 * ({@link WoundedThenDied}; Session 15, hurt15b). Sentences written for these tests, through the real pipeline.
 */
class WoundedThenDiedRuleTest {

  @Test
  void diedAfterSheWasWoundedIsOneDeadNoneHurt() {
    deadAndHurt("A 4-year-old girl has died after she was wounded in a shooting at a home on Elm Street on Thursday "
        + "night, officials said.", 1, null);
  }

  @Test
  void aToddlerWhoWasInjuredHasDied() {
    deadAndHurt("A toddler who was critically injured after accidentally shooting himself on Elm Street on Monday "
        + "has died, officials said.", 1, null);
  }

  @Test
  void anotherToldWoundedBesideTheDeadIsHurt() {
    deadAndHurt("Two men died and a 3-year-old boy was wounded in a shooting on Elm Street on Sunday.", 2, 1);
  }
}
