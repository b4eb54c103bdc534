package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A headline that tells a death in a word, of an article whose sentences name no one dead, tells one dead
 * ({@link HeadlineDeathWord}; session 14, kill14): "Suspects in killing of Arkansas boy due in court", "… in death of
 * young juvenile" (GVA dev). Sentences written for these tests, through the real pipeline.
 */
class HeadlineDeathWordRuleTest {

  /** Asserts that the main incident of {@code text} counts {@code killed} dead. */
  static void dead(String text, int killed) {
    assertThat(CountRuleTest.main(text).figure(FigureKind.KILLED)).as("killed in: %s", text).isEqualTo(killed);
  }

  /** Asserts that the main incident of {@code text} counts no one dead. */
  static void noneDead(String text) {
    assertThat(CountRuleTest.main(text).figure(FigureKind.KILLED)).as("killed in: %s", text).isNull();
  }

  @Test
  void aHeadlinesKillingOfABoyIsOneDeadAndTheBoyShotIsNotAlsoHurt() {
    Incident i = CountRuleTest.main("Suspects in killing of Ohio boy due in court. The boy was shot on Thursday "
        + "night outside a home on Elm Street, police said.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void aDeadlyShootingInTheHeadlineIsOneDead() {
    dead("Third man pleads guilty in deadly bar shooting. A third man pleaded guilty on Monday to charges in the "
        + "shooting at a bar on Main Street in March.", 1);
  }

  @Test
  void anAttemptedMurderIsNoDeath() {
    noneDead("Man charged with attempted murder in shooting. A man was shot in the leg on Friday night outside a "
        + "home on Elm Street, police said.");
  }

  @Test
  void homicideDetectivesAreNoDeath() {
    noneDead("Homicide detectives investigating shooting on Elm Street. A man was shot in the leg on Friday night "
        + "outside a home on Elm Street, police said.");
  }
}
