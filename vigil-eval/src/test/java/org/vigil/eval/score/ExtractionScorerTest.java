package org.vigil.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values were produced by {@code score.py zyte} and {@code score.py traf} on the same fixtures. */
class ExtractionScorerTest {
  @Test
  void zyteMatchesTheReference() {
    ExtractionScorer.Scores s = ExtractionScorer.zyte(Fixtures.lines("score/zyte_gold.jsonl"),
        Fixtures.json("score/zyte_pred.json"));
    assertThat(s.pages()).isEqualTo(4);
    assertThat(s.precision()).isCloseTo(0.9285714285714286, within(1e-12));
    assertThat(s.recall()).isCloseTo(0.4166666666666667, within(1e-12));
    assertThat(s.f1()).isCloseTo(0.5752212389380531, within(1e-12));
  }

  @Test
  void trafMatchesTheReference() {
    ExtractionScorer.Scores s = ExtractionScorer.traf(Fixtures.lines("score/traf_gold.jsonl"),
        Fixtures.json("score/traf_pred.json"));
    assertThat(s.pages()).isEqualTo(3);
    assertThat(s.precision()).isEqualTo(0.75);
    assertThat(s.recall()).isEqualTo(0.75);
  }

  @Test
  void aTextShorterThanFourTokensIsOneShingle() {
    assertThat(ExtractionScorer.shingles("Short note.")).containsOnlyKeys(List.of("Short", "note"));
    assertThat(ExtractionScorer.shingles("a b c d a b c d")).hasSize(4).containsEntry(List.of("a", "b", "c", "d"), 2);
    assertThat(ExtractionScorer.shingles("")).isEmpty();
  }
}
