package org.vigil.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PyTextTest {
  @Test
  void whitespaceIsPythonsIncludingNoBreakSpaces() {
    assertThat(PyText.collapseSpace(" a\u00a0\u00a0b\u2009c\u0085d\u001fe ")).isEqualTo("a b c d e");
    assertThat(PyText.strip("\u3000x\u202f")).isEqualTo("x");
    assertThat(PyText.isSpace('\u200b')).isFalse();
  }

  @Test
  void wordsArePythonsWordCharacters() {
    assertThat(PyText.words("snake_case, l'été 2½ x²")).containsExactly("snake_case", "l", "été", "2½", "x²");
    // a combining mark is not a word character in Python
    assertThat(PyText.words("e\u0301t")).containsExactly("e", "t");
  }
}
