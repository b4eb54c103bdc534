package org.vigil.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/** Expected values were produced by {@code score.py gva} and {@code score.py cases} on the same fixtures. */
class IncidentScorerTest {
  @Test
  void gvaMatchesTheReference() {
    IncidentScorer.GvaScores s = IncidentScorer.gva(Fixtures.lines("score/handmade_gva_articles.jsonl"),
        Fixtures.lines("score/handmade_gva_incidents.jsonl"), Fixtures.lines("score/handmade_gva_pred.jsonl"));
    assertThat(s.articles()).isEqualTo(4); // a repeated doc_id counts once
    assertThat(s.withIncident()).isEqualTo(3);
    assertThat(s.killedAcc()).isEqualTo(1.0); // 1.7 truncates to 1, as int(float(x)) does
    assertThat(s.injuredAcc()).isEqualTo(0.75);
    assertThat(s.dateAcc()).isCloseTo(0.6666666666666666, within(1e-12));
    assertThat(s.cityAcc()).isCloseTo(0.6666666666666666, within(1e-12));
    assertThat(s.geoAcc()).isCloseTo(0.3333333333333333, within(1e-12));
    assertThat(s.dedupPairwiseP()).isEqualTo(0.0);
    assertThat(s.dedupPairwiseR()).isEqualTo(0.0);
    assertThat(s.dedupPairwiseF1()).isEqualTo(0.0);
    assertThat(s.dedupBcubedF1()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void casesMatchesTheReference() {
    IncidentScorer.CasesScores s = IncidentScorer.cases(Fixtures.lines("score/cases_articles.jsonl"),
        Fixtures.lines("score/cases_incidents.jsonl"), Fixtures.lines("score/cases_pred.jsonl"));
    assertThat(s.articles()).isEqualTo(4);
    assertThat(s.predicted()).isEqualTo(3);
    assertThat(s.killedAcc()).isCloseTo(0.6666666666666666, within(1e-12));
    assertThat(s.dateAcc()).isCloseTo(0.6666666666666666, within(1e-12));
    assertThat(s.cityAcc()).isEqualTo(1.0); // hyphens, spaces and case are ignored
    assertThat(s.geoAcc()).isEqualTo(0.5);
    assertThat(s.dedupPairwiseF1()).isCloseTo(0.4, within(1e-12));
    assertThat(s.dedupBcubedF1()).isCloseTo(0.7058823529411765, within(1e-12));
    assertThat(s.clustersJoiningIncidents()).isEqualTo(1);
  }

  @Test
  void isoDateReadsBothGoldFormats() {
    assertThat(IncidentScorer.isoDate(TextNode.valueOf("January 27, 2014"))).isEqualTo("2014-01-27");
    assertThat(IncidentScorer.isoDate(TextNode.valueOf("2014-01-27T10:00"))).isEqualTo("2014-01-27");
    assertThat(IncidentScorer.isoDate(TextNode.valueOf("Jan 27 2014"))).isNull();
    assertThat(IncidentScorer.isoDate(TextNode.valueOf(""))).isNull();
  }
}
