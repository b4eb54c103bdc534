package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/** {@link DatelineTown}: the dateline's town over a first town named outside the shooting. Sentences written here. */
class DatelineTownTest {

  /**
   * The motivating kind: the only town the body names is a victim's home ("of Fresno"), outside the shooting's clause;
   * the report is filed from a town of the same state, where it happened.
   */
  @Test
  void theDatelinesTownWinsOverAVictimsHomeTown() {
    IncidentPlace p = place("Man accidentally shot by toddler",
        "MADERA, Calif. \u2014 A man was accidentally shot in the foot Saturday after a toddler found a gun, police "
            + "said.\n\nThe victim, John Smith, 25, of Fresno, was lying on a couch when the gun went off.");
    assertThat(p.resolvedName()).isEqualTo("Madera");
    assertThat(p.precision()).isEqualTo(2);
  }

  /** A report of a court's business is filed from the court's town: the body's town stays. */
  @Test
  void aCourtsDatelineLeavesTheBodysTown() {
    IncidentPlace p = place("Man accused of double killing appears",
        "FRESNO, Calif. \u2014 A man accused of killing two people faced a judge Monday.\n\nThe two were found dead "
            + "at a home on Elm Street in Madera last week, deputies said.");
    assertThat(p.resolvedName()).isEqualTo("Madera");
  }

  /** A town the page title names is the one the story is about, whatever the dateline: it stays. */
  @Test
  void aTownTheTitleNamesStays() {
    IncidentPlace p = place("Toddler finds gun, wounds Fresno visitor",
        "MADERA, Calif. \u2014 A man was accidentally shot in the foot Saturday after a toddler found a gun, police "
            + "said.\n\nThe victim, John Smith, 25, of Fresno, was lying on a couch when the gun went off.");
    assertThat(p.resolvedName()).isEqualTo("Fresno");
  }

  private static IncidentPlace place(String title, String text) {
    return extract("http://www.wxyz58.com/story/1234/shot", title, text, "2015-06-22").main().place();
  }
}
