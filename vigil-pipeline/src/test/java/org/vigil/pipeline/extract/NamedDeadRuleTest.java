package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * The dead named one after another as the subject of a death are as many dead as names ({@link NamedDead}; Session
 * 16, hurt16d; "were pronounced dead" Session 19, hurt19b). Sentences written for these tests, through the real
 * pipeline.
 */
class NamedDeadRuleTest {

  private static void dead(String text, int killed) {
    assertThat(CountRuleTest.main(text).figure(FigureKind.KILLED)).as("killed in: %s", text).isEqualTo(killed);
  }

  @Test
  void twoMenNamedAsTheSubjectOfADeathAreTwoDead() {
    Incident i = CountRuleTest.main("Four men were shot outside a bar on Sunday night, police said. Two of those "
        + "men, 23-year-old Mark Turner and 24-year-old David Ortiz, died after the shooting.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void threeNamedWhoAllDiedAreThreeDead() {
    dead("A man and his two children were found shot in a car on Monday. Officials say "
        + "Jeremy Walker, 36, Garrett Walker, 5, and Avery Walker, 2, all died from gunshot wounds.", 3);
  }

  @Test
  void thoseNamedAlongWithTheNamedDeadAreDeadToo() {
    dead("Gunfire erupted at a backyard party on Saturday night. Two brothers, Carl Young, "
        + "30, and Eric Young, 28, were killed, along with their neighbor, Paul Grant, 41.", 3);
  }

  @Test
  void theNamedObjectsOfKilledAreAsManyDead() {
    // the early count ("left one dead") would stand alone
    dead("A drive-by shooting on Sunday afternoon left one dead, police said. Police arrested a man in the shooting "
        + "that killed Laura Dunn, 21, and Kevin Price, 22, last Sunday afternoon.", 2);
  }

  @Test
  void aNameInThePossessiveIsAKinNotOneOfTheDead() {
    // guard: "Smith's" names the kin of the dead, so one dead is named, not two
    dead("A woman was shot and killed in her home on Friday. John Smith's mother, Mary "
        + "Jones, died at the scene, police said.", 1);
  }

  @Test
  void threeNamedWhoWerePronouncedDeadAreThreeDead() {
    // GVA dev 401–2,000: "… shot and killed both A and B … A, C and B were pronounced dead at the scene", read as two
    dead("A gunman shot and killed two men outside a bar on Elm Street on Sunday, police said. Tom Duncan, Antuan "
        + "Greer and Nick Lindsay were pronounced dead at the scene.", 3);
  }
}
