package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * Counted groups in one sentence ({@link CountedGroups}; session 14, hurt14): coordinated in one subject they add
 * up; a bare number after a count of the hurt is a part of it. Sentences written for these tests, through the real
 * pipeline.
 */
class CountedGroupsRuleTest {

  @Test
  void groupsCoordinatedInOneSubjectAddUp() {
    Incident i = extract("Two deputies and three bystanders were wounded in a shooting outside a courthouse in "
        + "Dayton on Monday.", "2016-03-08").main();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(5);
  }

  @Test
  void aBareNumberAfterACountOfTheHurtIsAPartOfIt() {
    Incident i = extract("Five people were shot and three were seriously injured outside a nightclub in Memphis on "
        + "Saturday.", "2016-03-08").main();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(5);
  }

  @Test
  void anotherCountedGroupOfTheHurtStillAddsUp() {
    Incident i = extract("Two men were wounded and three women were injured in a shooting outside a bar in Memphis "
        + "on Saturday.", "2016-03-08").main();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(5);
  }

  @Test
  void aCountToldInPartsDoesNotReplaceEveryoneShot() {
    // Session 15, hurt15a: the parts of those shot, told in a later sentence
    Incident i = extract("Four people, including an 11-year-old boy, were shot on Elm Street in Dayton on Friday "
        + "night. Police said two of the victims were in critical condition and two suffered minor injuries.",
        "2016-03-08").main();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }
}
