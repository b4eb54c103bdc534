package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/** {@link ResidentTown}: the town a person of the story is of, on a page that names no other place. */
class ResidentTownTest {

  /**
   * The motivating kind: a log-in wall's one sentence, "A Hutchinson teen was arrested Sunday after police say he
   * lied …", had no place at all (the taggers read "Hutchinson" as a person's name). Sentence written for the test.
   */
  @Test
  void aTownBeforeAPersonNounPlacesAPageThatNamesNoOtherPlace() {
    IncidentPlace p = place("Teen arrested after accidental shooting",
        "A Hutchinson teen was arrested Monday after police say he hid the gun used in an accidental shooting.");
    assertThat(p).isNotNull();
    assertThat(p.resolvedName()).isEqualTo("Hutchinson");
    assertThat(p.admin1()).isEqualTo("Kansas");
    assertThat(p.precision()).isEqualTo(2);
  }

  /**
   * A headline over an empty archived copy ("Apison toddler accidentally shot himself in the head"): the tagger reads
   * the small town's name as a common noun. Headline written for the test.
   */
  @Test
  void aHeadlinesOpeningTownBeforeAPersonNounPlacesAnEmptyPage() {
    IncidentPlace p = place("Apison boy accidentally shot himself in the hand, deputies say", "");
    assertThat(p).isNotNull();
    assertThat(p.resolvedName()).isEqualTo("Apison");
    assertThat(p.admin1()).isEqualTo("Tennessee");
  }

  /** A word the text also writes in lower case is no town: "Area man" with "an area man". */
  @Test
  void aCommonWordBeforeAPersonNounIsNoTown() {
    IncidentPlace p = place("Area man shot in the leg", "An area man was shot in the leg Sunday, police said.");
    assertThat(p == null || p.resolvedName() == null || !p.resolvedName().equals("Area")).isTrue();
  }

  private static IncidentPlace place(String title, String text) {
    return extract("http://www.example.com/news/1", title, text, "2016-03-01").main().place();
  }
}
