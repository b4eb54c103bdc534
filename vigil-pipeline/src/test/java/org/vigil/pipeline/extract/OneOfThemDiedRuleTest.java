package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.ShotAmongTheDeadRuleTest.deadAndHurt;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * One of those counted hurt told dead since is one of the dead, not one of the hurt ({@link OneOfThemDied}; Session
 * 17, hurt17b). Sentences written for these tests, through the real pipeline.
 */
class OneOfThemDiedRuleTest {

  @Test
  void oneOfTheVictimsOfACountInTheSameSentenceHasDied() {
    // "one of the victims in Thursday's shooting that sent five people to the hospital has died" (GVA dev: 1 dead, 4)
    deadAndHurt("Police said one of the victims in Thursday's shooting on Elm Street that sent five people to the "
        + "hospital has died.", 1, 4);
  }

  @Test
  void oneOfTheGroupOfTheCountHasDied() {
    // a headline's "One of two girls, 7 and 5, critically shot Wednesday has died" beside "two … were critically
    // wounded" (GVA dev: 1 dead, 1 hurt)
    deadAndHurt("One of two girls critically shot Wednesday has died. Police say two young children were critically "
        + "wounded by gunfire on Elm Street on Wednesday night.", 1, 1);
  }

  @Test
  void aDeathOfAnotherGroupLeavesTheCount() {
    // the group of the death is not the count's (two, not five), and the count is told in another sentence
    Incident i = CountRuleTest.main("Five people were wounded in a shooting on Elm Street on Thursday, police said. "
        + "One of the two men who were shot in a robbery last week has died.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(5);
  }
}
