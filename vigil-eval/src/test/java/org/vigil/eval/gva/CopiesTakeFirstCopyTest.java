package org.vigil.eval.gva;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Outcome;
import org.vigil.model.Stage;

class CopiesTakeFirstCopyTest {
  private static NewsArticle article(String id) {
    return new NewsArticle(new TextNode(id), "t", null, null, "text");
  }

  @Test
  void aCopyTheScreenSkippedTakesItsFirstCopysKeyAndIncident() {
    GvaPrediction.GvaIncident inc = new GvaPrediction.GvaIncident("2015-03-08", "Monroe", "CT", null, null, 0, 1);
    List<NewsArticle> news = List.of(article("a"), article("b"), article("c"));
    List<Outcome> outcomes = List.of(new Outcome.Rejected("a", Stage.EXTRACT, "x", null, null),
        new Outcome.Skipped("b", Stage.SCREEN, "duplicate", "the same text as a", "a"),
        new Outcome.Skipped("c", Stage.SCREEN, "not-relevant", null, null));
    List<GvaPrediction> predictions = new ArrayList<>(List.of(
        new GvaPrediction(new TextNode("a"), "I7", inc), new GvaPrediction(new TextNode("b"), null, null),
        new GvaPrediction(new TextNode("c"), null, null)));
    StoreEval.copiesTakeTheirFirstCopy(news, outcomes, predictions);
    assertThat(predictions.get(1).incidentKey()).isEqualTo("I7");
    assertThat(predictions.get(1).incident()).isEqualTo(inc);
    assertThat(predictions.get(1).docId().asText()).isEqualTo("b");
    assertThat(predictions.get(2).incidentKey()).isNull();
  }
}
