package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * "The other N" victims in a hospital's care after one told alone ({@link OtherSurvivors}; Session 12, hurt12): N hurt,
 * and one more when the one told alone is alive. Sentences written for these tests, through the real pipeline.
 */
class OtherSurvivorsRuleTest {

  @Test
  void theOthersInCareBesideOneWoundedAreAllHurt() {
    Incident i = main("Police are investigating a shooting on Elm Street on Sunday night. "
        + "One person was critically wounded, and the three others are in stable condition.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void theOthersBesideOneWhoDiedAreTheHurt() {
    Incident i = main("A man was shot and killed on Elm Street on Sunday night. "
        + "The three other victims are expected to survive.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void othersNotStruckAreNoneHurt() {
    Incident i = main("A girl was shot on Elm Street on Sunday night. The two other children were not struck.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void othersInjuredBesideOneInCareAreOneMore() {
    Incident i = main("A 9-year-old girl remained in critical condition on Saturday after a shooting on Elm Street "
        + "that also injured two other people.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void othersInjuredBesideOneWhoDiedAreNoneMore() {
    Incident i = main("A man was shot and killed on Elm Street on Sunday night, and the shooting also injured two "
        + "other people.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void othersBesideOneRushedToAHospitalAreOneMore() {
    // Session 15, hurt15a: "rushed to … hospital" tells the one before in care
    Incident i = main("A 10-year-old boy was hit by a stray bullet on Elm Street on Sunday night. He was rushed to a "
        + "children's hospital. Meanwhile, three others showed up at a local hospital with gunshot wounds.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void othersToldInCareByTheNextSentenceAreTheHurt() {
    // Session 21, hurt21a: the group's state told by "They were all …" after it
    Incident i = main("A woman was shot and killed at a party on Elm Street on Saturday night. "
        + "The other three victims were a 20-year-old woman and two men. "
        + "They were all taken to a hospital, treated and released.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void othersToldDeadByTheNextSentenceAreNoneHurt() {
    Incident i = main("A woman was shot on Elm Street on Saturday night. "
        + "The other three victims were a 20-year-old woman and two men. "
        + "They were all pronounced dead at a hospital.");
    assertThat(i.figure(FigureKind.INJURED)).isNotEqualTo(3);
  }
}
