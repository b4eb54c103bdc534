package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * One person first reported hurt who later died, told as "has died of his injuries" or "succumbed to her injuries",
 * or one who shot and killed himself with no one else shot, is one dead and none hurt ({@link LaterDeath}; session
 * 13, kill13b). Sentences written for these tests, through the real pipeline.
 */
class LaterDeathRuleTest {

  private static void deadNotHurt(String text) {
    Incident i = CountRuleTest.main(text);
    assertThat(i.figure(FigureKind.KILLED)).as("killed in: %s", text).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).as("injured in: %s", text).isNull();
  }

  @Test
  void aVictimWhoSuccumbedToHerInjuriesIsDeadNotHurt() {
    deadNotHurt("A woman was shot on Friday night. She succumbed to her injuries at the hospital on Saturday.");
  }

  @Test
  void anUpdateThatTheOneHurtHasDiedOfHisInjuriesIsOneDead() {
    deadNotHurt("UPDATE: County police say a teenager wounded in a shooting incident Sunday night has died of his or "
        + "her injuries. Police say one of the teens was handling a gun when it fired and hit the other.");
  }

  @Test
  void oneWhoShotAndKilledHimselfIsOneDead() {
    // the headline tells him shot; the body that he killed himself
    deadNotHurt("Police: 5-Year-Old Accidentally Shot Himself. Police say it looks like a 5-year-old boy accidentally "
        + "shot and killed himself at a home on Friday evening.");
  }

  @Test
  void aKillersOwnDeathAfterShootingOthersIsNoVictimDead() {
    ShooterSuicideRuleTest.dead("A gunman shot three people at a bar on Friday before he shot and killed himself, "
        + "police said.", null, 1);
  }
}
