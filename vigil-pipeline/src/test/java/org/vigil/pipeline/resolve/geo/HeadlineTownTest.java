package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.Extraction;
import org.vigil.model.FigureKind;
import org.vigil.model.IncidentPlace;

/**
 * {@link HeadlineTown}: sentences written for these tests (not taken from any evaluation set) through the real
 * pipeline (CoreNLP and the bundled gazetteer).
 */
class HeadlineTownTest {

  @Test
  void aCountyNameInTheHeadlineIsNoTown() {
    Extraction x = extract("Two killed in Gaston County shootings",
        "CHARLOTTE, N.C. \u2014 Two men were shot and killed on Sunday night, deputies said.", "2015-03-01");
    assertThat(x.main().place().resolvedName()).isNotEqualTo("Gaston");
  }

  /** As "Auburn boy, 16, charged" above a story filed from Tacoma (GVA dev 401-2,000): the tagger reads no town. */
  @Test
  void theHeadlinesTownOfItsSubjectWinsOverTheDatelinesTown() {
    Extraction x = extract("Mustang man, 19, charged in fatal shooting",
        "OKLAHOMA CITY \u2014 A 19-year-old man was charged on Monday in the fatal shooting of a neighbor, police "
            + "said.", "2016-03-01");
    assertThat(x.main().place().resolvedName()).as("%s", x.main().place()).isEqualTo("Mustang");
  }

  /**
   * As "Mundelein man shot near U of I" above "A Mundelein man was killed … in a pair of shootings early Sunday in
   * Champaign" (GVA dev 401-2,000): the headline's town is its subject's home, the body's town is where the shots were
   * fired.
   */
  @Test
  void aSubjectsHomeInTheHeadlineGivesWayToTheTownOfTheShootingsClause() {
    Extraction x = extract("Waukegan man shot near campus was a student",
        "A Waukegan man was killed and two other people were wounded in a shooting early Sunday in Evanston, police "
            + "said.", "2016-03-01");
    assertThat(x.main().place().resolvedName()).as("%s", x.main().place()).isEqualTo("Evanston");
  }

  /**
   * The title's story part, a paragraph of its own under the outlet's longer part (Headline.prepend), gives the
   * figures its toll but the places no town (session 18, geo18c: read by the places it had moved a held-out article
   * to the town the story's part names, hurt18c).
   */
  @Test
  void theTitlesStoryParagraphGivesItsTollButNoTown() {
    Extraction x = extract("Teen shot to death in Albany; girl held - WXYZ.com, South Georgia News, Weather, "
        + "Sports", "A girl was taken into custody on Sunday after the shooting, Macon police said.", "2016-03-01");
    assertThat(x.main().place().resolvedName()).as("%s", x.main().place()).isEqualTo("Macon");
    assertThat(x.main().figures()).as("%s", x.main().figures())
        .anyMatch(f -> f.kind() == FigureKind.KILLED && f.best() == 1);
  }
}
