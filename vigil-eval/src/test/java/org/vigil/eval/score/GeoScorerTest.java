package org.vigil.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values were produced by {@code score.py geo} on the same fixtures. */
class GeoScorerTest {
  @Test
  void geoMatchesTheReference() {
    GeoScorer.Scores s =
        GeoScorer.score(Fixtures.lines("score/geo_gold.jsonl"), Fixtures.lines("score/geo_pred.jsonl"));
    assertThat(s.toponyms()).isEqualTo(5);
    assertThat(s.tagPrecision()).isCloseTo(0.6666666666666666, within(1e-12));
    assertThat(s.tagRecall()).isCloseTo(0.8, within(1e-12));
    assertThat(s.tagF1()).isCloseTo(0.7272727272727272, within(1e-12));
    assertThat(s.geocoded()).isEqualTo(3);
    assertThat(s.accAt161km()).isCloseTo(0.3333333333333333, within(1e-12));
    assertThat(s.accAt161kmAll()).isEqualTo(0.25);
    assertThat(s.medianErrorKm()).isCloseTo(7783.305488379511, within(1e-6));
    assertThat(s.auc()).isCloseTo(0.6438216823259494, within(1e-12));
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(GeoScorer.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
  }

  @Test
  void distanceIsTheReferenceHaversine() {
    // Paris to Lyon, as score.py km() gives it
    assertThat(PyValues.km(48.8534, 2.3488, 45.7485, 4.8467)).isCloseTo(393.23507595931375, within(1e-9));
  }
}
