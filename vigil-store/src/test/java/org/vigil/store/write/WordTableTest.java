package org.vigil.store.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTableTest {
  @Test
  void findsEveryWordAddedFromAnySliceOfABuffer() {
    WordTable t = new WordTable();
    for (int i = 0; i < 100_000; i++) {
      t.put("w" + i, i); // grows the characters, the entries and the slots many times
    }
    assertThat(t.size()).isEqualTo(100_000);
    assertThat(t.get("w0")).isZero();
    assertThat(t.get("w99999")).isEqualTo(99_999);
    assertThat(t.get("w100000")).isEqualTo(-1);
    char[] buf = "xxw4242yy".toCharArray();
    assertThat(t.get(buf, 2, 5, WordTable.hash(buf, 2, 5))).isEqualTo(4242);
    assertThat(WordTable.hash(buf, 2, 5)).isEqualTo(WordTable.hash("w4242"));
    assertThat(t.get("")).isEqualTo(-1);
    t.put("", 7);
    assertThat(t.get("")).isEqualTo(7);
  }

  @Test
  void clearForgetsEverything() {
    WordTable t = new WordTable();
    t.put("alpha", 1);
    t.clear();
    assertThat(t.get("alpha")).isEqualTo(-1);
    assertThat(t.size()).isZero();
  }
}
