package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.Fixtures.KABUL;
import static org.vigil.store.Fixtures.NAIROBI;
import static org.vigil.store.Fixtures.article;
import static org.vigil.store.Fixtures.incident;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.model.FigureKind;
import org.vigil.model.IncidentType;
import org.vigil.model.Status;
import org.vigil.store.bench.Synthetic;
import org.vigil.store.db.Database;
import org.vigil.store.db.Dialect;
import org.vigil.store.merge.MergeOptions;

/**
 * A batch of articles in one transaction ({@link IncidentStore#storeAll}) stores exactly what one transaction per
 * article stores: the same rows, the same full-text index, and merges that see the incidents written earlier in the
 * same transaction.
 */
class BatchEquivalenceTest {
  @TempDir
  Path dir;

  static final String HOTEL = "Gunmen stormed the Intercontinental Hotel on Saturday evening, shooting at guests of "
      + "an information technology conference; Interior ministry spokesman Nasrat Rahimi said five died.";

  /** The hotel attack, and a second report of it placed in another country (a wrong geocoding). */
  private static List<ArticleInput> hotelAndMisplacedCopy() {
    LocalDate day = LocalDate.of(2018, 1, 20);
    return List.of(
        article("a1", "https://a.example/1", "Hotel attacked", day, HOTEL, incident("a1#1", Status.MAIN,
            IncidentType.ARMED_ASSAULT, day, "explicit", KABUL, Map.of(FigureKind.KILLED, 5), List.of(), HOTEL)),
        article("b1", "https://b.example/1", "Hotel attacked", day, HOTEL, incident("b1#1", Status.MAIN,
            IncidentType.ARMED_ASSAULT, day, "explicit", NAIROBI, Map.of(FigureKind.KILLED, 5), List.of(), HOTEL)));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aReportFoundOnlyByItsNamesJoinsAnIncidentWrittenEarlierInTheSameTransaction(Dialect d) throws Exception {
    try (IncidentStore each = IncidentStore.open(TestDatabases.fresh(d, dir), MergeOptions.defaults());
        IncidentStore batch = IncidentStore.open(TestDatabases.fresh(d, dir), MergeOptions.defaults())) {
      List<ArticleInput> in = hotelAndMisplacedCopy();
      each.store(in.get(0));
      assertThat(each.store(in.get(1)).merged()).isEqualTo(1); // Nairobi is far from Kabul: the names found it
      List<StoreResult> r = batch.storeAll(in);
      assertThat(r.get(1).merged()).isEqualTo(1);
      assertThat(r.get(1).incidentIds()).isEqualTo(r.get(0).incidentIds());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void batchesStoreWhatOneTransactionPerArticleStores(Dialect d) throws Exception {
    List<ArticleInput> in = new ArrayList<>(hotelAndMisplacedCopy());
    Synthetic gen = new Synthetic(7);
    for (int n = 0; n < 150; n++) {
      in.addAll(gen.nextIncident(n));
    }
    Database one = TestDatabases.fresh(d, dir);
    Database batched = TestDatabases.fresh(d, dir);
    try (IncidentStore each = IncidentStore.open(one, MergeOptions.defaults());
        IncidentStore batch = IncidentStore.open(batched, MergeOptions.defaults())) {
      for (ArticleInput a : in) {
        each.store(a);
      }
      for (int i = 0; i < in.size(); i += 40) {
        batch.storeAll(in.subList(i, Math.min(in.size(), i + 40)));
      }
    }
    assertThat(TestDatabases.dump(batched)).isEqualTo(TestDatabases.dump(one));
    if (d == Dialect.SQLITE) {
      assertThat(matches(batched)).isEqualTo(matches(one)).isEqualTo(reindexed(one));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anInputRepeatedInsideOneBatchIsStoredOnce(Dialect d) throws Exception {
    List<ArticleInput> two = hotelAndMisplacedCopy();
    List<ArticleInput> in = List.of(two.get(0), two.get(0), two.get(1), two.get(0));
    Database one = TestDatabases.fresh(d, dir);
    Database batched = TestDatabases.fresh(d, dir);
    List<StoreResult.Kind> kinds = new ArrayList<>();
    try (IncidentStore each = IncidentStore.open(one, MergeOptions.defaults());
        IncidentStore batch = IncidentStore.open(batched, MergeOptions.defaults())) {
      for (ArticleInput a : in) {
        each.store(a);
      }
      batch.storeAll(in).forEach(r -> kinds.add(r.kind()));
    }
    assertThat(kinds).containsExactly(StoreResult.Kind.STORED, StoreResult.Kind.ALREADY_STORED, StoreResult.Kind.STORED,
        StoreResult.Kind.ALREADY_STORED);
    assertThat(TestDatabases.dump(batched)).isEqualTo(TestDatabases.dump(one));
  }

  @Test
  void theFullTextIndexHoldsTheCurrentTextOfEveryIncidentAndNothingElse() throws Exception {
    Database db = TestDatabases.fresh(Dialect.SQLITE, dir);
    Synthetic gen = new Synthetic(3);
    try (IncidentStore store = IncidentStore.open(db, MergeOptions.defaults())) {
      for (int n = 0; n < 60; n++) {
        store.storeAll(gen.nextIncident(n));
      }
    }
    assertThat(matches(db)).isEqualTo(reindexed(db));
  }

  /** For every word of the stored search texts, the incidents {@code incident_fts} finds. */
  private static List<String> matches(Database db) throws Exception {
    try (Connection c = db.connectForReading()) {
      return matches(c, "incident_fts", words(c));
    }
  }

  /** The same, from an index built afresh from the incidents' search texts. */
  private static List<String> reindexed(Database db) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE VIRTUAL TABLE temp.ref_fts USING fts5(search_text, content='', contentless_delete=1, "
          + "detail=none, tokenize='porter unicode61')");
      s.execute("INSERT INTO temp.ref_fts (rowid, search_text) SELECT id, search_text FROM incidents");
      List<String> out = matches(c, "ref_fts", words(c));
      c.rollback();
      return out;
    }
  }

  private static TreeSet<String> words(Connection c) throws Exception {
    TreeSet<String> words = new TreeSet<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT search_text FROM incidents")) {
      while (rs.next()) {
        for (String w : rs.getString(1).split("[^\\p{L}\\p{N}]+")) {
          if (!w.isEmpty()) {
            words.add(w.toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    return words;
  }

  private static List<String> matches(Connection c, String table, TreeSet<String> words) throws Exception {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM " + table + " WHERE " + table
        + " MATCH ? ORDER BY rowid")) {
      for (String w : words) {
        ps.setString(1, '"' + w + '"');
        StringBuilder b = new StringBuilder(w).append(':');
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            b.append(' ').append(rs.getLong(1));
          }
        }
        out.add(b.toString());
      }
    }
    return out;
  }
}
