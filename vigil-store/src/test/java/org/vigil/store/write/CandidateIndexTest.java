package org.vigil.store.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void anOlderIncidentGainingAWordIsListedInIdOrderAndFoundNewestFirst() {
    CandidateIndex x = new CandidateIndex();
    for (int id = 1; id <= 6; id++) {
      x.put(id, 100L, 110L, null, null, id % 2 == 0 ? "harbor shooting" : "market shooting");
    }
    // a merge rewrites incidents 3 and 1 (older ids) with the word: the list stays in id order
    x.put(3, 100L, 110L, null, null, "market harbor shooting");
    x.put(1, 100L, 110L, null, null, "market harbor shooting");
    assertThat(newest(x, 90, 200, 100, 3, "harbor")).containsExactly(6, 4, 3);
    assertThat(newest(x, 90, 200, 100, 10, "harbor")).containsExactly(6, 4, 3, 2, 1);
    assertThat(newest(x, 90, 200, 100, 10, "harbor", "market")).containsExactly(3, 1);
    // lost and regained: the stale entry counts again, once
    x.put(4, 100L, 110L, null, null, "shooting");
    assertThat(newest(x, 90, 200, 100, 10, "harbor")).containsExactly(6, 3, 2, 1);
    x.put(4, 100L, 110L, null, null, "harbor shooting");
    assertThat(newest(x, 90, 200, 100, 10, "harbor")).containsExactly(6, 4, 3, 2, 1);
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

  @Test
  void storedWordIdsReadBackAsWritten() {
    int[] ids = {0, 1, 2, 127, 128, 300, 16_383, 16_384, 2_000_000, Integer.MAX_VALUE - 1};
    byte[] b = WordIds.encode(ids);
    assertThat(WordIds.decode(b)).containsExactly(ids);
    assertThat(b.length).isLessThan(ids.length * 4); // small gaps take a byte
    assertThat(WordIds.decode(WordIds.encode(new int[0]))).isEmpty();
  }

  @Test
  void idsOfATextAreItsStemsAndStayTheSame() {
    CandidateIndex x = new CandidateIndex();
    int[] a = x.ids("Shootings in Élan, shooting again");
    assertThat(a).hasSize(4).isSorted(); // shoot, in, elan, again
    assertThat(x.ids("again SHOOTING élan in")).containsExactly(a);
    assertThat(x.word("shoot")).isGreaterThanOrEqualTo(0);
    assertThat(x.word("elan")).isGreaterThanOrEqualTo(0);
  }

  @Test
  void anIndexLoadedFromTheStoreAnswersAsOneBuiltIncidentByIncident() throws Exception {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
        Statements st = new Statements(c)) {
      c.setAutoCommit(false);
      try (java.sql.Statement s = c.createStatement()) {
        s.execute("CREATE TABLE search_words (id INTEGER PRIMARY KEY, stem TEXT NOT NULL)");
        s.execute("CREATE TABLE incidents (id INTEGER PRIMARY KEY, window_start INTEGER, window_end INTEGER, "
            + "firm_day_min INTEGER, firm_day_max INTEGER, search_text TEXT, search_words BLOB)");
      }
      CandidateIndex built = new CandidateIndex();
      int n = 3 * CandidateIndex.DENSE; // "common" and "other" get bit sets
      for (int id = 1; id <= n; id++) {
        String text = "Common" + (id % 3 == 0 ? " others" : "") + (id % 1000 == 0 ? " rare" : "") + " w" + id;
        built.put(id, (long) id, (long) id + 5, id % 2 == 0 ? (long) id : null, null, text);
        st.update("INSERT INTO incidents VALUES (?,?,?,?,?,?,NULL)", id, id, id + 5, id % 2 == 0 ? id : null, null,
            text);
      }
      CandidateIndex stemmed = new CandidateIndex(); // no stored ids yet: stems the texts and writes the ids back
      stemmed.load(st);
      stemmed.flush(st);
      CandidateIndex read = new CandidateIndex(); // reads the ids
      read.load(st);
      for (CandidateIndex x : List.of(stemmed, read)) {
        assertThat(newest(x, 2000, 9000, 0, 3, "common", "other")).containsExactly(9000, 8997, 8994);
        assertThat(newest(x, 0, n, 0, 20, "rare", "common")).containsExactly(newest(built, 0, n, 0, 20, "rare"));
        assertThat(newest(x, 0, n, 0, 5, "w77")).containsExactly(77);
        assertThat(x.firmMin(4)).isEqualTo(4);
        assertThat(x.firmMin(3)).isEqualTo(CandidateIndex.NONE);
      }
      read.put(9000, 9000L, 9005L, null, null, "common w9000"); // still updatable after a load
      assertThat(newest(read, 8990, 9000, 0, 1, "common", "other")).containsExactly(8997);
    }
  }
}
