package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * One person introduced anew and told only carried to a hospital, beside reported deaths ({@link
 * OtherThanTheDead#inCare}; Session 21, hurt21c): someone else than the dead, alive, unless the sentence or the next
 * tells a death or the person is named as one told before. Sentences written for these tests, through the real
 * pipeline.
 */
class InCareBesideTheDeadRuleTest {

  @Test
  void someoneNewCarriedToAHospitalBesideTheDeadIsHurt() {
    // as "An 8-year-old child was airlifted to a … hospital" after four people named dead
    Incident i = main("Three people were killed in a shooting at a home on Elm Street on Sunday, police said. "
        + "A 9-year-old boy was airlifted to a hospital.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(3);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void someoneCarriedToAHospitalWhoDiedIsOneOfTheDead() {
    Incident i = main("A man was killed in a shooting on Elm Street on Sunday, police said. "
        + "A man was taken to a hospital. He died there hours later.");
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void theVictimCarriedToAHospitalIsOneOfTheDeadDescribedAgain() {
    Incident i = main("A man was killed in a shooting on Elm Street on Sunday, police said. "
        + "The victim was taken to a hospital.");
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }
}
