package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.pipeline.annotate.RelatedLinks;

/**
 * A link to another story in an article's body, labelled ("RELATED: Police: Man killed in apparent drive-by
 * shooting …") or a headline set as a paragraph of its own ("Shooting victim dies minutes after relatives drop him at
 * hospital"), tells no death of the article's incident ({@link RelatedLinks}; session 14, kill14b; GVA dev, where we
 * read one dead and GVA has none). Sentences written for these tests, through the real pipeline.
 */
class RelatedLinksRuleTest {

  private static final String TITLE = "Man wounded in shooting on Elm Street";

  /** The main incident of an article with {@link #TITLE} whose body holds {@code link} as its second paragraph. */
  private static Incident withLink(String link) {
    return extract(TITLE, "A 24-year-old man was shot in the leg on Friday night outside a home on Elm Street, "
        + "police said.\n\n" + link + "\n\nThe man was taken to a hospital, where he was listed in stable condition.",
        "2015-01-07").main();
  }

  /** Asserts that the link's death is not counted: no one dead, the one man wounded hurt. */
  private static void noDeathIn(String link) {
    Incident i = withLink(link);
    assertThat(i.figure(FigureKind.KILLED)).as("killed beside: %s", link).isNull();
    assertThat(i.figure(FigureKind.INJURED)).as("injured beside: %s", link).isEqualTo(1);
  }

  @Test
  void aRelatedStorysDeathIsNotTheIncidents() {
    noDeathIn("RELATED: Police: Man killed in apparent drive-by shooting near downtown San Antonio");
  }

  @Test
  void anotherStorysHeadlineInTheBodyIsNotTheIncidents() {
    noDeathIn("Shooting victim dies minutes after relatives drop him at hospital");
  }

  @Test
  void aVideoPlaylistsDeathIsNotTheIncidents() {
    // "1:19 Preliminary autopsy results … 2:51 Sheriff gives update … 0:50 One dead after shooting involving officer"
    // (Session 16, hurt16b): titles with their running times, one paragraph each
    noDeathIn("1:19 Preliminary autopsy results revealed by sheriff\n\n2:51 Sheriff gives update on the car stop"
        + "\n\n0:50 One dead after shooting involving officer\n\n2:06 Officer describes finding the clown");
  }

  @Test
  void aSentenceOfTheBodyStillCounts() {
    assertThat(withLink("A second man was shot and killed at the scene.").figure(FigureKind.KILLED)).isEqualTo(1);
  }
}
