package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.CountRuleTest.main;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;

/**
 * A count of "shooting victims" whose "shooting" the tagger read as a verb (VBG): a modifier on the way to the counted
 * noun ({@link WoundPhrases#shootingBefore}; Session 16, hurt16a). Sentences written for these tests, through the
 * real pipeline.
 */
class ShootingVictimsRuleTest {

  @Test
  void shootingTaggedAVerbBeforeItsNounIsAModifier() {
    assertThat(main("Officers were called to a bar on Elm Street on Monday night for shots fired. Five shooting "
        + "victims were transported to local hospitals for treatment.").figure(FigureKind.INJURED)).isEqualTo(5);
  }
}
