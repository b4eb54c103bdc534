package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.cli.Cli.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cli.Cli.Result;

/**
 * README's first command: {@code vigil run} on the bundled samples, then {@code vigil incidents}; and the GeoJSON
 * export of the seed's incidents checked against RFC 7946 (structure, [longitude, latitude] order, plain JSON).
 */
class RunSeedTest {
  private static final Path SAMPLES = Path.of("..", "samples", "articles.jsonl");

  @TempDir
  Path tmp;

  @Test
  void theSamplesGoIntoTheStoreAndTheSeedsIncidentsExportAsValidGeoJson() throws Exception {
    String db = tmp.resolve("vigil.db").toString();
    Result r = run("run", SAMPLES.toString(), "--db", db);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out() + r.err()).contains("3 read · 3 extracted · 0 skipped · 0 rejected");

    Result table = run("incidents", "--db", db);
    assertThat(table.exit()).isZero();
    assertThat(table.out()).contains("Le Campement Kangaba", "Gunfire heard at Mali resort area");

    Result geo = run("incidents", "--db", db, "--format", "geojson", "--include-background");
    assertThat(geo.exit()).isZero();
    ObjectMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    JsonNode fc = strict.readTree(geo.out());
    assertValidFeatureCollection(fc);

    // [longitude, latitude]: each point is the incident's own lat/lon in that order
    Map<Long, double[]> points = new HashMap<>();
    for (String line : run("incidents", "--db", db, "--format", "jsonl", "--include-background").out().split("\n")) {
      if (!line.isBlank()) {
        JsonNode n = strict.readTree(line);
        if (n.hasNonNull("lat")) {
          points.put(n.get("id").asLong(), new double[] {n.get("lat").asDouble(), n.get("lon").asDouble()});
        }
      }
    }
    JsonNode seed = null;
    for (JsonNode f : fc.get("features")) {
      JsonNode g = f.get("geometry");
      if (!g.isNull()) {
        double[] p = points.get(f.get("id").asLong());
        assertThat(g.get("coordinates").get(0).asDouble()).isEqualTo(p[1]);
        assertThat(g.get("coordinates").get(1).asDouble()).isEqualTo(p[0]);
      }
      if ("Le Campement Kangaba".equals(f.get("properties").path("place").asText())) {
        seed = f;
      }
    }
    assertThat(seed).as("the seed's main incident").isNotNull();
    // Kangaba, near Bamako, Mali: about 8° W, 12.6° N
    assertThat(seed.get("geometry").get("coordinates").get(0).asDouble()).isBetween(-8.3, -7.7);
    assertThat(seed.get("geometry").get("coordinates").get(1).asDouble()).isBetween(12.4, 12.9);
    assertThat(seed.get("properties").get("killed").asInt()).isEqualTo(2);
  }

  /** RFC 7946 §3: a FeatureCollection of Features with Point (or null) geometries, properties, no "crs". */
  static void assertValidFeatureCollection(JsonNode fc) {
    assertThat(fc.isObject()).isTrue();
    assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.has("crs")).as("RFC 7946 has no crs member").isFalse();
    assertThat(fc.get("features").isArray()).isTrue();
    assertThat(fc.get("features").size()).isPositive();
    for (JsonNode f : fc.get("features")) {
      assertThat(f.isObject()).isTrue();
      assertThat(f.get("type").asText()).isEqualTo("Feature");
      assertThat(f.has("geometry")).as("a Feature has a geometry member (object or null)").isTrue();
      assertThat(f.has("properties")).as("a Feature has a properties member (object or null)").isTrue();
      assertThat(f.get("properties").isObject() || f.get("properties").isNull()).isTrue();
      assertThat(f.has("crs")).isFalse();
      if (f.has("id")) {
        assertThat(f.get("id").isTextual() || f.get("id").isNumber()).as("id is a string or a number").isTrue();
      }
      JsonNode g = f.get("geometry");
      if (g.isNull()) {
        continue;
      }
      assertThat(g.get("type").asText()).isEqualTo("Point");
      JsonNode c = g.get("coordinates");
      assertThat(c.isArray()).isTrue();
      assertThat(c.size()).isBetween(2, 3);
      for (JsonNode x : c) {
        assertThat(x.isNumber()).isTrue();
        assertThat(Double.isFinite(x.asDouble())).isTrue();
      }
      assertThat(c.get(0).asDouble()).as("longitude").isBetween(-180.0, 180.0);
      assertThat(c.get(1).asDouble()).as("latitude").isBetween(-90.0, 90.0);
      if (g.has("bbox")) {
        assertThat(g.get("bbox").size()).isIn(4, 6);
      }
    }
  }
}
