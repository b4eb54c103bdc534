package org.vigil.pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * The dead a headline joins by a comma count one each where the parse reads one ({@link HeadlineDeaths#moreThan};
 * session 14, kill14): "4-year-old girl, mother fatally shot near home in Long Beach ID'd" (GVA dev), where the parse
 * makes "mother" an apposition of "girl". Sentences written for these tests, through the real pipeline.
 */
class HeadlineDeadJoinedRuleTest {

  @Test
  void aHeadlinesTwoDeadJoinedByACommaAreTwo() {
    HeadlineDeathWordRuleTest.dead("4-year-old girl, mother fatally shot near home in Long Beach. Police said a man "
        + "opened fire outside the home on Friday night.", 2);
  }

  @Test
  void oneDeadInAHeadlineStaysOne() {
    HeadlineDeathWordRuleTest.dead("4-year-old girl fatally shot near home in Long Beach. Police said a man opened "
        + "fire outside the home on Friday night.", 1);
  }
}
