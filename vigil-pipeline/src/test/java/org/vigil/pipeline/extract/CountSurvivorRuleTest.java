package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * Counts of the hurt beside the dead and deaths told only in a headline (Session 10): someone wounded told after one
 * of the dead described again, a count after "among", participles coordinated with a count's verb, people "treated
 * for wounds" or with "minor injuries", a headline's "shooting wounds four", one death in a headline the parser
 * reads poorly. Sentences written for these tests, through the real pipeline.
 */
class CountSurvivorRuleTest {

  private static Incident main(String text) {
    return CountRuleTest.main(text);
  }

  @Test
  void someoneWoundedAfterOneOfTheDeadDescribedAgainIsHurt() {
    Incident i = main("A neighbor said 2-year-old John Smith was shot in the head on Sunday. The 2-year-old was found "
        + "dead at the scene. Police are searching for the gunman who killed a 2-year-old boy and critically injured "
        + "an adult man.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void oneWoundedBesideTheDeadOutlastsACountOfThoseShot() {
    Incident i = main("Two men died and a 3-year-old boy was wounded after gunfire rang out on Saturday night. Two "
        + "men were shot.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aCountAfterAmongIsEveryoneShot() {
    assertThat(main("7-year-old boy among 4 shot in drive-by shooting on Monday night.")
        .figure(FigureKind.INJURED)).isEqualTo(4);
    assertThat(main("11-year-old, 2 teens among 4 shot on Monday night.").figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void participlesCoordinatedWithACountsVerbShareItsSubject() {
    Incident i = main("A 14-year-old boy was shot to death on Monday night. The three other teens survived but were "
        + "also hit and injured by gunfire.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
    // an active verb's subject is its agent
    assertThat(main("A woman was killed on Monday night. Witnesses said two other men came up and started shooting "
        + "at the car.").figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void peopleTreatedForWoundsAreHurt() {
    Incident i = main("A woman was shot dead at a party on Saturday. Three others were treated for gunshot wounds and "
        + "released.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void peopleWithMinorInjuriesBesideTheDeadAreHurt() {
    Incident i = main("The girl was shot in the head on Monday and later died at a hospital, while her mom and the "
        + "boyfriend suffered minor injuries.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void aHeadlinesWoundsBeforeACountIsTheVerb() {
    assertThat(main("Early morning shooting wounds four. Police are investigating the shooting, which happened on "
        + "Monday.").figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void oneDeathInAHeadlineTheParserReadsPoorly() {
    assertThat(main("Boy, 13, shot near base has died. Police are investigating the shooting, which happened on "
        + "Monday.").figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(main("Three-year-old fatally shot in Anchorage. Police are investigating the shooting, which happened "
        + "on Monday.").figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(main("Husband and wife dead, daughter in hospital after shooting. Police are investigating the "
        + "shooting, which happened on Monday.").figure(FigureKind.KILLED)).isEqualTo(2);
  }
}
