package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A death told with an earlier time of its own than the incident's is another incident's ({@link OtherTimeDeaths};
 * Session 16, hurt16c). Sentences written for these tests, through the real pipeline; published 2015-01-07.
 */
class OtherTimeDeathsRuleTest {

  @Test
  void aDeathOfAnEarlierDayIsAnotherIncidents() {
    Incident i = main("A 14-year-old boy was wounded in an accidental shooting on Elm Street on Tuesday night. It is "
        + "the second accidental shooting in two weeks. Exactly one week ago, on December 30th, a 13-year-old boy died "
        + "after a gun went off at a home on Oak Street.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.KILLED)).isNull();
  }

  @Test
  void aDeathOfAnEarlierWeekdayIsAnotherIncidents() {
    Incident i = main("Three people were shot at a party on Elm Street on Tuesday night, police said. It was the "
        + "second shooting in the city this week. Just after 11 p.m. Sunday, two men were shot dead after someone "
        + "opened fire at a birthday party on Oak Street.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
    assertThat(i.figure(FigureKind.KILLED)).isNull();
  }

  @Test
  void aDeathAfterTheShootingIsItsOwn() {
    Incident i = main("Four people were shot outside a bar on Elm Street on Saturday night, police said. One of them, "
        + "a 25-year-old man, died Monday at a hospital.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void aDeathInAShootingOfLastWeekIsAnotherIncidents() {
    // Session 18, hurt18d: "last week" resolves to no day, but "in a shooting last week" tells another shooting
    Incident i = main("Four people were shot on Elm Street on Tuesday night, police said. Neighbors were holding a "
        + "vigil for a man killed in a shooting last week when someone opened fire on the crowd.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
    assertThat(i.figure(FigureKind.KILLED)).isNull();
  }

  @Test
  void theShootingOfLastWeekKeepsItsDead() {
    // guard: the definite "the shooting" is the incident reported
    Incident i = main("A man killed in the shooting on Elm Street last week was identified on Tuesday as John Doe, "
        + "police said.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void aDeathToldAfterAnEarlierShootingIsThatShootings() {
    // Session 21, hurt21b: the earlier shooting's story goes on for two sentences without a time of its own
    Incident i = main("Four people were wounded in a drive-by shooting on Elm Street on Tuesday night, police said. "
        + "The shooting was a block from Oak Street, where a 12-year-old girl and her 15-year-old sister were shot "
        + "last month. The sisters were sitting on their porch when a car drove by. The girl was killed.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
    assertThat(i.figure(FigureKind.KILLED)).isNull();
  }

  @Test
  void aFollowUpThatOpensWithThePastShootingKeepsItsDead() {
    // guard: no figure of the incident's own before the sentence of the past time
    Incident i = main("Police arrested a man on Tuesday in the shooting of two brothers on Elm Street last month. The "
        + "brothers were sitting on their porch when a car drove by. The older brother was killed.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
  }
}
