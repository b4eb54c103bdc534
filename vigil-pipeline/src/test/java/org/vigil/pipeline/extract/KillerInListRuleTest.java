package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A killer named among those his killing verb lists ({@link KillerInList}; Session 11, figs11b): he is one perpetrator
 * dead and the other members are the victims killed. Sentences written for these tests, through the real pipeline.
 */
class KillerInListRuleTest {

  private static Incident main(String text) {
    return CountRuleTest.main(text);
  }

  @Test
  void theKillerLastInTheListIsOneMoreDead() {
    // the headline of a murder-suicide whose victims are listed with commas, the killer last
    Incident i = main("Police: Retired cop killed his son, his daughter, himself");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isEqualTo(1);
  }

  @Test
  void theKillerFirstInTheListIsOneMoreDead() {
    Incident i = main("Retired officer allegedly kills himself, 2 children");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isEqualTo(1);
  }

  @Test
  void aSuicideAloneOrAClauseAfterTheListIsNoVictim() {
    assertThat(main("A man killed himself in his home on Monday night, police said.")
        .figure(FigureKind.PERPETRATORS_KILLED)).isNull();
    Incident i = main("A man killed his wife and himself on Monday night, police said.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isEqualTo(1);
  }
}
