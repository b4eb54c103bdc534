package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.cli.Cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cli.Cli.Result;
import org.vigil.model.Extraction;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.store.IncidentStore;
import org.vigil.store.db.Database;

/**
 * {@code vigil run} with the real pipeline learns a call sign's home from its stored pages, and places its next page
 * that names no town there; {@code --no-outlet-homes} does not; {@code vigil outlets --db} writes the votes. Pages
 * written for this test.
 */
class RunOutletHomesTest {
  private static final String SITE = "https://www.kxyz.com/story/";

  @TempDir
  Path tmp;

  @Test
  void aPageThatNamesNoTownIsPlacedNearTheHomeItsOutletsStoredPagesTaught() throws Exception {
    ObjectMapper m = JsonMapper.builder().build();
    List<String> lines = List.of(
        page(m, "p1", "2016-03-01", "Man killed in Wichita shooting",
            "A man was shot and killed in Wichita, Kansas, on Monday night, police said."),
        page(m, "p2", "2016-03-09", "Teen wounded in Wichita",
            "A 16-year-old boy was shot and wounded in Wichita, Kansas, early Tuesday, police said."),
        page(m, "p3", "2016-03-20", "Man shot on Westwood Drive",
            "A man was shot and killed on Westwood Drive late Saturday, police said."));
    Path pages = tmp.resolve("pages.jsonl");
    Files.write(pages, lines);
    String db = tmp.resolve("homes.db").toString();
    Result r = run("run", pages.toString(), "--db", db, "--screen", "none");
    assertThat(r.exit()).as(r.err()).isZero();
    IncidentPlace p3 = place(db, "p3");
    assertThat(p3.resolvedName()).isEqualTo("Wichita");
    assertThat(p3.precision()).isEqualTo(2);

    Path homes = tmp.resolve("homes.tsv");
    Result out = run("outlets", "--db", db, "--out", homes.toString());
    assertThat(out.exit()).as(out.err()).isZero();
    assertThat(out.err()).contains("2 votes of 1 outlets");
    assertThat(OutletHomes.read(homes).home("kxyz", "p9").map(OutletHomes.Vote::name)).hasValue("Wichita");

    String without = tmp.resolve("without.db").toString();
    Result w = run("run", pages.toString(), "--db", without, "--screen", "none", "--no-outlet-homes");
    assertThat(w.exit()).as(w.err()).isZero();
    IncidentPlace alone = place(without, "p3");
    assertThat(alone == null ? null : alone.resolvedName()).isNotEqualTo("Wichita");
  }

  @Test
  void outletsOfAMissingStoreIsBadUsage() {
    Result r = run("outlets", "--db", tmp.resolve("none.db").toString(), "--out", tmp.resolve("h.tsv").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no such store");
  }

  private static String page(ObjectMapper m, String id, String day, String title, String text) throws Exception {
    return m.writeValueAsString(m.createObjectNode().put("id", id).put("url", SITE + id).put("title", title)
        .put("published", day).put("text", text));
  }

  private static IncidentPlace place(String db, String id) throws Exception {
    try (Connection c = Database.of(db).connectForReading();
        PreparedStatement ps = c.prepareStatement("SELECT extraction FROM articles WHERE input_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        Extraction x = IncidentStore.mapper().readValue(rs.getString(1), Extraction.class);
        assertThat(x.main()).as("the main incident of " + id).isNotNull();
        return x.main().place();
      }
    }
  }
}
