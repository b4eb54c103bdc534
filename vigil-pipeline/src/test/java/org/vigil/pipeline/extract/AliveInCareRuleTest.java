package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * One person told alive in a hospital's care without a verb of harm, or sent to a hospital beside the dead ({@link
 * AliveInCare}; Session 12, hurt12): one hurt, beside the dead too. Sentences written for these tests, through the real
 * pipeline.
 */
class AliveInCareRuleTest {

  @Test
  void onePersonInCareOrExpectedToSurviveIsOneHurt() {
    for (String care : new String[] {"The victim, identified as John Smith, remains in critical condition.",
        "The boy's mother told reporters that he is expected to survive."}) {
      Incident i = main("Police were called to a shooting on Elm Street on Sunday night. " + care);
      assertThat(i.figure(FigureKind.INJURED)).as(care).isEqualTo(1);
    }
  }

  @Test
  void onePersonInCriticalConditionBesideTheDeadIsHurt() {
    Incident i = main("An 8-year-old girl has died and her father is listed in critical condition after they were "
        + "shot outside a home in Miami on Sunday.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aDeathInAClauseWithItsOwnSubjectLeavesTheOneInCareHurt() {
    Incident i = main("After a shooting on Elm Street on Sunday, the driver is in critical condition and a "
        + "6-year-old passenger has been pronounced dead.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void oneMoreSentToAHospitalBesideTheDeadIsHurt() {
    Incident i = main("An overnight shooting on Sunday has left two boys dead and sent a teenage girl to the "
        + "hospital.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void someoneInCriticalConditionWhoThenDiedOrSeveralPeopleAreNoOneHurt() {
    Incident dead = main("A boy was fatally shot on Elm Street on Sunday. "
        + "The boy was taken to a hospital in critical condition, where he died.");
    assertThat(dead.figure(FigureKind.INJURED)).isNull();
    Incident several = main("Police are investigating a shooting on Elm Street on Sunday. "
        + "They are both in stable condition.");
    assertThat(several.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void onePersonWithAWoundOneSurvivesIsOneHurt() {
    // Session 13, hurt13: as "The child suffered non-life threatening injuries", a sentence left unparsed
    Incident i = main("Police responded to a shooting on Elm Street in Elm City on Sunday night. "
        + "The little girl is okay, and only suffered minor injuries, police said.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
    Incident fatal = main("Police responded to a shooting on Elm Street in Elm City on Sunday night. "
        + "The man suffered fatal injuries, police said.");
    assertThat(fatal.figure(FigureKind.INJURED)).isNull();
  }
}
