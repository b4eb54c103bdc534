package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A survivor told beside the dead is not one of them ({@link OtherThanTheDead}; Session 18, hurt18a). Sentences
 * written for these tests, through the real pipeline.
 */
class OtherThanTheDeadRuleTest {

  @Test
  void oneShotInAClauseOfItsOwnBesideADeathIsHurt() {
    Incident i = extract("A man was killed and his 6-year-old daughter was shot by two gunmen outside a home on "
        + "Saturday afternoon, police said.", "2016-07-16").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void oneShotAndKilledIsNotHurt() {
    Incident i = extract("A man was shot and killed outside a home on Saturday afternoon, police said.",
        "2016-07-16").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isIn(0, null);
  }

  @Test
  void survivorsOfNonfatalWoundsBesideADeathAreHurt() {
    Incident i = extract("A 5-year-old girl was shot and killed at a home early Sunday, police said. A 40-year-old "
        + "man and a 31-year-old man who were inside the home suffered nonfatal gunshot wounds.", "2016-07-16").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void aWoundInALimbBesideTheDeadIsAnotherHurt() {
    Incident i = extract("Two men were shot dead outside a bar early Thursday, police said. A 22-year-old woman "
        + "suffered a gunshot wound in her left hand and was taken to a hospital.", "2016-07-16").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aLinkToAnotherStoryTellsNoDeathAfterALimbWound() {
    Incident i = extract("Police said a state trooper was shot in the left arm during one of the exchanges.\n\n"
        + "RELATED: Trooper wounded, one man dead in shooting\n\n"
        + "Officers returned fire, hitting the suspect. The suspect was taken to the hospital, where he later died.",
        "2016-07-16").main();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }
}
