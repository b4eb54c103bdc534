package org.vigil.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.ingest.Hashes;
import org.vigil.ingest.Input;
import org.vigil.model.Extraction;
import org.vigil.model.IncidentPlace;
import org.vigil.model.RawDocument;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.store.FakeExtractor;
import org.vigil.store.IncidentStore;
import org.vigil.store.TestDatabases;
import org.vigil.store.db.Database;
import org.vigil.store.db.Dialect;
import org.vigil.store.homes.OutletVotes;
import org.vigil.store.merge.MergeOptions;

/**
 * {@code vigil run} with the outlet homes its store learns ({@link Runner}): a page stored after its outlet's other
 * pages taught a home is extracted again with it. The {@link FakeExtractor} stands in for the pipeline; the real one
 * is wired end to end in vigil-app's {@code RunOutletHomesTest}.
 */
class RunnerHomesTest {
  @TempDir
  Path dir;

  /** A page of a host; {@code town} "-" names none. */
  private static Input page(String id, String host, String town) {
    String text = "MAIN armed_assault 2016-03-02 " + town + " 37.69 -97.34 US killed=1\nShots on a street (" + id
        + ").";
    RawDocument doc = RawDocument.ofText(id, text, "text/plain", "https://" + host + ".example/" + id, "Shot",
        LocalDate.of(2016, 3, 2));
    return new Input(doc, null, Hashes.sha256(doc.bytes()));
  }

  private static final List<Input> PAGES = List.of(page("a1", "kxyz", "Wichita"), page("b1", "wabc", "-"),
      page("a2", "kxyz", "Wichita"), page("a3", "kxyz", "-"), page("a4", "kxyz", "Topeka"));

  private static RunCounts run(Database db, List<Input> inputs, boolean homes) throws Exception {
    try (IncidentStore store = IncidentStore.open(db, MergeOptions.defaults())) {
      return new Runner(store, new FakeExtractor(), 3, null, c -> { }, homes).run(inputs.iterator());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aPageThatNamesNoTownTakesTheHomeItsOutletsEarlierPagesTaught(Dialect d) throws Exception {
    Database db = TestDatabases.fresh(d, dir);
    assertThat(run(db, PAGES, true).extracted()).isEqualTo(5);
    IncidentPlace a3 = place(db, "a3");
    assertThat(a3.resolvedName()).isEqualTo("Wichita");
    assertThat(a3.precision()).isEqualTo(2);
    assertThat(place(db, "b1")).as("an outlet without votes").isNull();
    // the learned place does not vote: the votes are the texts' own towns
    assertThat(votes(db)).containsExactly("a1 Wichita", "a2 Wichita", "a4 Topeka");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anEarlierRunsPagesTeachTheHomeAndAPageSeesOnlyThoseStoredBeforeIt(Dialect d) throws Exception {
    Database db = TestDatabases.fresh(d, dir);
    run(db, List.of(PAGES.get(0), page("a0", "kxyz", "-")), true);
    assertThat(place(db, "a0")).as("one other page's vote is no home").isNull();
    run(db, PAGES, true);
    assertThat(place(db, "a3").resolvedName()).isEqualTo("Wichita");
    assertThat(place(db, "a0")).as("a stored page is not extracted again").isNull();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void withoutOutletHomesEveryPageIsStoredAsExtractedAndStillVotes(Dialect d) throws Exception {
    Database db = TestDatabases.fresh(d, dir);
    run(db, PAGES, false);
    assertThat(place(db, "a3")).isNull();
    assertThat(votes(db)).containsExactly("a1 Wichita", "a2 Wichita", "a4 Topeka");
  }

  private static RunCounts run(Database db, List<Input> inputs, OutletHomes seed) throws Exception {
    try (IncidentStore store = IncidentStore.open(db, MergeOptions.defaults())) {
      return new Runner(store, new FakeExtractor(), 3, null, c -> { }, true, seed).run(inputs.iterator());
    }
  }

  private static OutletHomes.Vote vote(String host, String id, String town) {
    return new OutletHomes.Vote(host, id, FakeExtractor.fakeId(town), town, "KS", "US");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aNewStoreStartsWithTheHomesTheSeedVotesTeach(Dialect d) throws Exception {
    Database db = TestDatabases.fresh(d, dir);
    OutletHomes seed = OutletHomes.of(List.of(vote("kxyz", "s1", "Wichita"), vote("kxyz", "s2", "Wichita")));
    run(db, List.of(page("a3", "kxyz", "-")), seed);
    assertThat(place(db, "a3").resolvedName()).isEqualTo("Wichita");
    assertThat(votes(db)).as("the seed is read, not stored").isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aStoredPagesVoteReplacesTheSeedsVoteOfTheSamePage(Dialect d) throws Exception {
    Database db = TestDatabases.fresh(d, dir);
    // the seed says Topeka for a1 and a2; stored, they say Wichita: counted once each, as stored
    OutletHomes seed = OutletHomes.of(List.of(vote("kxyz", "a1", "Topeka"), vote("kxyz", "a2", "Topeka")));
    run(db, PAGES.subList(0, 4), seed);
    assertThat(place(db, "a3").resolvedName()).isEqualTo("Wichita");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aPageNeverCountsItsOwnSeedVote(Dialect d) throws Exception {
    Database db = TestDatabases.fresh(d, dir);
    OutletHomes seed = OutletHomes.of(List.of(vote("kxyz", "a3", "Wichita"), vote("kxyz", "s2", "Wichita")));
    run(db, List.of(page("a3", "kxyz", "-")), seed);
    assertThat(place(db, "a3")).as("one other page's vote is no home").isNull();
  }

  private static IncidentPlace place(Database db, String inputId) throws Exception {
    try (Connection c = db.connectForReading();
        PreparedStatement ps = c.prepareStatement("SELECT extraction FROM articles WHERE input_id = ?")) {
      ps.setString(1, inputId);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return IncidentStore.mapper().readValue(rs.getString(1), Extraction.class).main().place();
      }
    }
  }

  private static List<String> votes(Database db) throws Exception {
    try (Connection c = db.connectForReading()) {
      return OutletVotes.all(c).stream().map(v -> v.docId() + " " + v.name()).toList();
    }
  }
}
