package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * Casualty counts told in phrasings the first count rules missed: "shot N people to death", "N others were shot"
 * beside the dead, one person left hurt beside the dead, people "suffering from gunshot wounds". Sentences written
 * for these tests, through the real pipeline.
 */
class CountPhrasingRuleTest {

  private static Incident main(String text) {
    return CountRuleTest.main(text);
  }

  @Test
  void shotToDeathAfterTheObjectCountsTheDead() {
    Incident i = main("Police say the man shot four people to death in a home on Monday.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(4);
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void aHeadlineCountShotToDeathIsDead() {
    Incident i = main("3 people shot to death at home in Atlanta suburbs");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(3);
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void aCityOrAYearsStatisticIsNoToll() {
    Incident i = main("A man was shot and killed on Sunday night. The total number of murders in the city has only "
        + "once exceeded 500.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    i = main("A boy was wounded by gunfire on Sunday. The number of children killed or injured by gunfire has "
        + "increased in the past five years.");
    assertThat(i.figure(FigureKind.KILLED)).isNull();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void othersShotAreBesidesTheDead() {
    Incident i = main("One man was killed on Monday and two others were shot.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
    i = main("Police said 11 others were shot in the attack on Monday, which killed one man.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(11);
  }

  @Test
  void othersNamedBesideSomeoneStillIncludeTheDead() {
    // "Smith and three others": four shot, the dead among them
    Incident i = main("Gunfire on Monday struck Smith and three others. Smith died at the scene.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void onePersonLeftHurtBesideTheDead() {
    Incident i = main("A shooting on Monday left a 7-year-old girl dead and her 8-year-old friend injured.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
    i = main("Two officers were indicted in a shooting on Monday that left a 6-year-old dead and his father "
        + "wounded.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aCountLeftHurtBesideTheDeadIsLeftToTheCountingRules() {
    Incident i = main("A shooting on Monday left one man dead and six others wounded.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(6);
  }

  @Test
  void peopleSufferingFromGunshotWoundsAreHurt() {
    assertThat(main("Investigators said they found four people suffering from gunshot wounds on the sidewalk on "
        + "Monday.").figure(FigureKind.INJURED)).isEqualTo(4);
    assertThat(main("Deputies located a 13-year-old victim suffering from a self-inflicted gunshot wound on "
        + "Thursday.").figure(FigureKind.INJURED)).isEqualTo(1);
    assertThat(main("Police responded Monday to a report of a juvenile who had sustained a gunshot wound to the "
        + "leg.").figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void peopleSufferingFromWoundsIncludeTheDeadFound() {
    Incident i = main("Police said they found four people suffering from gunshot wounds on Monday. One of them died at "
        + "the scene.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void peopleListedBeforeACountAddToIt() {
    assertThat(main("Teen, 3 adults shot at a home. Police are investigating the shooting, which happened on "
        + "Monday night at a home.").figure(FigureKind.INJURED)).isEqualTo(4);
    assertThat(main("10 women, 7 men wounded in playground shooting on Monday").figure(FigureKind.INJURED))
        .isEqualTo(17);
    assertThat(main("A 15-year-old girl, two women and a man were shot on Monday night in the parking lot of a store. "
        + "Police are investigating the shooting.").figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void countedGroupsListedAfterACountAddToIt() {
    assertThat(main("Authorities say the suspect killed 2 adults, 2 teens at a home on Monday. Police are "
        + "investigating the shooting.").figure(FigureKind.KILLED)).isEqualTo(4);
    // one person after a count is an apposition, the same people again
    assertThat(main("Police say the gunman killed two people, a man and a woman, on Monday. Police are investigating "
        + "the shooting.").figure(FigureKind.KILLED)).isEqualTo(2);
  }

  @Test
  void aListStopsAtWhatIsNotPeople() {
    assertThat(main("According to police, two men were shot on Monday.").figure(FigureKind.INJURED)).isEqualTo(2);
    assertThat(main("In Chicago, two men were shot on Monday night in the parking lot of a store. Police are "
        + "investigating the shooting.").figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void theDeadAndTheDeceasedAreNoListMembers() {
    Incident i = main("Deputies: boy shoots and kills 12-year-old, another wounded. Police are investigating the "
        + "shooting, which happened on Monday.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
    i = main("A shooting at a home on Monday night left two deceased victims and two injured people. Police are "
        + "investigating the shooting.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void shotTaggedAsANounBeforeAndKilled() {
    assertThat(main("A gunman shot and killed a boy on Monday night outside a store. Police are investigating the "
        + "shooting.").figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(main("Teenage girl shot and killed in drive-by shooting on Monday night. Police are investigating "
        + "the shooting.").figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void aBoyWhoShootsAndKillsHimselfIsNoKiller() {
    Incident i = main("Police: Boy accidentally shoots, kills himself. Police are investigating the shooting, which "
        + "happened on Monday.");
    assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isNull();
    i = main("Police say a man shot and killed his wife on Monday and then killed himself.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isEqualTo(1);
  }
}
