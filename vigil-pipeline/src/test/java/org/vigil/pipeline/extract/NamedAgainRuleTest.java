package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.ParsedSentences.parsed;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.Sentence;

/**
 * A person word and a name the parse joins as a list with no "and", one person named again ({@link
 * PersonWords#namedAgain}; Session 21, hurt21a), on the parse CoreNLP gave a sentence of the form that motivated it
 * ("… confirmed the teen, A B C II, of … died": "II" the conj of "teen", so two dead of one).
 */
class NamedAgainRuleTest {

  /** "Police confirmed the teen, John Smith II, died Thursday", "II" the conj of "teen". */
  private static final String SPEC = "Police/NNP/police>1:nsubj confirmed/VBD/confirm>-1:root the/DT/the>3:det "
      + "teen/NN/teen>9:nsubj ,/,/,>3:punct John/NNP/john/PERSON>7:compound Smith/NNP/smith/PERSON>7:compound "
      + "II/NNP/ii/PERSON>3:conj ,/,/,>3:punct died/VBD/die>1:ccomp Thursday/NNP/thursday/DATE>9:obl:tmod";

  private static Integer dead(String spec) {
    Sentence s = parsed(spec);
    FigureRules.Found f = OneByOne.singleDeaths(" ".repeat(200), s, FigureKind.KILLED);
    return f == null ? null : f.figure().best();
  }

  @Test
  void aNameJoinedToAPersonWordWithNoAndIsTheSamePerson() {
    assertThat(dead(SPEC)).isEqualTo(1);
  }

  @Test
  void aNameJoinedByAndIsAnotherPerson() {
    // "the teen and John Smith II died": two
    assertThat(dead(SPEC.replace(",/,/,>3:punct John", "and/CC/and>7:cc John"))).isEqualTo(2);
  }

  @Test
  void twoPersonWordsWithNoAndAreStillTwo() {
    // "the teen, a woman, died" parsed as a list: no name, so the rule leaves it to the list
    assertThat(dead(SPEC.replace("II/NNP/ii/PERSON>3:conj", "woman/NN/woman>3:conj"))).isEqualTo(2);
  }
}
