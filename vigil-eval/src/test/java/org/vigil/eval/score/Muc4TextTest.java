package org.vigil.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class Muc4TextTest {
  @Test
  void normLowerCasesDropsPunctuationAndArticles() {
    assertThat(Muc4Text.norm("The \"Santo Tomas\" Farm,")).isEqualTo("santo tomas farm");
    assertThat(Muc4Text.norm("an  anarchist cell of the F.M.L.N.")).isEqualTo("anarchist cell of fmln");
    assertThat(Muc4Text.norm("A")).isEmpty();
  }

  @Test
  void mentionsAreStringsOrListsWithTheStringFirst() throws Exception {
    var json = new ObjectMapper().readTree("[[[\"The guerrillas\", 37], \"guerrilla column\"], []]");
    assertThat(Muc4Text.entities(json)).containsExactly(List.of("guerrillas", "guerrilla column"));
  }

  @Test
  void strictMatchNeedsEveryPredictedMentionInTheGoldEntity() {
    assertThat(Muc4Text.strict(List.of("urng", "guatemalan national revolutionary unity"), List.of("urng"))).isTrue();
    assertThat(Muc4Text.strict(List.of("urng"), List.of("urng", "guerrillas"))).isFalse();
  }

  @Test
  void mucIdsMapToThePublishedNumericIds() {
    assertThat(Muc4Text.numericId("TST1-MUC3-0001")).isEqualTo("10001");
    assertThat(Muc4Text.numericId("TST2-MUC4-0048")).isEqualTo("20048");
    assertThat(Muc4Text.numericId("30012")).isEqualTo("30012");
  }

  @Test
  void trainingIdsWithoutASetDigitCountAsSetZero() {
    assertThat(Muc4Text.numericId("DEV-MUC3-0017")).isEqualTo("17");
    assertThat(Muc4Text.numericId("DEV-MUC3-1300")).isEqualTo("1300");
  }
}
