package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * One person struck after shots fired ("it fired, hitting an 11-year-old in the left thigh") is one hurt where the
 * incident tells no death, and nothing where it does ({@link FigureRules#STRUCK_AFTER_SHOTS}); such a sentence is
 * parsed though it has no trigger word ({@link WoundPhrases#struckAfterFire}); "brought to the hospital" puts one in
 * care (Session 20, hurt20a). Sentences written for these tests, through the real pipeline.
 */
class StruckAfterShotsRuleTest {

  @Test
  void onePersonHitAfterAGunFiredIsOneHurt() {
    Incident i = main("Police are investigating an accidental shooting on Elm Street on Sunday afternoon. Police "
        + "said a 10-year-old was playing with a gun in a bedroom when it fired, hitting an 11-year-old in the left "
        + "thigh.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aSentenceWithNoTriggerWordIsReadWhenSomeoneIsHitAfterFiring() {
    Incident i = main("Police are looking for a suspect after a shootout on Elm Street on Sunday night. Officers "
        + "tried to stop a stolen car. One man got out and began firing, hitting the deputy in the right shoulder.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void theOneStruckBesideADeathIsTheDeadToldAgainAndHidesNoOneHurtLater() {
    Incident i = main("Police are investigating a shooting on Elm Street on Sunday night. Shots were fired into a "
        + "house, striking the girl. She was taken to a hospital, where she was pronounced dead. The shooting also "
        + "injured a 41-year-old man and a 22-year-old man, police said.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void aCarHitAfterShotsIsStillNoOne() {
    Incident i = main("A gunman was arrested after a shooting on Elm Street on Sunday night. Police say he fired "
        + "several shots, hitting a parked car.");
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void oneBroughtToTheHospitalIsInCare() {
    Incident i = main("Police are investigating a shooting on Elm Street on Sunday. Officials said the injured boy "
        + "was brought to the hospital.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }
}
