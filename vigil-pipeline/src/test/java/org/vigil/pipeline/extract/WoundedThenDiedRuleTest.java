package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.ShotAmongTheDeadRuleTest.deadAndHurt;

import org.junit.jupiter.api.Test;

/**
 * One told wounded and dead of it in the same sentence, or in the next, is one of the dead, not one of the hurt
 * ({@link WoundedThenDied}; Session 15, hurt15b; the next sentence Session 19, hurt19b). Sentences written for these
 * tests, through the real pipeline.
 */
class WoundedThenDiedRuleTest {

  @Test
  void diedAfterSheWasWoundedIsOneDeadNoneHurt() {
    deadAndHurt("A 4-year-old girl has died after she was wounded in a shooting at a home on Elm Street on Thursday "
        + "night, officials said.", 1, null);
  }

  @Test
  void aToddlerWhoWasInjuredHasDied() {
    deadAndHurt("A toddler who was critically injured after accidentally shooting himself on Elm Street on Monday "
        + "has died, officials said.", 1, null);
  }

  @Test
  void anotherToldWoundedBesideTheDeadIsHurt() {
    deadAndHurt("Two men died and a 3-year-old boy was wounded in a shooting on Elm Street on Sunday.", 2, 1);
  }

  @Test
  void woundedThenTheChildDiedInTheNextSentenceIsOneOfTheDead() {
    // GVA dev: "… was discovered shot to death inside the house and the girl was wounded. The child was transported
    // by LifeFlight medical helicopter to …, where she died." (two dead, none hurt; read as one hurt)
    deadAndHurt("Deputies said a man was found shot to death inside the house on Elm Street on Thursday night and the "
        + "girl was wounded. The child was taken by helicopter to a hospital, where she died.", 1, null);
  }

  @Test
  void woundedThenHePronouncedDeadIsOneOfTheDead() {
    deadAndHurt("A man was wounded in a shooting on Elm Street on Monday night, police said. He was pronounced dead "
        + "at a hospital.", 1, null);
  }

  @Test
  void aDeathOfTheOtherSexNextIsNotTheWoundedOnes() {
    deadAndHurt("A man was shot and killed on Elm Street on Monday night and a woman was wounded, police said. He "
        + "died at the scene.", 1, 1);
  }

  @Test
  void woundedThenAliveNextStaysHurt() {
    deadAndHurt("A man was shot dead on Elm Street on Monday night and a woman was wounded, police said. She is "
        + "expected to survive.", 1, 1);
  }

  @Test
  void woundedThenTheVictimSetOffByCommasDiedIsOneOfTheDead() {
    deadAndHurt("A man was wounded in a shooting on Elm Street on Monday night. The victim, a 24-year-old, died at "
        + "the scene.", 1, null);
  }

  @Test
  void woundedThenDidNotSurviveIsOneDeadWhereNoneWasRead() {
    // no rule of the dead reads "did not survive" or "passed away" by a pronoun: WoundedThenDied.toTheDead
    deadAndHurt("A 5-year-old girl was wounded in a shooting on Elm Street on Monday night. She was rushed to a "
        + "hospital but did not survive.", 1, null);
    deadAndHurt("A man was wounded in a shooting on Elm Street on Monday night. He passed away at a hospital on "
        + "Tuesday.", 1, null);
  }
}
