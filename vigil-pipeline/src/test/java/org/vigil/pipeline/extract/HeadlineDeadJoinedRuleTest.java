package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * The dead a headline joins by a comma count one each where the parse reads one ({@link HeadlineDeaths#moreThan};
 * session 14, kill14): "4-year-old girl, mother fatally shot near home in Long Beach ID'd" (GVA dev), where the parse
 * makes "mother" an apposition of "girl". Sentences written for these tests, through the real pipeline.
 */
class HeadlineDeadJoinedRuleTest {

  @Test
  void aHeadlinesTwoDeadJoinedByACommaAreTwo() {
    Incident i = CountRuleTest.main("4-year-old girl, mother fatally shot near home in Long Beach. Police said a man "
        + "opened fire outside the home on Friday night.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
  }

  @Test
  void oneDeadInAHeadlineStaysOne() {
    Incident i = CountRuleTest.main("4-year-old girl fatally shot near home in Long Beach. Police said a man opened "
        + "fire outside the home on Friday night.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
  }
}
