package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.Extraction;
import org.vigil.model.FigureKind;

/**
 * Words that look like dates and are not: a month's name in a street's, a live page's update stamp, a birth date.
 * Sentences written for these tests.
 */
class NotADateRuleTest {

  @Test
  void aMonthInAStreetsNameDoesNotMakeTheIncidentAnOldOne() {
    Extraction e = extract("Police say they received a call for a small child shot at a residence on Bon Jan Lane. "
        + "A 2-year-old remains in the hospital after being shot Monday.", "2015-03-23");
    assertThat(e.incidents()).hasSize(1);
    assertThat(e.main().time().start()).hasToString("2015-03-23");
    assertThat(e.main().figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aLivePagesUpdateStampDoesNotDateTheIncident() {
    // motivated by live pages stamped "UPDATE SATURDAY 5:45 AM" and "8:27 AM THURSDAY: …" a week before the shooting
    Extraction e = extract("UPDATE SATURDAY 5:45 AM\n\nFour people were shot and wounded at a movie theater, "
        + "police said.", "2015-12-25");
    assertThat(e.main().time().start()).hasToString("2015-12-25");
    Extraction f = extract("8:27 AM THURSDAY: Police believe a woman was shot and wounded by accident.",
        "2016-05-25");
    assertThat(f.main().time().start()).hasToString("2016-05-25");
  }

  @Test
  void aDateStandingAloneIsThePagesDateLine() {
    Extraction e = extract("May 16, 2016\n\nThe body of a 14-year-old boy was found near a lake on Saturday. He had "
        + "accidentally shot himself with a shotgun, deputies said.", "2016-05-16");
    assertThat(e.main().time().start()).hasToString("2016-05-14");
  }

  @Test
  void aBirthDateDoesNotDateTheIncident() {
    Extraction e = extract("Police arrested a man Thursday in the shooting of a toddler at a home. The toddler, born "
        + "on March 3, 2014, was taken to a hospital.", "2015-07-03");
    assertThat(e.main().time().start()).hasToString("2015-07-02");
  }
}
