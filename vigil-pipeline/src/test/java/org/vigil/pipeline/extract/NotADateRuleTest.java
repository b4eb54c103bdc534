package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.Extraction;
import org.vigil.model.FigureKind;

/** Words that look like dates and are not: a month's name in a street's. Sentences written for these tests. */
class NotADateRuleTest {

  @Test
  void aMonthInAStreetsNameDoesNotMakeTheIncidentAnOldOne() {
    Extraction e = extract("Police say they received a call for a small child shot at a residence on Bon Jan Lane. "
        + "A 2-year-old remains in the hospital after being shot Monday.", "2015-03-23");
    assertThat(e.incidents()).hasSize(1);
    assertThat(e.main().time().start()).hasToString("2015-03-23");
    assertThat(e.main().figure(FigureKind.INJURED)).isEqualTo(1);
  }
}
