package org.vigil.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The GTD scorer on three GTD-style summaries written for these tests ({@code gtd/summaries.jsonl}, invented events
 * coded as the GTD would code them); expected values were produced by {@code score.py gtd}.
 */
class GtdScorerTest {
  @Test
  void gtdMatchesTheReference() {
    GtdScorer.Scores s = GtdScorer.score(Fixtures.lines("gtd/summaries.jsonl"), Fixtures.lines("score/gtd_pred.jsonl"));
    assertThat(s.events()).isEqualTo(3);
    assertThat(s.attacktype1TxtAcc()).isCloseTo(0.6666666666666666, within(1e-12));
    assertThat(s.weaptype1TxtAcc()).isCloseTo(0.6666666666666666, within(1e-12));
    assertThat(s.targtype1TxtAcc()).isCloseTo(0.3333333333333333, within(1e-12));
    assertThat(s.countryTxtAcc()).isCloseTo(0.6666666666666666, within(1e-12));
    assertThat(s.cityAcc()).isCloseTo(0.3333333333333333, within(1e-12));
    assertThat(s.gnameAcc()).isEqualTo(1.0); // "Unknown" gold is not scored
    assertThat(s.nkillAcc()).isEqualTo(1.0); // a missing prediction reads as 0
    assertThat(s.nwoundAcc()).isCloseTo(0.3333333333333333, within(1e-12));
    assertThat(s.nhostkidAcc()).isEqualTo(0.0);
    assertThat(s.geoAcc()).isCloseTo(0.6666666666666666, within(1e-12));
  }
}
