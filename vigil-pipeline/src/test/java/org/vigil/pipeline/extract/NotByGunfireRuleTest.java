package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * The hurt by flying glass or by a blade are not among the hurt by gunfire ({@link NotByGunfire},
 * {@link WoundPhrases#sufferedWound}; Session 15, hurt15b; the part told shot, Session 16, hurt16b). Sentences
 * written for these tests, through the real pipeline.
 */
class NotByGunfireRuleTest {

  @Test
  void oneFromFlyingGlassIsNotOneShot() {
    Incident i = main("Five people were injured in a drive-by shooting on Elm Street early Sunday, four from gunshots "
        + "and one from flying glass.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void thoseTreatedForCutsFromBrokenGlassAreLeftOut() {
    Incident i = main("A gunman opened fire on cars on Elm Street on Monday, injuring nine people. Three were treated "
        + "at the scene for injuries from broken glass and released.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(6);
  }

  @Test
  void thePartToldShotRightAfterTheCountIsTheHurt() {
    // "left six people injured, five with gunshot wounds" (Session 16, hurt16b)
    Incident i = main("A shooting on Elm Street on Friday night that left six people injured, five with gunshot "
        + "wounds, was possibly gang related, police said.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(5);
  }

  @Test
  void aStabWoundIsNoGunshotHurt() {
    Incident i = main("Shots were fired during a fight on Elm Street on Sunday. A man suffered a minor stab wound, "
        + "police said.");
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void aCountOfThoseHitByGunfireKeepsItsNumber() {
    Incident i = main("Four people were injured by gunfire on Elm Street on Sunday. A fifth person was cut by flying "
        + "glass.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void oneHurtByAFallInTheFlightIsNotOneShot() {
    // "The little girl was injured, but that was because she fell when she tried to run away" (Session 18, hurt18c)
    Incident i = main("Six people were injured in a shooting at a bus stop on Elm Street on Sunday. Five men were "
        + "taken to a hospital. A girl was injured after she fell as she ran away, police said.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(5);
  }

  @Test
  void oneShotAsHeFellIsStillOneShot() {
    Incident i = main("Six people were injured in a shooting at a bus stop on Elm Street on Sunday. One man was shot "
        + "in the back and fell to the ground, police said.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(6);
  }
}
