package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.store.db.Database;
import org.vigil.store.db.Dialect;

/**
 * Starts the real {@code run} process (with the fake extractor) and kills it with SIGKILL at random moments, again
 * and again, then lets it finish: the store must end exactly as after one uninterrupted run, with nothing lost and
 * nothing doubled.
 */
class CrashRestartTest {
  private static final String[][] CITIES = {{"Kabul", "34.5281", "69.1723", "AF"}, {"Nairobi", "-1.2833", "36.8167",
      "KE"}, {"Mogadishu", "2.0371", "45.3438", "SO"}, {"Tunis", "36.8190", "10.1658", "TN"}, {"Bamako", "12.6392",
      "-8.0029", "ML"}, {"Garissa", "-0.4532", "39.6461", "KE"}};

  @TempDir
  Path dir;

  /** Kill-and-restart runs per database: {@code -Dvigil.crashRuns=20} for the "20 times in a row". */
  private static final int RUNS = Integer.getInteger("vigil.crashRuns", 1);
  private static final int KILLS_PER_RUN = 8;

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aRunKilledAtRandomMomentsAndRestartedEndsWithTheSameStoreAsAnUninterruptedOne(Dialect d) throws Exception {
    Path input = dir.resolve("articles.jsonl");
    int distinctInputs = writeInputs(input, new Random(11));
    Database reference = TestDatabases.fresh(d, dir);
    Process ref = start(input, reference, dir.resolve("ref.log"));
    assertThat(ref.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(ref.exitValue()).as(Files.readString(dir.resolve("ref.log"))).isZero();
    System.out.println("reference run: " + Files.readString(dir.resolve("ref.log")).strip());
    List<String> expected = TestDatabases.dump(reference);
    long total = count(reference, "articles");
    // the votes are stored with their pages, and later placeless pages took their outlet's learned home
    assertThat(count(reference, "outlet_votes")).isGreaterThan(total / 2);
    assertThat(expected).filteredOn(l -> l.startsWith("articles:") && l.contains("\"precision\":2"))
        .hasSizeGreaterThan(10);
    for (int run = 1; run <= RUNS; run++) {
      Database crashed = TestDatabases.fresh(d, dir);
      List<Long> storedAtKill = killAndRestart(input, crashed, total, new Random(7 + 1_000L * run), run);
      List<String> actual = TestDatabases.dump(crashed);
      assertThat(actual).as("run %d", run).hasSameSizeAs(expected);
      assertThat(actual).as("run %d", run).containsExactlyElementsOf(expected);
      assertThat(count(crashed, "articles") + count(crashed, "duplicates")).isEqualTo(distinctInputs);
      assertThat(count(crashed, "incidents")).isGreaterThan(30).isLessThan(count(crashed, "articles"));
      System.out.println(d + " run " + run + " of " + RUNS + ": same store as the uninterrupted run after kills "
          + "with articles stored " + storedAtKill + " of " + total);
      assertThat(storedAtKill).as("run %d: articles stored when each kill struck", run)
          .hasSize(KILLS_PER_RUN).filteredOn(n -> n > 0 && n < total).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  /**
   * Starts the run again and again, killing it {@link #KILLS_PER_RUN} times, then lets it finish. A quarter of the
   * kills strike after a random few hundred milliseconds (start-up, migration, the first transactions); the others
   * wait until the store holds a random number of articles between what it held and the total, then strike a
   * random few milliseconds later (mid-transaction or between two). Returns the articles stored at each kill.
   */
  private List<Long> killAndRestart(Path input, Database db, long total, Random random, int run) throws Exception {
    List<Long> storedAtKill = new ArrayList<>();
    for (int starts = 0; ; starts++) {
      Path log = dir.resolve("crash-" + run + "-" + starts + ".log");
      Process p = start(input, db, log);
      if (storedAtKill.size() < KILLS_PER_RUN && starts < 40) {
        boolean early = random.nextInt(4) == 0;
        long before = count(db, "articles");
        long target = before + 1 + random.nextInt((int) Math.max(1, (total - before) / 2));
        long waited = 0;
        long waitMs = early ? 50 + random.nextInt(600) : 300_000;
        while (p.isAlive() && waited < waitMs && (early || count(db, "articles") < target)) {
          Thread.sleep(20);
          waited += 20;
        }
        if (!early) {
          Thread.sleep(random.nextInt(40));
        }
        if (p.isAlive()) {
          p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback, no close
          p.waitFor(30, TimeUnit.SECONDS);
          storedAtKill.add(count(db, "articles"));
        } else {
          assertThat(p.exitValue()).as(Files.readString(log)).isZero(); // finished first: start it again
        }
        continue;
      }
      assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(Files.readString(log)).isZero();
      return storedAtKill;
    }
  }

  private static long count(Database db, String table) throws Exception {
    if (db.dialect() == Dialect.SQLITE && !Files.exists(Path.of(db.label()))) {
      return 0;
    }
    try (Connection c = db.connectForReading();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      return 0; // killed before the tables were created
    }
  }

  private static Process start(Path input, Database db, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classpath(),
        FakeRunMain.class.getName(), input.toString(), "--db", db.jdbcUrl(), "--threads", "2");
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static String classpath() throws IOException {
    String file = System.getenv("VIGIL_TEST_CLASSPATH_FILE");
    Path cpFile = file != null ? Path.of(file) : Path.of("target", "test-classpath.txt");
    String deps = Files.readString(cpFile).strip();
    return Path.of("target", "test-classes").toAbsolutePath() + File.pathSeparator
        + Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + deps;
  }

  /**
   * 420 lines: 70 incidents in six cities over two months, each reported by one to eight articles with rising
   * tolls (each city's outlets vote for it; some reports name no town, and take their outlet's learned home); some
   * articles recall an earlier incident; skipped and rejected inputs, exact duplicates under another id, a second
   * copy at the same URL, and a malformed line. Returns the number of distinct inputs.
   */
  private static int writeInputs(Path file, Random r) throws IOException {
    ObjectMapper m = JsonMapper.builder().build();
    List<String> lines = new ArrayList<>();
    Set<String> distinct = new HashSet<>();
    LocalDate start = LocalDate.of(2018, 1, 1);
    List<String> earlier = new ArrayList<>();
    for (int i = 0; lines.size() < 420; i++) {
      String[] city = CITIES[r.nextInt(CITIES.length)];
      LocalDate day = start.plusDays(r.nextInt(60));
      int reports = 1 + r.nextInt(8);
      int killed = r.nextInt(30);
      String names = "event" + i + " victim" + (i * 31 % 97) + "son street" + (i * 17 % 89) + "ville";
      for (int k = 0; k < reports && lines.size() < 420; k++) {
        String id = "e" + i + "-" + k;
        StringBuilder text = new StringBuilder();
        int kind = r.nextInt(40);
        if (kind == 0) {
          text.append("SKIP\nnot about an incident ").append(id);
        } else if (kind == 1) {
          text.append("REJECT\n");
        } else {
          // one report in ten names no town: placed near its outlet's home once the outlet's pages have one
          String place = kind < 6 ? "- 0 0" : city[0] + ' ' + city[1] + ' ' + city[2];
          text.append("MAIN armed_assault ").append(day).append(' ').append(place).append(' ').append(city[3])
              .append(" killed=").append(killed + k).append('\n');
          if (!earlier.isEmpty() && r.nextInt(5) == 0) {
            text.append(earlier.get(r.nextInt(earlier.size()))).append('\n');
          }
          text.append("Gunmen attacked in ").append(city[0]).append(", ").append(names).append(". Report ").append(k)
              .append(" of the attack; police said ").append(killed + k).append(" died.");
        }
        ObjectNode o = m.createObjectNode();
        o.put("id", id).put("text", text.toString()).put("published", day.plusDays(k / 2).toString())
            .put("url", "https://" + city[0].toLowerCase(java.util.Locale.ROOT) + "-news" + (k % 3) + ".example/"
                + id).put("title", "Attack in " + city[0]);
        lines.add(m.writeValueAsString(o));
        distinct.add(id + "\n" + text);
        if (r.nextInt(25) == 0) { // the same article again under another id: a duplicate
          o.put("id", id + "-copy");
          lines.add(m.writeValueAsString(o));
          distinct.add(id + "-copy\n" + text);
        }
      }
      earlier.add("HISTORICAL armed_assault " + day + " " + city[0] + " " + city[1] + " " + city[2] + " " + city[3]
          + " killed=" + killed);
    }
    lines.add(120, "{not json");
    distinct.add("malformed");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return distinct.size();
  }
}
