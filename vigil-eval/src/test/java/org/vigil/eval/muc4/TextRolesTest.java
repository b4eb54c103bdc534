package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRolesTest {
  @Test
  void agentsAndTargetsGoToTheFirstTemplateInShortFormOnce() {
    PredictedTemplate first = new PredictedTemplate("bombing", List.of("urban guerrillas"), List.of("fmln"),
        List.of("bridge"), List.of(), List.of("dynamite"));
    PredictedTemplate second = new PredictedTemplate("attack", List.of(), List.of(), List.of(), List.of("peasants"),
        List.of());
    String body = "The bridge was destroyed by urban guerrillas. Later unidentified men attacked the police station.";
    List<PredictedTemplate> out = TextRoles.addTo(List.of(first, second), body);
    assertThat(out.get(0).perpInd()).containsExactly("urban guerrillas", "unidentified men");
    assertThat(out.get(0).target()).containsExactly("bridge", "police station");
    assertThat(out.get(0).perpOrg()).containsExactly("fmln");
    assertThat(out.get(1)).isEqualTo(second);
  }

  @Test
  void anArticleWithoutTemplatesGetsNone() {
    assertThat(TextRoles.addTo(List.of(), "Soldiers killed the mayor.")).isEmpty();
  }
}
