package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.extract.ParsedSentences.parsed;

import org.junit.jupiter.api.Test;
import org.vigil.pipeline.annotate.Sentence;

/**
 * People a participle of harm tells hurt when the parser made them its active subject ({@link ParticipleSubject};
 * Session 15, hurt15c), on the parse CoreNLP gave the sentence that motivated it: "A 3-year-old girl and
 * 23-year-old woman wounded by gunfire Wednesday night have been released from the hospital" (#1494 of GVA dev; the
 * sentence alone is counted 2 by another rule, but not in its article).
 */
class ParticipleSubjectRuleTest {

  /** "A 3-year-old girl and 23-year-old woman wounded by gunfire have been released", "girl" the nsubj of "wounded". */
  private static final String SPEC = "A/DT/a>6:det 3/CD/3>3:nummod -/HYPH/->3:punct year/NN/year>5:obl:tmod "
      + "-/HYPH/->5:punct old/JJ/old>6:amod girl/NN/girl>14:nsubj and/CC/and>13:cc 23/CD/23>10:nummod "
      + "-/HYPH/->10:punct year/NN/year>12:obl:tmod -/HYPH/->12:punct old/JJ/old>13:amod woman/NN/woman>6:conj "
      + "wounded/VBN/wound>19:dep by/IN/by>16:case gunfire/NN/gunfire>14:obl have/VBP/have>19:aux "
      + "been/VBN/be>19:aux:pass released/VBN/release>-1:root";

  private static Integer injured(String spec) {
    Sentence s = parsed(spec);
    FigureRules.Found f = InjuredOneByOne.singleInjuries(" ".repeat(200), s);
    return f == null ? null : f.figure().best();
  }

  @Test
  void peopleBeforeAParticipleWithNoAuxiliaryAreHurt() {
    assertThat(injured(SPEC)).isEqualTo(2);
  }

  @Test
  void aParticipleWithAnAuxiliaryKeepsItsSubject() {
    // "A girl and a woman have wounded …": with its auxiliary, the subject did the harm
    assertThat(injured(SPEC.replace("have/VBP/have>19:aux", "have/VBP/have>14:aux"))).isNull();
  }

  @Test
  void aParticipleThatCompletesAnotherVerbIsAState() {
    // "… found the boy wounded": what the finder saw, of one who may be counted already
    assertThat(injured("The/DT/the>1:det teen/NN/teen>2:nsubj found/VBD/find>-1:root the/DT/the>4:det "
        + "boy/NN/boy>5:nsubj wounded/VBN/wound>2:xcomp")).isNull();
  }
}
