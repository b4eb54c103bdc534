package org.vigil.store.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.store.FakeExtractor;
import picocli.CommandLine;

/** The store's commands run for real (with the fake extractor), output captured. */
class StoreCommandsTest {
  @TempDir
  Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    CommandLine cl = new CommandLine(new StoreMain(), new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        return cls == RunCommand.class ? cls.cast(new RunCommand(FakeExtractor::new))
            : CommandLine.defaultFactory().create(cls);
      }
    });
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("vigil: " + ex.getMessage());
      return 1;
    });
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void runStoresADirectoryThenIncidentsAndIncidentShowTheMergedRecord() throws Exception {
    Path in = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(in.resolve("1.txt"), "MAIN armed_assault 2018-01-20 Kabul 34.53 69.17 AF killed=5\n"
        + "Gunmen stormed the Intercontinental Hotel in Kabul; Nasrat Rahimi said five died.");
    Files.writeString(in.resolve("2.txt"), "MAIN armed_assault 2018-01-20 Kabul 34.53 69.17 AF killed=18\n"
        + "The siege of the Intercontinental Hotel in Kabul ended; Nasrat Rahimi said 18 died.");
    Files.writeString(in.resolve("3.txt"), "SKIP\nfootball results");
    Files.writeString(in.resolve("4.txt"), "REJECT\n");
    String db = dir.resolve("vigil.db").toString();

    Result r = run("run", in.toString(), "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("4 read · 2 extracted · 1 skipped · 1 rejected · 0 duplicate · 0 already stored",
        "1 new, 1 reports merged");
    Result again = run("run", in.toString(), "--db", db);
    assertThat(again.err())
        .contains("4 read · 0 extracted · 0 skipped · 0 rejected · 0 duplicate · 4 already stored");

    Result table = run("incidents", "--db", db, "--country", "AF");
    assertThat(table.code()).isZero();
    assertThat(table.out()).contains("armed_assault", "Kabul", "1 incidents");

    Result geo = run("incidents", "--db", db, "--format", "geojson", "--near", "34.5,69.2", "--radius", "20");
    JsonNode fc = new ObjectMapper().readTree(geo.out());
    assertThat(fc.get("features")).hasSize(1);
    assertThat(fc.get("features").get(0).get("properties").get("killed").asInt()).isEqualTo(18);

    Result one = run("incident", "1", "--db", db);
    assertThat(one.code()).isZero();
    assertThat(one.out()).contains("Incident 1 · armed_assault", "killed", "latest-report", "Revisions:", "- -> 5",
        "5 -> 18");
    Result json = run("incident", "1", "--db", db, "--format", "json");
    assertThat(new ObjectMapper().readTree(json.out()).get("reports")).hasSize(2);
  }

  @Test
  void badUsageExitsTwoAndAMissingIncidentExitsOne() throws Exception {
    assertThat(run("run", dir.resolve("nope.jsonl").toString(), "--db", dir.resolve("x.db").toString()).code())
        .isEqualTo(2);
    assertThat(run("incidents", "--db", dir.resolve("missing.db").toString()).code()).isEqualTo(2);
    Files.writeString(dir.resolve("a.txt"), "SKIP\n");
    String db = dir.resolve("v.db").toString();
    assertThat(run("run", dir.resolve("a.txt").toString(), "--db", db).code()).isZero();
    Result badFormat = run("incidents", "--db", db, "--format", "xml");
    assertThat(badFormat.code()).isEqualTo(2);
    assertThat(badFormat.err()).contains("unknown format 'xml'");
    assertThat(run("incidents", "--db", db, "--from", "yesterday").code()).isEqualTo(2);
    Result missing = run("incident", "42", "--db", db);
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no incident 42");
  }

  @Test
  void runReadsOutletHomesAndRefusesABadFileOrTheOppositeOption() throws Exception {
    Path page = Files.writeString(dir.resolve("a3.txt"), "MAIN armed_assault 2016-03-02 - 0 0 US killed=1\nShots.");
    String db = dir.resolve("h.db").toString();
    Path homes = Files.writeString(dir.resolve("homes.tsv"), "not an outlet homes file\n");
    Result bad = run("run", page.toString(), "--db", db, "--outlet-homes", homes.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--outlet-homes:", "not an outlet homes file");
    Result both = run("run", page.toString(), "--db", db, "--outlet-homes", homes.toString(), "--no-outlet-homes");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("exclude each other");
    OutletHomes.NONE.write(homes);
    Result none = run("run", page.toString(), "--db", db, "--outlet-homes", homes.toString());
    assertThat(none.code()).as(none.err()).isZero();
    assertThat(none.err()).contains("1 read · 1 extracted");
  }
}
