package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/**
 * {@link SentencePlace}'s site named after a town ("at a Dallas nightclub"), through the real pipeline; sentences
 * written for these tests (not taken from any evaluation set).
 */
class SitePlaceTest {

  /** A page whose title places a mall in a town and whose body names only the mall. */
  private static IncidentPlace mallPage(String mall, String townAndState) {
    return extract("Active shooter at " + mall + " in " + townAndState,
        "The incident began just before 7 p.m. on Friday when a man armed with a rifle opened fire inside a store at "
            + "the " + mall + ". Police said four women had been killed.", "2016-09-24").main().place();
  }

  @Test
  void aSiteThePagePlacesInAnotherTownIsNotInItsNamesake() {
    // the body's "at the Eden Mall" had been read as Eden, North Carolina; the title places the mall in Dover
    IncidentPlace p = mallPage("Eden Mall", "Dover, Delaware");
    assertThat(p.resolvedName()).isEqualTo("Dover");
    assertThat(p.admin1()).isEqualTo("Delaware");
  }

  @Test
  void aSiteThePagePlacesInItsNamesakeStaysThere() {
    IncidentPlace p = mallPage("Clarksville Mall", "Clarksville, Tennessee");
    assertThat(p.resolvedName()).isEqualTo("Clarksville");
    assertThat(p.admin1()).isEqualTo("Tennessee");
  }

  /**
   * As a town's "High school" and its "Banquet Hall" (GVA dev 401-2,000, placed in a town a later sentence names and
   * in the outlet's city): a site named after its town by one word and a site noun is in that town.
   */
  @Test
  void aSiteNamedAfterItsTownByAWordAndASiteNounIsInThatTown() {
    IncidentPlace school = extract("Student shot - WXYZ News 5 - Birmingham, Alabama", "A 14-year-old student was "
        + "shot in a hallway at Sylacauga High school on Tuesday morning, deputies said.", "2015-03-01").main().place();
    assertThat(school.resolvedName()).isEqualTo("Sylacauga");
    IncidentPlace hall = extract("Five shot at party - WXYZ News 5 - Springfield, Illinois", "Five people were shot "
        + "during a birthday party at the Galesburg Banquet Hall early Sunday, police said.", "2015-03-01").main()
        .place();
    assertThat(hall.resolvedName()).isEqualTo("Galesburg");
    assertThat(hall.admin1()).isEqualTo("Illinois");
  }
}
