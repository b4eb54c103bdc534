package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A count of the dead told as their bodies ({@link BodiesOf}; Session 17, hurt17b). Sentences written for these
 * tests, through the real pipeline.
 */
class BodiesOfRuleTest {

  @Test
  void theBodiesOfThreeVictimsAreThreeDead() {
    // "The bodies of 3 victims were found at a Woodland home, and all 3 appeared to have been shot in the head"
    Incident i = main("The bodies of 3 victims were found at a home on Elm Street in Woodland on Saturday, and all 3 "
        + "appeared to have been shot in the head.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(3);
  }

  @Test
  void anAgeAfterBodiesOfIsNoCount() {
    // "the bodies of 54-year-old Mark Mata, 42-year-old … and 6-year-old … were discovered" (GVA dev: not 54 dead)
    Incident i = main("Police said the bodies of 54-year-old Mark Mata and 6-year-old Hank Mata were discovered in a "
        + "murder-suicide on Elm Street in San Diego on Tuesday.");
    assertThat(i.figure(FigureKind.KILLED)).isNotEqualTo(54);
  }
}
