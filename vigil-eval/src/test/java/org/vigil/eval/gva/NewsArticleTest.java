package org.vigil.eval.gva;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.model.RawDocument;

class NewsArticleTest {
  private static final ObjectMapper M = new ObjectMapper();

  @Test
  void readsOnlyTheFieldsPredictionsMayUse() throws Exception {
    ObjectNode line = (ObjectNode) M.readTree("{\"incident_id\": \"777\", \"doc_id\": \"d9\", \"title\": \"T\", "
        + "\"dct\": \"2016-05-02\", \"url\": \"http://x\", \"text\": \"Shots were fired.\", \"incident_lat\": 1.5, "
        + "\"incident_lon\": 2.5, \"gold\": {\"killed_ok\": [3]}}");
    ObjectNode without = line.deepCopy();
    without.remove(java.util.List.of("incident_id", "incident_lat", "incident_lon", "gold"));
    NewsArticle a = NewsArticle.of(line);
    assertThat(a).isEqualTo(NewsArticle.of(without));
    assertThat(a.dct()).isEqualTo(LocalDate.of(2016, 5, 2));
    RawDocument d = a.document();
    assertThat(d.id()).isEqualTo("d9");
    assertThat(new String(d.bytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("Shots were fired.");
    assertThat(d.published()).isEqualTo(LocalDate.of(2016, 5, 2));
  }

  @Test
  void aNumericDocIdIsEchoedAsANumber() throws Exception {
    NewsArticle a = NewsArticle.of(M.readTree("{\"doc_id\": 42, \"text\": \"x\", \"dct\": \"not a date\"}"));
    assertThat(a.docId().isNumber()).isTrue();
    assertThat(a.dct()).isNull();
    assertThat(M.writeValueAsString(new GvaPrediction(a.docId(), a.id(), null)))
        .isEqualTo("{\"doc_id\":42,\"incident_key\":\"42\",\"incident\":null}");
  }
}
