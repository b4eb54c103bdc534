package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * Casualty counts the parse gets wrong or leaves implicit: states after the counted noun, people counted one by
 * one beside the dead, pronouns. Sentences written for these tests, through the real pipeline.
 */
class CountRuleTest {

  private static Incident main(String text) {
    Incident i = extract(text, "2015-01-07").main();
    assertThat(i).as("main incident of: %s", text).isNotNull();
    return i;
  }

  @Test
  void aStateAfterTheCountedNounGivesItsKind() {
    Incident i = main("A shooting on Sunday left one man dead and six others wounded.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(6);
  }

  @Test
  void anAdverbMayStandBetweenNumberAndParticiple() {
    Incident i = main("After the shooting on Sunday, five people were dead and one seriously wounded.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(5);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void oneMoreWoundedBesideTheDead() {
    Incident i = main("Three people were shot and killed and a fourth was wounded early Sunday in a parking lot.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(3);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void shotBesideTheDeadIsNotCountedAsHurt() {
    // the one shot is the one who died
    Incident i = main("A man was shot on Sunday and later died at a hospital.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void sheDiedCountsOne() {
    Incident i = main("The child was taken to a hospital after the shooting on Monday, where she later died.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void heWasPronouncedDeadCountsOne() {
    Incident i = main("Authorities said he was pronounced dead at 10:10 p.m. Monday after the shooting.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void aDeathThatDidNotHappenIsNotCounted() {
    Incident i = main("He was shot on Monday and could have died, the police said.");
    assertThat(i.figure(FigureKind.KILLED)).isNull();
  }

  @Test
  void foundShotToDeath() {
    Incident i = main("Three people were found shot to death inside a car on Monday.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(3);
  }

  @Test
  void heWasShotCountsOneHurt() {
    Incident i = main("He was shot three times on Monday and survived.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aShootingDeathAtTheEndOfAHeadline() {
    Incident i = main("Attempt to deal with stray dogs led to accidental shooting death");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void aHeadlinesPassiveWithoutItsAuxiliary() {
    Incident i = main("9-year-old boy fatally shot in hunting accident");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void aHeadlinesCountOfPeopleShot() {
    Incident i = main("Four teens shot after party on Saturday");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
    Incident j = main("7 Shot, 3 Dead after drive-by shooting on Saturday");
    assertThat(j.figure(FigureKind.KILLED)).isEqualTo(3);
    assertThat(j.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void struckByGunfireIsShot() {
    Incident i = main("Four teenagers were struck by gunfire outside a store on Sunday.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void oneWhoSurvivedStandsBesideTheDead() {
    Incident i = main("The gunman killed two people at a farm on Thursday. A neighbor's wife was shot but "
        + "survived.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aCountOfEveryoneShotReplacesOneVictim() {
    Incident i = main("A 12-year-old was in critical condition on Tuesday after the shooting. Four teens were shot "
        + "on the court behind a church.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void aHarmThatDidNotHappenIsNoInjury() {
    Incident i = main("A teen was charged on Monday in the fatal shooting of his friend. He did not mean to hurt "
        + "him, his lawyer said.");
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void aCountOfTheDeadToldApartFromTheKillersDeathIncludesHim() {
    Incident i = main("Four people are dead after an overnight shooting at a home on Sunday. The suspect later "
        + "died from a self-inflicted gunshot wound.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(3);
    assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isEqualTo(1);
    // told in one sentence, the dead before the killer's own death are the victims
    Incident j = main("A shooting rampage on Sunday left seven people dead before the gunman killed himself.");
    assertThat(j.figure(FigureKind.KILLED)).isEqualTo(7);
  }

  @Test
  void foundDeadAndLaterDiedCountOne() {
    assertThat(main("When police arrived after the shooting on Saturday, they found 16-year-old John Smith dead from a "
        + "gunshot wound.").figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(main("The 6-year-old was taken to a hospital after the shooting on Monday but later died.")
        .figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void aCountShotAndKilledAfterItsNoun() {
    assertThat(main("Police released the identities of two men shot and killed in a house party on Saturday.")
        .figure(FigureKind.KILLED)).isEqualTo(2);
  }

  @Test
  void aHeadlinesConditionAndAShotOfOnesOwnHandCountOneHurt() {
    assertThat(main("Boy stable after accidental shooting").figure(FigureKind.INJURED)).isEqualTo(1);
    assertThat(main("Police say his young son found a gun in a tackle box on Monday and shot his own hand.")
        .figure(FigureKind.INJURED)).isEqualTo(1);
  }
}
