package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.ShooterSuicideRuleTest.dead;

import org.junit.jupiter.api.Test;

/**
 * An unborn child among the dead is left out of the count of the killed ({@link Unborn}; session 13, kill13).
 * Sentences written for these tests, through the real pipeline.
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
}
