package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * Two people told hurt together by "both", in care, where no one died ({@link BothInCare}; session 14, hurt14).
 * Sentences written for these tests, through the real pipeline.
 */
class BothInCareRuleTest {

  @Test
  void bothInAHospitalsCareAreTwoHurt() {
    Incident i = extract("A teenager was shot in the arm outside a store in Dayton on Sunday, police said. Both the "
        + "teenager and his cousin were taken to a hospital in stable condition.", "2016-03-08").main();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void bothSentToAHospitalAreTwoHurtWhateverTheChargeBesideThem() {
    // Session 17, hurt17a: "both" as the object of "sent … to the hospital", beside a charge in the same sentence
    Incident i = extract("A 14-year-old boy was charged with reckless endangerment after a shooting in Dayton on "
        + "Sunday that sent both himself and a 12-year-old girl to the hospital.", "2016-03-08").main();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }
}
