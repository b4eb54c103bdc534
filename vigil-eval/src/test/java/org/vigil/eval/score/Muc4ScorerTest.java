package org.vigil.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The MUC-4 scorers on hand-made documents. Expected counts were produced by {@code score_muc4.py} (tf / ceaf) on
 * the same files: {@code score/handmade_muc4_gold.jsonl} with {@code muc4_pred.json} and {@code muc4_pred_ceaf.json}.
 */
class Muc4ScorerTest {
  private static final Map<String, List<Muc4Template>> GOLD =
      Muc4Files.gold(Fixtures.lines("score/handmade_muc4_gold.jsonl"));

  @Test
  void templateF1CountsMatchTheReference() {
    Muc4Scores s = Muc4Scorer.templateF1(GOLD, Muc4Files.templatePredictions(Fixtures.json("score/muc4_pred.json")));
    assertThat(s.counts().get("incident_type")).containsExactly(3, 6, 3, 5);
    assertThat(s.counts().get("PerpInd")).containsExactly(3, 5, 3, 4);
    assertThat(s.counts().get("PerpOrg")).containsExactly(1, 1, 1, 1);
    assertThat(s.counts().get("Target")).containsExactly(2, 5, 2, 3);
    assertThat(s.counts().get("Victim")).containsExactly(1, 2, 1, 2);
    assertThat(s.counts().get("Weapon")).containsExactly(1, 2, 1, 2);
    assertThat(s.micro().p()).isCloseTo(0.5238095238095238, within(1e-12));
    assertThat(s.micro().r()).isCloseTo(0.6470588235294118, within(1e-12));
    assertThat(s.micro().f()).isCloseTo(0.5789473684210527, within(1e-12));
  }

  @Test
  void tiedAlignmentsKeepTheFirstInTheReferenceOrder() {
    // TST2-MUC4-9004: one prediction fits either gold template equally well; the reference aligns it with the first,
    // so the perpetrator is credited and the target is not
    Map<String, List<Muc4Template>> gold = Map.of("29004", GOLD.get("29004"));
    Muc4Scores s = Muc4Scorer.templateF1(gold, Muc4Files.templatePredictions(Fixtures.json("score/muc4_pred.json")));
    assertThat(GOLD.get("29004")).hasSize(2); // the duplicate gold template is dropped
    assertThat(s.counts().get("PerpInd")).containsExactly(1, 1, 1, 1);
    assertThat(s.counts().get("Target")).containsExactly(0, 1, 0, 1);
  }

  @Test
  void aPredictedTypeMustOccurInTheGoldTypeString() {
    Muc4Template pred = template("bombing", "dynamite");
    Muc4Template gold = template("bombing / attack", "dynamite");
    long[][] c = TemplateAlignment.best(List.of(pred), List.of(gold));
    assertThat(c[0]).containsExactly(1, 1, 1, 1);
    long[][] wrongType = TemplateAlignment.best(List.of(template("arson", "dynamite")), List.of(gold));
    assertThat(wrongType[0]).containsExactly(0, 1, 0, 1);
    assertThat(wrongType[Muc4Role.WEAPON.ordinal() + 1]).containsExactly(0, 1, 0, 1);
  }

  @Test
  void ceafReeCountsMatchTheReference() {
    Muc4Scores s = Muc4Scorer.ceafRee(Fixtures.lines("score/handmade_muc4_gold.jsonl"),
        Muc4Files.roleFillerPredictions(Fixtures.json("score/muc4_pred_ceaf.json")));
    assertThat(s.counts().get("PerpInd")).containsExactly(2, 4, 2, 3);
    assertThat(s.counts().get("PerpOrg")).containsExactly(1, 1, 1, 1);
    assertThat(s.counts().get("Target")).containsExactly(2, 3, 2, 3);
    assertThat(s.counts().get("Victim")).containsExactly(2, 3, 2, 2);
    assertThat(s.counts().get("Weapon")).containsExactly(2, 2, 2, 2);
    assertThat(s.micro().f()).isCloseTo(0.7500000000000001, within(1e-12));
  }

  @Test
  void roleFillersOfTemplatesAreTheirUnionWithoutRepeats() {
    var ceaf = Muc4Files.roleFillersOf(Fixtures.json("score/muc4_pred.json"));
    assertThat(ceaf.get("TST1-MUC3-9001").get("PerpInd")).hasSize(1);
    assertThat(ceaf.get("TST1-MUC3-9001").get("Target")).hasSize(4);
  }

  @Test
  void maximumMatchingIsOneToOne() {
    List<List<String>> gold = List.of(List.of("juan perez", "perez"));
    assertThat(Muc4Scorer.maxMatch(gold, List.of(List.of("perez"), List.of("juan perez")))).isEqualTo(1);
    assertThat(Muc4Scorer.maxMatch(List.of(List.of("a", "b"), List.of("b")), List.of(List.of("b"), List.of("a"))))
        .isEqualTo(2);
  }

  private static Muc4Template template(String type, String weapon) {
    List<List<List<String>>> roles = new java.util.ArrayList<>();
    for (Muc4Role r : Muc4Role.values()) {
      roles.add(r == Muc4Role.WEAPON ? List.of(List.of(weapon)) : List.of());
    }
    return new Muc4Template(type, roles);
  }
}
