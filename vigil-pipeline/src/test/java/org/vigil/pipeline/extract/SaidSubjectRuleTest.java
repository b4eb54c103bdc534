package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * People told hurt in a clause reported by a verb of saying, which the parser takes for that verb's object ("police
 * said the boy, his grandmother and a man were hit by shots": "hit" a bare dep with no subject), are counted
 * ({@link SaidSubject}; Session 19, hurt19a, GVA dev 866). Sentences written for these tests.
 */
class SaidSubjectRuleTest {

  @Test
  void thePeopleListedAfterSaidAreThoseHit() {
    Incident i = CountRuleTest.main("Akron police said the girl, her grandfather and a woman were hit by shots from a "
        + "passing car as they stood outside a house Thursday afternoon.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void besideOneDeathTheOthersListedAreHurt() {
    Incident i = CountRuleTest.main("A 2-year-old girl was fatally shot in Akron on Thursday. Akron police said "
        + "the girl, her grandfather and a woman were hit by shots from a passing car as they stood outside a house "
        + "Thursday afternoon.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }
}
