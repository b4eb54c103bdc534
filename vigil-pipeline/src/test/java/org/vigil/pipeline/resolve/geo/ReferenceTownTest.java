package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/**
 * {@link ReferenceTown}: the dateline's town over a first town named only as the reference the place is told by.
 * Sentences written here.
 */
class ReferenceTownTest {

  /**
   * "… in a Fresno-area home", filed from a town nearby: the report was filed from where it happened, though the
   * title tells the area too (which keeps {@link DatelineTown} out).
   */
  @Test
  void theDatelinesTownWinsOverTheAreaItIsToldBy() {
    IncidentPlace p = place("Father kills two children, then himself in Fresno-area home",
        "CLOVIS, Calif. \u2014 A man shot and killed his two children before killing himself in a Fresno-area home, "
            + "deputies said.\n\nThe bodies were found Sunday morning.");
    assertThat(p.resolvedName()).isEqualTo("Clovis");
  }

  /** "… in Fresno's northeastern suburbs": the suburb's own dateline. */
  @Test
  void theDatelinesTownWinsOverTheCityWhoseSuburbItIs() {
    IncidentPlace p = place("Three people shot to death at home in Fresno suburbs",
        "CLOVIS \u2014 Police are searching for a gunman after finding the bodies of three people in Fresno's "
            + "northeastern suburbs.\n\nOfficers responded to a home after someone called 911.");
    assertThat(p.resolvedName()).isEqualTo("Clovis");
  }

  /** The town named where it happened ("in Fresno"), not as a reference, stays. */
  @Test
  void aTownNamedAsTheScenesStays() {
    IncidentPlace p = place("Father kills two children, then himself",
        "CLOVIS, Calif. \u2014 A man shot and killed his two children before killing himself at a home in Fresno, "
            + "deputies said.\n\nThe bodies were found Sunday morning.");
    assertThat(p.resolvedName()).isEqualTo("Fresno");
  }

  /**
   * "… near Elgin, 25 miles east of Austin" below "AUSTIN —": the dateline's city is the reference the town is told
   * by, so the report was filed from the city, not from where it happened; the town the home is near stays.
   */
  @Test
  void theTownThePlaceIsNearStaysWhenTheDatelinesCityIsItsReference() {
    IncidentPlace p = place("Man accused of killing three relatives",
        "AUSTIN, Texas (AP) \u2014 A 30-year-old man is accused of fatally shooting three of his relatives at their "
            + "home near Elgin, 25 miles east of Austin.\n\nThe man is charged with three counts of murder.");
    assertThat(p.resolvedName()).isEqualTo("Elgin");
    assertThat(p.admin1()).isEqualTo("Texas");
  }

  private static IncidentPlace place(String title, String text) {
    return extract("http://www.wxyz58.com/story/1234/shot", title, text, "2015-06-22").main().place();
  }
}
