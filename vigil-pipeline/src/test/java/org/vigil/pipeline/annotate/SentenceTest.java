package org.vigil.pipeline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Span;

/** {@link Sentence}'s offset helpers, on a sentence that starts at offset 100 of its article. */
class SentenceTest {

  private static Sentence sentence(String text) {
    List<Token> tokens = new ArrayList<>();
    int at = 100;
    for (String word : text.split(" ")) {
      tokens.add(new Token(tokens.size(), word, at, at + word.length(), word.toLowerCase(java.util.Locale.ROOT), "NN",
          "O", null));
      at += word.length() + 1;
    }
    return new Sentence(0, 0, new Span(100, at - 1), tokens, List.of());
  }

  @Test
  void theFirstTokenFromAnOffsetIsTheOneBeginningThereOrAfter() {
    Sentence s = sentence("Two men were shot"); // Two@100 men@104 were@108 shot@113
    assertThat(s.firstTokenFrom(0)).isEqualTo(0);
    assertThat(s.firstTokenFrom(104)).isEqualTo(1); // a token that begins there
    assertThat(s.firstTokenFrom(107)).isEqualTo(2); // the end of "men": the token after it
    assertThat(s.firstTokenFrom(105)).isEqualTo(2); // inside "men": the next token
  }

  @Test
  void noTokenFromAnOffsetPastTheLastOneGivesTheSentenceLength() {
    Sentence s = sentence("Two men were shot");
    assertThat(s.firstTokenFrom(114)).isEqualTo(4);
    assertThat(s.firstTokenFrom(10_000)).isEqualTo(4);
  }
}
