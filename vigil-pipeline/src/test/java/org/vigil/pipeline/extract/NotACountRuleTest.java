package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.pipeline.annotate.Token;

/**
 * Numbers that are no counts ({@link NotACount}; session 14, hurt14): a name with a hyphen, a clock time, a span of
 * time glued to its number. Sentences written for these tests, through the real pipeline.
 */
class NotACountRuleTest {

  @Test
  void aNumberInAHyphenatedNameIsNoCount() {
    Incident i = extract("A K-9 officer was wounded during a shootout with a burglary suspect in Tulsa on Friday.",
        "2016-03-08").main();
    assertThat(i.figure(FigureKind.INJURED)).isNotEqualTo(9);
  }

  @Test
  void aClockTimeIsNoCount() {
    // the parse reads such a time as a count only in some sentences ("left a 60-year-old man and 17-year-old boy
    // wounded at about 10 p.m. Police say …", GVA dev: ten hurt), so the rule is shown on the tokens themselves
    List<Token> t = List.of(new Token(0, "wounded", 0, 7, "wound", "VBN", "O", null),
        new Token(1, "at", 8, 10, "at", "IN", "O", null), new Token(2, "about", 11, 16, "about", "RB", "O", null),
        new Token(3, "10", 17, 19, "10", "CD", "O", null), new Token(4, "p.m.", 20, 24, "p.m.", "RB", "O", null));
    assertThat(NotACount.at(t, 3)).isTrue();
    assertThat(NotACount.at(t.subList(0, 4), 3)).isFalse();
  }

  @Test
  void aSpanOfTimeGluedToItsNumberIsNoCount() {
    Incident i = extract("A man accidentally shot and wounded a 15-year girl outside a store in Baton Rouge on "
        + "Monday.", "2016-03-08").main();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void theAgesOfAListAreNoCount() {
    // "… and left four other teens — ages 14, 16, 17 and 18 — injured" (GVA dev, Session 17: read as 18 hurt)
    Incident i = extract("The shooting on Elm Street on Saturday killed a 16-year-old boy and left four other teens "
        + "— ages 14, 16, 17 and 18 — injured.", "2016-03-08").main();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }
}
