package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/** {@link ShootingClause}: the town the shooting's own clause names. Sentences written for these tests. */
class ShootingClauseTest {

  /** A town in the shooting's clause first stays, whatever later sentences name. */
  @Test
  void aTownInTheShootingsClauseStays() {
    IncidentPlace p = place("Man shot in Madera",
        "A man was shot Friday morning in Madera, police said. "
            + "A suspect was later arrested after a shooting in Fresno, deputies said.");
    assertThat(p.resolvedName()).isEqualTo("Madera");
  }

  /**
   * The motivating kind: the first town of the incident's sentences is named outside the shooting's clause (here in a
   * relative clause: "a drive-by shooting … in which a suspect vehicle was recovered in Menifee"), a later sentence
   * says where the shooting was; the later town wins.
   */
  @Test
  void theShootingsOwnTownWinsOverATownOutsideItsClause() {
    IncidentPlace p = place("Police seek car",
        "Police are seeking a car after a shooting Sunday in which a suspect vehicle was recovered in Fresno. "
            + "Deputies said a man was shot Sunday in Madera.");
    assertThat(p.resolvedName()).isEqualTo("Madera");
  }

  /**
   * The motivating kind ("OREGON CITY, Ore. — … taking a woman hostage at a Gladstone Subway"; "TOWSON, Md. (AP) — …
   * was shot to death Monday at her Randallstown apartment"): a town named after a determiner, as the town of a site
   * or a home, is the shooting's own town, and the dateline's town of the same state does not take its place (the
   * possessive's case rests on the tagger reading the town before "apartment", as it did on that page only).
   */
  @Test
  void aTownNamedAfterADeterminerAsASitesTownIsInTheShootingsClause() {
    IncidentPlace shop = place("Clerk wounded, man arrested",
        "FRESNO, Calif. \u2014 A man who shot a clerk at a Madera restaurant on Monday was arrested Wednesday, police "
            + "said.");
    assertThat(shop.resolvedName()).isEqualTo("Madera");
  }

  private static IncidentPlace place(String title, String text) {
    return extract("http://www.wxyz58.com/story/1234/shot", title, text, "2015-06-22").main().place();
  }
}
