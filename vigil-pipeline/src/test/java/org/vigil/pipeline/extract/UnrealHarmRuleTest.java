package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A death denied or only tried is no death ({@link UnrealHarm}, {@link OneByOne#singleDeaths}; session 14, kill14):
 * "did not die", "an attempted murder-suicide" (GVA dev: a baby and two adults wounded, no one dead). Sentences
 * written for these tests, through the real pipeline.
 */
class UnrealHarmRuleTest {

  @Test
  void oneShotWhoDidNotDieIsNoDeath() {
    HeadlineDeathWordRuleTest.noneDead("A man was shot in the chest on Friday night but did not die, police said.");
  }

  @Test
  void anAttemptedMurderSuicideKillsNoKiller() {
    Incident i = CountRuleTest.main("Police said the shooting at a home on Elm Street on Friday was an attempted "
        + "murder-suicide. A woman and her baby were wounded.");
    assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isNull();
  }

  @Test
  void aMurderSuicideKillsTheKiller() {
    Incident i = CountRuleTest.main("Police said the shooting at a home on Elm Street on Friday was a "
        + "murder-suicide. A woman and her baby were wounded.");
    assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isEqualTo(1);
  }
}
