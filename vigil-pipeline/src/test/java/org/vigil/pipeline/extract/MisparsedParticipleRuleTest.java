package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A count of people whose participle the parser hangs on the noun as a bare {@code dep} ("of the four people shot"
 * after a verb of saying: "shot" read as a past tense) is read by that participle ({@link MisparsedParticiple};
 * Session 19, hurt19c, GVA dev 1621). Sentences written for these tests.
 */
class MisparsedParticipleRuleTest {

  @Test
  void everyoneShotAfterToldOf() {
    Incident i = CountRuleTest.main("A shooting happened at a bar in Akron on Saturday. We're told of the four people "
        + "shot, two of them had serious injuries. All of the victims are expected to survive.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void everyoneShotAfterSaidOf() {
    Incident i = CountRuleTest.main("A shooting happened at a bar in Akron on Saturday. Police also said of the three "
        + "people shot, two were in critical condition.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
  }
}
