package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * An explicit count of a part of those shot does not take the place of a larger count of everyone shot
 * ({@link PartOfEveryoneShot}; Session 17, hurt17a; "another", and a count naming others beside its group: Session
 * 20, hurt20a). Sentences written for these tests, through the real pipeline.
 */
class PartOfEveryoneShotRuleTest {

  @Test
  void aCountOfOfficersIsAPartOfEveryoneShot() {
    Incident i = extract("Two officers were wounded in Dayton on Saturday night. In all, five people were shot, police "
        + "said, and one man died.", "2015-06-13").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void theOtherVictimsAreAPartOfEveryoneShot() {
    Incident i = extract("DAYTON - Four people were shot outside a home on Elm Street on Saturday night. The girl was "
        + "shot in the foot and is listed in stable condition. Witnesses said a car drove by and someone began "
        + "shooting. The three other victims hit by the gunfire are also in stable condition.", "2015-06-14").main();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void aCountOfPeopleStandsWhenEveryoneShotLeavesNoMore() {
    // guard: five shot, one dead, "four other people wounded" says as many
    Incident i = extract("Five people were shot at a party in Dayton on Saturday night. One man was killed and four "
        + "other people were wounded, police said.", "2015-06-14").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void anotherWoundedGivesWayToEveryoneStruckNamedBesideTheGroup() {
    Incident i = extract("Firefighter Killed In Elm City; Another Seriously Wounded\n\nOne of the two firefighters "
        + "shot while checking on a neighbor on Friday night has died, officials said. When they went into the house, "
        + "the man inside fired several rounds, striking the two firefighters and his brother, officials said.",
        "2015-06-14").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void officersAndCiviliansShotAreEveryoneShotBesideACountOfTheOfficers() {
    Incident i = extract("Two Officers Wounded In Elm City Rampage\n\nPolice said the gunman shot two police officers "
        + "and four civilians on Sunday night. One woman died at the scene.", "2015-06-14").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(5);
  }

  @Test
  void firefightersStruckArePeopleShot() {
    Incident i = extract("The man inside fired several rounds on Friday, striking the two firefighters, officials "
        + "said.", "2015-06-14").main();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }
}
