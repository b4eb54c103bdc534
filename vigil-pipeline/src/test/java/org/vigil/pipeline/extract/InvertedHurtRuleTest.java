package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * The hurt told in an inverted sentence, the participle first ({@link InvertedHurt}; Session 17, hurt17c). Sentences
 * written for these tests, through the real pipeline.
 */
class InvertedHurtRuleTest {

  @Test
  void thePeopleAfterAnInvertedParticipleAreTheHurt() {
    Incident i = extract("Deputies responded to a call of shots fired at a park on Saturday where a community event "
        + "was being held. Injured in the gunfire was a 5-year-old boy and a 20-year-old woman, authorities said.",
        "2015-06-14").main();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }
}
