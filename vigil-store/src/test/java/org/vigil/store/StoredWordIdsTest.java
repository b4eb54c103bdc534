package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.bench.Synthetic;
import org.vigil.store.db.Database;
import org.vigil.store.db.Dialect;
import org.vigil.store.merge.MergeOptions;

/**
 * The word ids the writer keeps in the store (V45: {@code search_words}, {@code incidents.search_words}): a writer
 * that loads them, or that stems a store written without them, stores exactly what one writer that ran throughout
 * stores.
 */
class StoredWordIdsTest {
  @TempDir
  Path dir;

  private static List<ArticleInput> articles(int from, int to) {
    Synthetic gen = new Synthetic(11);
    List<ArticleInput> out = new ArrayList<>();
    for (int n = 0; n < to; n++) {
      List<ArticleInput> a = gen.nextIncident(n);
      if (n >= from) {
        out.addAll(a);
      }
    }
    return out;
  }

  @Test
  void aNewWriterLoadingTheStoredIdsOrStemmingAnOldStoreStoresWhatOneWriterStores() throws Exception {
    Database one = TestDatabases.fresh(Dialect.SQLITE, dir);
    Database reopened = TestDatabases.fresh(Dialect.SQLITE, dir);
    Database old = TestDatabases.fresh(Dialect.SQLITE, dir);
    try (IncidentStore s = IncidentStore.open(one, MergeOptions.defaults())) {
      s.storeAll(articles(0, 120));
    }
    for (Database db : List.of(reopened, old)) {
      try (IncidentStore s = IncidentStore.open(db, MergeOptions.defaults())) {
        s.storeAll(articles(0, 60));
      }
    }
    try (Connection c = old.connect(); Statement st = c.createStatement()) {
      // a store written before V45: no ids anywhere
      st.executeUpdate("UPDATE incidents SET search_words = NULL");
      st.executeUpdate("DELETE FROM search_words");
      c.commit();
    }
    for (Database db : List.of(reopened, old)) {
      try (IncidentStore s = IncidentStore.open(db, MergeOptions.defaults())) {
        s.storeAll(articles(60, 120));
      }
    }
    assertThat(TestDatabases.dump(reopened)).isEqualTo(TestDatabases.dump(one));
    try (Connection c = old.connectForReading(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM incidents WHERE search_words IS NULL")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero(); // the old incidents' ids were written back on the first load
    }
    // the old store numbered its words in another order (the old incidents' first), but holds the same words
    assertThat(words(old)).isEqualTo(words(one));
    assertThat(merges(old)).isEqualTo(merges(one));
  }

  /** The dump without the word ids: every row of the articles, reports and figures, and the incidents' rows. */
  private static List<String> merges(Database db) throws Exception {
    List<String> out = new ArrayList<>();
    for (String row : TestDatabases.dump(db)) {
      if (!row.startsWith("search_words:")) {
        out.add(row.replaceAll(" search_words=[0-9a-f]*", ""));
      }
    }
    return out;
  }

  private static List<String> words(Database db) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = db.connectForReading(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT stem FROM search_words ORDER BY stem")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
