package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/**
 * A town whose name ends in an organisation's word is the incident's place after "in", though NER reads the name as
 * an organisation's: the toponym tagger keeps it ({@code Evidence.ownHead}) and the sentence's candidates take it
 * ({@link Candidate#find}). A name that goes on past the town's is an organisation's or a building's still.
 * Sentences written here; the town is the one whose last word ("News") CoreNLP's NER reads as an organisation's
 * ("College Station", "Rockville Centre" it reads as places already).
 */
class TownReadAsOrganisationTest {

  @Test
  void aTownNamedLikeAnOrganisationIsThePlace() {
    IncidentPlace p = extract("http://www.example-daily.com/story/news/1234/", "Man wounded in shooting",
        "A man was shot on Main Street in Newport News on Sunday night, police said.\n\nHe was taken to a "
            + "hospital with wounds that were not life-threatening.", "2016-05-02").main().place();
    assertThat(p.resolvedName()).isEqualTo("Newport News");
    assertThat(p.admin1()).isEqualTo("Virginia");
  }

  @Test
  void aNameThatGoesOnPastTheTownsIsNotTheTown() {
    IncidentPlace p = extract("http://www.example-daily.com/story/news/1235/", "Man wounded in shooting",
        "A man who works at Newport News Shipyard Supply was shot on Sunday night in Hampton, Virginia, police said.\n\nHe was "
            + "taken to a hospital with wounds that were not life-threatening.", "2016-05-02").main().place();
    assertThat(p.resolvedName()).isEqualTo("Hampton");
  }
}
