package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * One person hit in a limb ({@link LimbWound}; Session 12, hurt12b): "struck in the arm" harms, and someone introduced
 * anew as hit in a limb beside reported deaths, with no death told after, is hurt, not one of the dead described
 * again. Sentences written for these tests, through the real pipeline.
 */
class LimbWoundRuleTest {

  @Test
  void struckInALimbIsHurt() {
    // as "an 8-year-old … when a bullet ricocheted off a brick wall and struck her in the shoulder"
    Incident i = main("Police are investigating a shooting on Elm Street on Sunday night. "
        + "A woman was struck in the shoulder, police said.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void someoneShotInALimbBesideTheDeadIsHurt() {
    // as "an officer was struck in the left arm and the suspect was struck by police gunfire" beside a death
    Incident i = main("A man was killed in a shooting on Elm Street on Sunday, police said. "
        + "A woman was shot in the arm and taken to a hospital.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void someoneShotInALimbWhoDiedIsOneOfTheDead() {
    Incident i = main("A man was killed in a shooting on Elm Street on Sunday, police said. "
        + "A woman was shot in the arm. She died at the hospital.");
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void theVictimShotInALimbIsOneOfTheDeadDescribedAgain() {
    Incident i = main("A man was killed in a shooting on Elm Street on Sunday, police said. "
        + "The victim was shot in the leg and taken to a hospital.");
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void aBulletGrazingSomeonesLimbHurtsThem() {
    // as "one bullet grazed a child's leg" (Session 21, hurt21c): the object is the limb, its owner the one hurt
    Incident i = main("Police are investigating a shooting outside a bar on Elm Street on Sunday night. "
        + "One bullet grazed a woman's arm, but she was not badly hurt, police said.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aLimbOfSomeoneNamedByAPronounCountsNoOne() {
    // "his" may point back to one of the dead
    Incident i = main("A man was killed in a shooting on Elm Street on Sunday, police said. "
        + "One bullet grazed his arm before another struck him in the chest.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }
}
