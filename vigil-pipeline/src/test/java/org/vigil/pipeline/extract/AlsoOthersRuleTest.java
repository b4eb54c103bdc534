package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.Evidence;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.model.Span;

/**
 * "also" tells those counted one by one are others than the dead only in their own clause ({@link AlsoOthers};
 * Session 17, hurt17b). The one-by-one count these sentences gave in their articles is read only in the whole article
 * (the sentence alone through the pipeline counts no one), so the rule is shown on the count itself.
 */
class AlsoOthersRuleTest {

  /** A one-by-one count of the hurt whose evidence is {@code count} in the sentence {@code sentence}. */
  private static boolean told(String sentence, String count) {
    int at = sentence.indexOf(count);
    Figure f = new Figure(FigureKind.INJURED, 1, 1, 1, Qualifier.EXACT, "1", FigureRules.SINGULAR,
        new Evidence(new Span(at, at + count.length()), count, new Span(0, sentence.length())));
    return AlsoOthers.told(sentence, f);
  }

  @Test
  void alsoInAClauseOfAnotherSubjectSaysNothingOfTheCount() {
    // GVA dev: four of five dead read as three hurt
    assertThat(told("Warrants read during the hearing indicated that William and Sheila Burton, Christie Lee and "
        + "Green were all shot, and that William Burton was also beaten.",
        "William and Sheila Burton, Christie Lee and Green were all shot")).isFalse();
  }

  @Test
  void alsoInTheCountOrItsOwnClauseTellsOthers() {
    assertThat(told("A woman was also shot in the arm.", "woman was also shot")).isTrue();
    assertThat(told("A civilian was shot in the incident, but is also expected to be OK.", "civilian was shot"))
        .isTrue();
  }
}
