package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/** {@link ShootingClause}: the town the shooting's own clause names. Sentences written for these tests. */
class ShootingClauseTest {

  /**
   * The motivating kind: a first sentence names a town outside any shooting clause (a force working elsewhere, a
   * press conference), a later one says where the shooting happened ("The shooting happened Friday morning near
   * Yosemite Avenue and Cleveland in Madera").
   */
  @Test
  void theShootingsOwnTownWinsOverAnEarlierTown() {
    IncidentPlace p = place("Four hurt in drive-by",
        "Four people were hurt Friday, and detectives held a news conference in Fresno. "
            + "The shooting happened Friday morning near a gas station in Madera, police said.");
    assertThat(p.resolvedName()).isEqualTo("Madera");
    assertThat(p.admin1()).isEqualTo("California");
  }

  /** A town in the shooting's clause first stays, whatever later sentences name. */
  @Test
  void aTownInTheShootingsClauseStays() {
    IncidentPlace p = place("Man shot in Madera",
        "A man was shot Friday morning in Madera, police said. "
            + "A suspect was later arrested after a shooting in Fresno, deputies said.");
    assertThat(p.resolvedName()).isEqualTo("Madera");
  }

  /** A relative clause is not the shooting's: "a shooting … in which a car was found in Fresno". */
  @Test
  void aRelativeClauseIsNotTheShootings() {
    IncidentPlace p = place("Police seek car",
        "Police are seeking a car after a shooting Sunday in which a suspect vehicle was recovered in Fresno. "
            + "Deputies said a man was shot Sunday in Madera.");
    assertThat(p.resolvedName()).isEqualTo("Madera");
  }

  private static IncidentPlace place(String title, String text) {
    return extract("http://www.wxyz58.com/story/1234/shot", title, text, "2015-06-22").main().place();
  }
}
