package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.Fixtures.GARISSA;
import static org.vigil.store.Fixtures.KABUL;
import static org.vigil.store.Fixtures.NAIROBI;
import static org.vigil.store.Fixtures.article;
import static org.vigil.store.Fixtures.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.model.FigureKind;
import org.vigil.model.IncidentType;
import org.vigil.model.Status;
import org.vigil.store.db.Dialect;
import org.vigil.store.export.Format;
import org.vigil.store.merge.MergeOptions;
import org.vigil.store.query.IncidentQueries;
import org.vigil.store.query.IncidentQuery;
import org.vigil.store.query.IncidentRow;

/** Filters and export formats over a small store, on SQLite and PostgreSQL. */
class QueryExportTest {
  @TempDir
  Path dir;

  private IncidentStore filled(Dialect d) throws Exception {
    IncidentStore store = IncidentStore.open(TestDatabases.fresh(d, dir), MergeOptions.defaults());
    store.store(article("k", "https://a.example/k", "Hotel siege in Kabul", LocalDate.of(2018, 1, 21),
        MergeStoreTest.HOTEL_2, incident("k#1", Status.MAIN, IncidentType.HOSTAGE_TAKING, LocalDate.of(2018, 1, 20),
            "explicit", KABUL, Map.of(FigureKind.KILLED, 18, FigureKind.HOSTAGES_TAKEN, 40), List.of("Taliban"),
            MergeStoreTest.HOTEL_2)));
    String westgate = "Al-Shabaab gunmen attacked the Westgate shopping mall in Nairobi, killing 39 shoppers.";
    store.store(article("w", "https://b.example/w", "Westgate mall attack", LocalDate.of(2013, 9, 22), westgate,
        incident("w#1", Status.MAIN, IncidentType.ARMED_ASSAULT, LocalDate.of(2013, 9, 21), "explicit", NAIROBI,
            Map.of(FigureKind.KILLED, 39), List.of("al-Shabaab"), westgate)));
    String garissa = "Gunmen stormed Garissa University College at dawn; 147 students were killed.";
    store.store(article("g", "https://c.example/g", "Garissa university attack", LocalDate.of(2015, 4, 2), garissa,
        incident("g#1", Status.MAIN, IncidentType.ARMED_ASSAULT, LocalDate.of(2015, 4, 2), "explicit", GARISSA,
            Map.of(FigureKind.KILLED, 147), List.of("al-Shabaab"), garissa)));
    return store;
  }

  private static IncidentQuery q(LocalDate from, LocalDate to, double[] bbox, double[] point, Double km,
      String country, String type, Integer minKilled, String actor, String text) {
    return new IncidentQuery(from, to, bbox, point, km, country, type, minKilled, actor, text, false, 0);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void everyFilterNarrowsTheResult(Dialect d) throws Exception {
    try (IncidentStore store = filled(d)) {
      IncidentQueries qs = new IncidentQueries(store.connection(), d);
      assertThat(titles(qs, IncidentQuery.all())).containsExactly("Hotel siege in Kabul", "Garissa university attack",
          "Westgate mall attack");
      assertThat(titles(qs, q(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), null, null, null, null, null,
          null, null, null))).containsExactly("Garissa university attack");
      assertThat(titles(qs, q(null, null, new double[] {36, -2, 38, 0}, null, null, null, null, null, null, null)))
          .containsExactly("Westgate mall attack");
      assertThat(titles(qs, IncidentQuery.boxAndTime(new double[] {35, -3, 41, 1}, LocalDate.of(2015, 4, 1),
          LocalDate.of(2015, 4, 30)))).containsExactly("Garissa university attack");
      assertThat(titles(qs, q(null, null, null, new double[] {-1.29, 36.82}, 50.0, null, null, null, null, null)))
          .containsExactly("Westgate mall attack");
      assertThat(titles(qs, q(null, null, null, null, null, "ke", null, 100, null, null)))
          .containsExactly("Garissa university attack");
      assertThat(titles(qs, q(null, null, null, null, null, null, "hostage_taking", null, null, null)))
          .containsExactly("Hotel siege in Kabul");
      assertThat(titles(qs, q(null, null, null, null, null, null, null, null, "SHABAAB", null)))
          .containsExactly("Garissa university attack", "Westgate mall attack");
      assertThat(titles(qs, q(null, null, null, null, null, null, null, null, null, "shopping malls")))
          .containsExactly("Westgate mall attack");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void exportsUseTheirStandardsColumnsAndShapes(Dialect d) throws Exception {
    try (IncidentStore store = filled(d)) {
      List<IncidentRow> rows = new IncidentQueries(store.connection(), d).find(IncidentQuery.all(), true);
      String acled = write(Format.ACLED, rows);
      assertThat(acled.lines().findFirst().orElseThrow()).startsWith("event_id_cnty,event_date,year,time_precision,"
          + "event_type,sub_event_type,actor1,country");
      assertThat(acled).contains(",Afghanistan,AF,", "2018-01-20", ",18\r\n");
      String gtd = write(Format.GTD, rows);
      assertThat(gtd.lines().findFirst().orElseThrow()).startsWith("eventid,iyear,imonth,iday,extended,country_txt");
      assertThat(gtd).contains("201801200001,2018,1,20,0,Afghanistan", "Hostage Taking (Barricade Incident)",
          ",18,,,1,40,https://a.example/k,Vigil");

      ObjectMapper m = new ObjectMapper();
      JsonNode geo = m.readTree(write(Format.GEOJSON, rows));
      assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
      JsonNode first = geo.get("features").get(0);
      assertThat(first.get("type").asText()).isEqualTo("Feature");
      assertThat(first.get("geometry").get("type").asText()).isEqualTo("Point");
      assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(KABUL.lon()); // [lon, lat]
      assertThat(first.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(KABUL.lat());
      assertThat(first.get("properties").get("killed").asInt()).isEqualTo(18);

      List<String> lines = write(Format.JSONL, rows).lines().toList();
      assertThat(lines).hasSize(3);
      assertThat(m.readTree(lines.get(0)).get("figures").get("hostages_taken").get("best").asInt()).isEqualTo(40);
      assertThat(write(Format.TABLE, rows)).contains("Hotel siege in Kabul", "3 incidents");
    }
  }

  private static List<String> titles(IncidentQueries qs, IncidentQuery q) throws Exception {
    return qs.find(q, false).stream().map(IncidentRow::title).toList();
  }

  private static String write(Format f, List<IncidentRow> rows) {
    StringWriter s = new StringWriter();
    f.write(rows, new PrintWriter(s));
    return s.toString();
  }
}
