package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentSentencesTest {
  private static final String BODY = "THE FMLN HAS PROPOSED A DIALOGUE WITH THE GOVERNMENT. URBAN GUERRILLAS "
      + "BOMBED THE BANK BRANCH; THE EXPLOSION DAMAGED A BUS. THE BUILDING OF THE MINISTRY IS NEARBY: "
      + "SOLDIERS GUARD IT.";

  @Test
  void perpetratorsAndTargetsNamedOnlyAwayFromTheIncidentAreDropped() {
    PredictedTemplate t = new PredictedTemplate("bombing", List.of("urban guerrillas", "soldiers"), List.of("fmln"),
        List.of("bank branch", "bus", "building"), List.of(), List.of("bomb"));
    PredictedTemplate kept = IncidentSentences.keep(List.of(t), BODY, IncidentSentences.READ_OFF).get(0);
    assertThat(kept.perpInd()).containsExactly("urban guerrillas");
    assertThat(kept.perpOrg()).isEmpty();
    assertThat(kept.target()).containsExactly("bank branch", "bus");
    assertThat(kept.weapon()).isEmpty();
  }

  @Test
  void weaponsAreCheckedOnlyAmongThoseReadOffTheIncidents() {
    PredictedTemplate t = new PredictedTemplate("bombing", List.of(), List.of(), List.of(), List.of(),
        List.of("rifles"));
    String body = "Guerrillas attacked the post. Police found rifles nearby.";
    assertThat(IncidentSentences.keep(List.of(t), body, IncidentSentences.ADDED).get(0)).isEqualTo(t);
    assertThat(IncidentSentences.keep(List.of(t), body, IncidentSentences.READ_OFF).get(0).weapon()).isEmpty();
  }

  @Test
  void victimsAreKeptWhereverTheyAreNamed() {
    PredictedTemplate t = new PredictedTemplate("attack", List.of(), List.of(), List.of(), List.of("the minister"),
        List.of());
    String body = "The minister was shot dead. The minister had received threats.";
    assertThat(IncidentSentences.keep(List.of(t), "The minister had received threats.", IncidentSentences.READ_OFF)
        .get(0).victim()).containsExactly("the minister");
    assertThat(IncidentSentences.keep(List.of(t), body, IncidentSentences.READ_OFF).get(0)).isEqualTo(t);
  }
}
