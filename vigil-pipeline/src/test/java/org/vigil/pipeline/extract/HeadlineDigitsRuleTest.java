package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A headline's opening digits that the tagger reads as a list marker are a count ({@link NumberPhrase}; session 13,
 * kill13). Through the real pipeline.
 */
class HeadlineDigitsRuleTest {

  @Test
  void digitsOpeningAHeadlineAreACountNotAListMarker() {
    Incident i = extract("2 People Dead, 2 Officers Injured in River Forest Sunday...",
        "A gunman with a shotgun ambushed officers responding to a call on Sunday morning.", "2015-01-07").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
  }
}
