package org.vigil.store.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidateIndexTest {
  private static long[] newest(CandidateIndex x, long lo, long hi, long end, int limit, String... words) {
    int[] ids = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      ids[i] = x.word(FtsTokens.word(words[i]));
    }
    return x.newest(ids, lo, hi, end, limit);
  }

  @Test
  void findsIncidentsWithEveryWordInTheWindowNewestFirst() {
    CandidateIndex x = new CandidateIndex();
    x.put(1, 100L, 110L, null, null, "John Smith shot on Elm Street");
    x.put(2, 100L, 105L, 102L, 102L, "Smith, John: shootings in town");
    x.put(3, 300L, 310L, null, null, "John Smith again");
    x.put(4, null, null, null, null, "John Smith without a window");
    x.put(5, 100L, 101L, null, null, "Jane Doe");
    assertThat(newest(x, 90, 200, 100, 5, "john", "smith")).containsExactly(2, 1);
    assertThat(newest(x, 90, 200, 108, 5, "john", "smith")).containsExactly(1); // window_end >= 108
    assertThat(newest(x, 90, 200, 100, 1, "john", "smith")).containsExactly(2); // the limit keeps the newest
    assertThat(newest(x, 90, 200, 100, 5, "shooting")).containsExactly(2); // stems: shootings = shoot ≠ shot
    assertThat(x.word("nobody")).isEqualTo(-1);
    assertThat(x.firmMin(2)).isEqualTo(102);
    assertThat(x.firmMin(1)).isEqualTo(CandidateIndex.NONE);
  }

  @Test
  void aRewrittenIncidentLosesAndGainsWords() {
    CandidateIndex x = new CandidateIndex();
    x.put(7, 10L, 20L, null, null, "alpha beta");
    x.put(7, 10L, 20L, null, null, "beta gamma");
    assertThat(newest(x, 0, 30, 0, 5, "alpha")).isEmpty();
    assertThat(newest(x, 0, 30, 0, 5, "gamma")).containsExactly(7);
    x.put(7, 10L, 20L, null, null, "alpha beta");
    assertThat(newest(x, 0, 30, 0, 5, "alpha")).containsExactly(7); // listed twice, answered once
  }

  @Test
  void commonWordsIntersectByBitSetsWithTheSameAnswers() {
    CandidateIndex x = new CandidateIndex();
    int n = 4 * CandidateIndex.DENSE;
    for (int id = 1; id <= n; id++) {
      String text = "common" + (id % 3 == 0 ? " other" : "") + (id % 1000 == 0 ? " rare" : "");
      x.put(id, (long) id, (long) id + 5, null, null, text);
    }
    // both words dense: bit sets; the window keeps ids 2000..9000
    assertThat(newest(x, 2000, 9000, 0, 3, "common", "other")).containsExactly(9000, 8997, 8994);
    // a short list driving a dense one
    assertThat(newest(x, 0, n, 0, 10, "rare", "common")).containsExactly(16000, 15000, 14000, 13000, 12000, 11000,
        10000, 9000, 8000, 7000);
    // a word removed from a dense incident is gone from its bit set
    x.put(9000, 9000L, 9005L, null, null, "common");
    assertThat(newest(x, 2000, 9000, 0, 1, "common", "other")).containsExactly(8997);
    assertThat(newest(x, 8999, 9000, 0, 5, "other")).isEmpty();
  }
}
