package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * Counts of people who were not hurt, or are none beyond those counted (Session 11): a count's verb that is negated,
 * a numbered victim who was not hurt, is one of the dead, one of a tally over time or hurt otherwise
 * than by gunfire; a lead sentence whose dateline ran into its parse; and people hurt one by one in coordinated
 * clauses or beside a pronoun; a tally over time told as a present perfect (Session 13). Sentences written for these
 * tests, through the real pipeline.
 */
class CountNotBeyondRuleTest {

  private static Incident main(String text) {
    return CountRuleTest.main(text);
  }

  @Test
  void aNegatedCountIsNoCount() {
    assertThat(main("A 3-year-old boy was shot in the leg on Monday night. Two adults in the child's vehicle were not "
        + "injured.").figure(FigureKind.INJURED)).isEqualTo(1);
    assertThat(main("A woman was shot dead in her home on Monday night. Two people in the home who were not hurt "
        + "called police.").figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void aHedgedCountStillCounts() {
    // only a negation denies a count: a modal or an infinitive is a hedge
    assertThat(main("Police said at least four people may have been injured in the shooting on Monday night.")
        .figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void aNumberedVictimNotHurtIsNoneBeyond() {
    assertThat(main("Two children were shot on Monday night. A third child in the room was not hurt.")
        .figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void aNumberedVictimOfATallyOverTimeIsNoneBeyond() {
    assertThat(main("A 16-year-old girl was shot while walking down her street on Wednesday night. She was the third "
        + "juvenile victim of a stray-bullet shooting in four days.").figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aNumberedVictimAmongTheDeadIsNoneBeyond() {
    assertThat(main("Two men were wounded in a shooting on Monday night. A third victim, a man, was airlifted to a "
        + "hospital and succumbed to his injuries.").figure(FigureKind.INJURED)).isEqualTo(2);
    // told after the deaths, the numbered victim is one beyond them
    assertThat(main("Three people were killed on Monday night. A fourth victim was taken to a hospital.")
        .figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aNumberedVictimHurtOtherwiseThanByGunfireIsNoneBeyond() {
    assertThat(main("Four people suffered gunshot wounds in a drive-by on Sunday, and a fifth person was injured by "
        + "flying glass.").figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void aDatelineDoesNotBreakTheLeadSentencesParse() {
    assertThat(main("NASHVILLE, Tenn. - A man suffered non-life threatening injuries in a shooting on Tuesday.")
        .figure(FigureKind.INJURED)).isEqualTo(1);
    assertThat(main("DAYTON, Ohio - A woman suffered a gunshot wound in a shooting on Tuesday night.")
        .figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aSecondPersonHurtInACoordinatedClauseCounts() {
    assertThat(main("During the shooting on Monday, a 20-year-old woman was shot in the back and a 5-year-old boy was "
        + "shot in the arm.").figure(FigureKind.INJURED)).isEqualTo(2);
    assertThat(main("A 20-year-old woman was shot in the back on Monday night, and a 5-year old child was struck in "
        + "the arm.").figure(FigureKind.INJURED)).isEqualTo(2);
    // a clause that hurts no one
    assertThat(main("A man was shot on Monday night and his car was damaged.").figure(FigureKind.INJURED))
        .isEqualTo(1);
  }

  @Test
  void aPersonCoordinatedWithAPronounCounts() {
    assertThat(main("Police responded to a shooting at a house on Monday night. She and her son were both taken to "
        + "the hospital in stable condition.").figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void aTallyOverTimeIsNotTheIncidentsCount() {
    // Session 13, hurt13: as "At least five other children under age 10 have been shot in the city this year, two
    // fatally" beside the one child shot
    Incident i = main("A 6-year-old boy was shot in the arm on Elm Street in Elm City on Sunday night, police said. "
        + "At least five other children have been shot in the city this year, two fatally.");
    assertThat(i.figure(FigureKind.KILLED)).isNull();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void otherShootingsOfTheDayAreARoundUp() {
    // Session 13, hurt13: as "Earlier in the day, two other shootings left three people injured"
    Incident i = main("A 4-year-old boy was shot in the leg on Water Street in Elm City on Sunday, police said. "
        + "Earlier in the day, two other shootings left three people injured.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aCountOverASpanOfTimeIsNotTheIncidents() {
    // Session 18, hurt18c: as "… the outbreak of violence that left 28 people shot and 10 people killed in the city
    // since Friday" and "We've had two children hurt and killed by gun violence in one week"
    Incident i = main("A 5-year-old boy was shot and killed on Elm Street in Elm City on Saturday, police said. "
        + "The mayor spoke of the violence that left 12 people shot and three killed in the city since Friday.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }
}
