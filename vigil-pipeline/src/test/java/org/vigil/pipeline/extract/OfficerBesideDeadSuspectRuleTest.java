package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A police officer shot where the only dead is the suspect the police killed is hurt ({@link OfficerBesideDeadSuspect};
 * Session 13, hurt13). Sentences written for these tests, through the real pipeline.
 */
class OfficerBesideDeadSuspectRuleTest {

  @Test
  void anOfficerHitBesideTheSuspectKilledByPoliceIsHurt() {
    // as "One officer was hit in the arm and taken to a hospital for treatment" beside a man "fatally shot by …
    // police officers": the count of those shot less the one dead had left no one hurt
    Incident i = main("Police officers shot and killed a man who opened fire on them in Elm City on Sunday night, "
        + "police said. One officer was hit in the arm and taken to a hospital.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aDeputyShotAndTheSuspectKilledInOneSentenceIsHurt() {
    // as "A Chicago Police officer on bicycle patrol was shot …, and the suspect in the shooting was killed"
    Incident i = main("A sheriff's deputy was shot and the suspect was killed in Elm City on Sunday night, "
        + "police said.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void anOfficerWhoDiedIsNotHurt() {
    Incident i = main("A man who opened fire on police was shot and killed by officers in Elm City on Sunday night. "
        + "One officer was hit in the chest and died at a hospital.");
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }
}
