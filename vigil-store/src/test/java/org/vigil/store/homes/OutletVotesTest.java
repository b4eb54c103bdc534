package org.vigil.store.homes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.ingest.Hashes;
import org.vigil.model.RawDocument;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.store.ArticleInput;
import org.vigil.store.FakeExtractor;
import org.vigil.store.IncidentStore;
import org.vigil.store.StoreResult;
import org.vigil.store.TestDatabases;
import org.vigil.store.db.Database;
import org.vigil.store.db.Dialect;
import org.vigil.store.merge.MergeOptions;
import org.vigil.store.run.Extractor;

/** The outlet votes the store keeps beside its articles: stored once, read back, and filled in for old stores. */
class OutletVotesTest {
  @TempDir
  Path dir;

  /** A page of a call sign's site; {@code town} "-" names none. */
  private static ArticleInput page(String id, String town) {
    return page(id, town, "https://www.kxyz.example/news/" + id);
  }

  /** A page of the given address; {@code town} "-" names none. */
  private static ArticleInput page(String id, String town, String url) {
    String text = "MAIN armed_assault 2016-03-0" + id.length() + " " + town + " 37.69 -97.34 US killed=1\n"
        + "A man was shot on a street of " + town + " (page " + id + ").";
    RawDocument doc = RawDocument.ofText(id, text, "text/plain", url, "Shot",
        LocalDate.of(2016, 3, 2));
    Extractor.Result r = new FakeExtractor().process(doc);
    return new ArticleInput(id, Hashes.sha256(doc.bytes()), doc.url(), doc.title(), doc.published(), r.outcome(),
        r.text(), r.vote());
  }

  private static final List<ArticleInput> PAGES = List.of(page("a1", "Wichita"), page("a2", "Wichita"),
      page("a3", "-"), page("a4", "Topeka"));

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void eachPageWhoseTextPlacedItsIncidentInATownVotesOnceWithItsArticle(Dialect d) throws Exception {
    Database db = TestDatabases.fresh(d, dir);
    store(db, PAGES);
    try (IncidentStore store = IncidentStore.open(db, MergeOptions.defaults())) {
      // Wichita 2, Topeka 1: the next page's home is Wichita; a page that names no town has no vote
      assertThat(store.outletHomes("kxyz").home("kxyz", "a9").map(OutletHomes.Vote::name)).hasValue("Wichita");
      assertThat(store.outletHomes("other").size()).isZero();
    }
    List<OutletHomes.Vote> votes = votes(db);
    assertThat(votes).extracting(OutletHomes.Vote::docId).containsExactly("a1", "a2", "a4");
    assertThat(votes.get(0)).isEqualTo(new OutletHomes.Vote("kxyz", "a1", FakeExtractor.fakeId("Wichita"),
        "Wichita", "US", "US"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aRestartedStoreNeitherLosesNorRepeatsAVote(Dialect d) throws Exception {
    Database db = TestDatabases.fresh(d, dir);
    store(db, PAGES.subList(0, 2));
    store(db, PAGES);
    try (IncidentStore store = IncidentStore.open(db, MergeOptions.defaults())) {
      assertThat(store.store(PAGES.get(0)).kind()).isEqualTo(StoreResult.Kind.ALREADY_STORED);
    }
    assertThat(votes(db)).extracting(OutletHomes.Vote::docId).containsExactly("a1", "a2", "a4");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aStoreFromBeforeTheVotesGetsThemFromItsStoredExtractions(Dialect d) throws Exception {
    Database db = TestDatabases.fresh(d, dir);
    store(db, PAGES);
    List<OutletHomes.Vote> stored = votes(db);
    try (Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement()) {
      // the store as version 60 left it
      s.execute("DROP TABLE outlet_votes");
      s.execute("DELETE FROM flyway_schema_history WHERE version IN ('70', '71', '72')");
    }
    try (IncidentStore store = IncidentStore.open(db, MergeOptions.defaults())) {
      assertThat(store.outletHomes("kxyz").size()).isEqualTo(3);
    }
    assertThat(votes(db)).isEqualTo(stored);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aStoreWhoseVotesLostTheirHostsDigitsFilesThemUnderTheirStationsAgain(Dialect d) throws Exception {
    Database db = TestDatabases.fresh(d, dir);
    store(db, List.of(page("b1", "Wichita", "https://www.kxyz4.example/news/b1"),
        page("b2", "Topeka", "https://kxyz12.example/news/b2")));
    try (Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement()) {
      // the store as version 71 left it: both stations filed under their letters alone
      s.execute("UPDATE outlet_votes SET host = 'kxyz'");
      s.execute("DELETE FROM flyway_schema_history WHERE version = '72'");
    }
    try (IncidentStore store = IncidentStore.open(db, MergeOptions.defaults())) {
      assertThat(store.outletHomes("kxyz4").size()).isEqualTo(1);
      assertThat(store.outletHomes("kxyz").size()).isZero();
    }
    assertThat(votes(db)).extracting(OutletHomes.Vote::host).containsExactly("kxyz4", "kxyz12");
  }

  /** Stores the pages in one store session (opened, hence migrated, and closed). */
  private static void store(Database db, List<ArticleInput> pages) throws Exception {
    try (IncidentStore store = IncidentStore.open(db, MergeOptions.defaults())) {
      for (ArticleInput a : pages) {
        store.store(a);
      }
    }
  }

  private static List<OutletHomes.Vote> votes(Database db) throws Exception {
    try (Connection c = db.connectForReading()) {
      return OutletVotes.all(c);
    }
  }
}
