package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/**
 * {@link SentencePlace}: a place named as "the A community near B" is told by the town B it lies near, which records
 * give. Sentences written here.
 */
class CommunityNearTownTest {

  @Test
  void theTownACommunityIsNearIsThePlace() {
    IncidentPlace p = place("Boy, 6, hurt in accidental shooting",
        "A 6-year-old boy was accidentally shot Tuesday evening in the Pineview community near Greenville, deputies "
            + "said.\n\nThe boy is expected to recover.");
    assertThat(p.resolvedName()).isEqualTo("Greenville");
  }

  /** The town keeps its place though the article names its hospital: the boy was shot near it, not taken there. */
  @Test
  void theTownACommunityIsNearStaysThoughItNamesAHospital() {
    IncidentPlace p = place("Girl, 8, hurt in accidental shooting",
        "An 8-year-old girl was accidentally shot Sunday night in the Pineview community near Anderson.\n\n"
            + "She was taken to Anderson Medical Center, deputies said.");
    assertThat(p.resolvedName()).isEqualTo("Anderson");
  }

  /** A town named where it happened, with a town it is near, stays: "in Mauldin near Greenville". */
  @Test
  void aTownNamedWithoutCommunityStays() {
    IncidentPlace p = place("Boy, 6, hurt in accidental shooting",
        "A 6-year-old boy was accidentally shot Tuesday evening at a home in Mauldin near Greenville, deputies "
            + "said.\n\nThe boy is expected to recover.");
    assertThat(p.resolvedName()).isEqualTo("Mauldin");
  }

  private static IncidentPlace place(String title, String text) {
    return extract("http://www.wxyz58.com/story/1234/shot", title, text, "2015-06-22").main().place();
  }
}
