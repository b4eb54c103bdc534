package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.RelatedLinks;

/**
 * A video playlist above the story ({@link RelatedLinks#playlist}) and a widget's captions ({@link
 * RelatedLinks#furniture}) name other stories' towns, and a station's credit line its own city, not the incident's
 * place ({@link PlaceResolver}). Sentences written here.
 */
class PlaylistPlaceTest {

  @Test
  void aPlaylistsTownIsNotTheIncidentsPlace() {
    IncidentPlace p = extract("http://www.wxyz58.com/story/1234/shot", "Clovis boy, 16, charged in teen's death",
        "1:19 Man found dead in Fresno; suspect arrested Pause\n\n2:51 Fresno police discuss school threats\n\n"
            + "0:50 Sheriff gives update on Fresno homicide\n\nA 16-year-old boy was charged Monday in the shooting "
            + "death of a 15-year-old, police said.\n\nThe boy was shot in the chest last week and died at a "
            + "hospital.", "2015-06-22").main().place();
    assertThat(p.resolvedName()).isEqualTo("Clovis");
  }

  @Test
  void aCaptionWidgetsTownIsNotTheIncidentsPlace() {
    IncidentPlace p = extract("http://www.wxyz58.com/story/1234/shot", "Father of three killed in shooting",
        "A father of three was shot dead outside a pool hall on Friday night, Clovis police said.\n\n"
            + "Caption Boy shot dead by police A boy, 13, was shot dead by a Fresno police officer. A boy, 13, was "
            + "shot dead by a Fresno police officer.\n\nPolice have not named a suspect.", "2015-06-22")
        .main().place();
    assertThat(p.resolvedName()).isEqualTo("Clovis");
  }

  @Test
  void aStationsCreditLineUnderTheBylineIsNotTheIncidentsPlace() {
    // a syndicated story: the station that reported it and its city under the byline; the story names its state,
    // then the county and the town of the scene
    IncidentPlace p = extract("http://www.dailyherald99.com/news/crime/1234", "Woman wounded in robbery",
        "By Jane Roe\n\nKXYZ - Tulsa\n\nA woman was shot in the arm early Sunday during a robbery in Oklahoma, "
            + "according to deputies.\n\nThe Cherokee County Sheriff's Office said on Facebook that deputies "
            + "found her at an apartment complex in Tahlequah.\n\nA vigil is planned for Saturday.", "2015-06-22")
        .main().place();
    assertThat(p.resolvedName()).isEqualTo("Tahlequah");
  }
}
