package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A hospital told by its own name puts those taken there in care: a long name whose "Hospital" falls past the seven
 * tokens after the verb, and a medical, trauma or health center ({@link WoundPhrases#hospitalAfter}; Session 19,
 * hurt19a). Sentences written for these tests.
 */
class HospitalNameRuleTest {

  @Test
  void aHospitalsLongNameStillEndsInAHospital() {
    Incident i = CountRuleTest.main("SANDUSKY — A 7-year-old child was flown to Lakeside Rainbow Babies and "
        + "Children's Hospital after being shot on Sunday.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aMedicalCenterIsAHospital() {
    Incident i = CountRuleTest.main("Gunfire broke out at a party on Sunday night. Two men were taken to North "
        + "Ridge Medical Center.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }
}
