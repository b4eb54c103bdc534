package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cli.Cli.Result;
import org.vigil.pipeline.resolve.geo.OutletHomes;

/** {@code vigil outlets} and {@code vigil extract --outlet-homes}, without loading the models. */
class OutletsCommandTest {
  /** Written for this test: three firm votes of one call sign's pages, a precision-2 place and a skip. */
  private static final Path EXTRACTIONS = Path.of("src", "test", "resources", "outlets", "extractions.jsonl");

  @TempDir
  Path tmp;

  @Test
  void learnsOneVotePerPageWhoseTextPlacedItsIncidentInATown() throws Exception {
    Path out = tmp.resolve("homes.tsv");
    Result r = run("outlets", "--extractions", EXTRACTIONS.toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("3 votes of 1 outlets");
    OutletHomes homes = OutletHomes.read(out);
    // Wichita 2, Topeka 1: a new page's home is Wichita; the Wichita pages' own vote aside, a tie
    assertThat(homes.home("kxyz", "a9").map(OutletHomes.Vote::name)).hasValue("Wichita");
    assertThat(homes.home("kxyz", "a1")).isEmpty();
    assertThat(Files.readAllLines(out).get(1)).startsWith("kxyz\ta1\t4281730\tWichita\tKansas\tUS");
  }

  @Test
  void aBadHomesFileFailsBeforeTheModelsLoad() throws Exception {
    Path bad = tmp.resolve("bad.tsv");
    Files.writeString(bad, "no header\n");
    Result r = run("extract", "--outlet-homes", bad.toString(), Path.of("..", "samples", "kangaba.txt").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).contains("not an outlet homes file").doesNotContain("\n");
  }
}
