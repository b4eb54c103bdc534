package org.vigil.store.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TxnChangesTest {
  @Test
  void aRowWrittenInTheTransactionMatchesAnRtreeQueryExactlyAsSqliteStoresIt() throws Exception {
    // points a hair on either side of the query's bounds: SQLite stores 32-bit floats, rounded outwards
    Random random = new Random(11);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
      s.execute("CREATE VIRTUAL TABLE t USING rtree(id, min_lon, max_lon, min_lat, max_lat, min_day, max_day)");
      List<float[]> boxes = new ArrayList<>();
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO t VALUES (?,?,?,?,?,?,?)")) {
        for (int id = 0; id < 2_000; id++) {
          double lon = -180 + random.nextDouble() * 360;
          double lon2 = lon + (random.nextBoolean() ? 0 : random.nextDouble() * 1e-5);
          double lat = -90 + random.nextDouble() * 180;
          long day = 16_000 + random.nextInt(100);
          long end = day + random.nextInt(3);
          Object[] v = {id, lon, lon2, lat, lat, (double) day, (double) end};
          for (int i = 0; i < v.length; i++) {
            ins.setObject(i + 1, v[i]);
          }
          ins.executeUpdate();
          // as IncidentRefresher records it: lower bounds rounded down, upper bounds up
          boxes.add(new float[] {TxnChanges.down(lon), TxnChanges.up(lon2), TxnChanges.down(lat),
              TxnChanges.up(lat), TxnChanges.down(day), TxnChanges.up(end)});
        }
      }
      int found = 0;
      try (PreparedStatement q = c.prepareStatement("SELECT id FROM t WHERE min_lon <= ? AND max_lon >= ? "
          + "AND min_lat <= ? AND max_lat >= ? AND min_day <= ? AND max_day >= ? ORDER BY id")) {
        for (int k = 0; k < 300; k++) {
          float[] near = boxes.get(random.nextInt(boxes.size()));
          // bounds on the stored values, and a hair inside or outside them
          double e = random.nextInt(3) - 1;
          double[] b = {near[0] + e * 1e-9, near[1] - e * 1e-9, near[2] + e * 1e-9, near[3] - e * 1e-9,
              near[4] + random.nextInt(3) - 1, near[5] - random.nextInt(3) + 1};
          for (int i = 0; i < 6; i++) {
            q.setDouble(i + 1, b[i]);
          }
          List<Integer> sql = new ArrayList<>();
          try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
              sql.add(rs.getInt(1));
            }
          }
          SqlRoutes.Route route = new SqlRoutes.Route(SqlRoutes.Kind.NEAR, b, null, null);
          List<Integer> overlay = new ArrayList<>();
          for (int id = 0; id < boxes.size(); id++) {
            if (SqlRoutes.matches(route, new TxnChanges.Row(null, null, null, null, null, null, null,
                boxes.get(id)))) {
              overlay.add(id);
            }
          }
          assertThat(overlay).isEqualTo(sql);
          found += sql.size();
        }
      }
      assertThat(found).isGreaterThan(50); // the bounds on a stored value itself do find it
    }
  }

  @Test
  void findsAnArticleOfTheTransactionByHashBeforeOneOfTheSnapshotByUrl() {
    TxnChanges txn = new TxnChanges();
    ArticleRows.Known byUrl = new ArticleRows.Known(3, "a", "h-a", "same-url");
    txn.article(9, "b", "h-b", "https://x.example/b");
    assertThat(txn.find(null, byUrl, "h-b", "https://x.example/a").articleId()).isEqualTo(9);
    assertThat(txn.find(null, byUrl, "h-c", "https://x.example/a").articleId()).isEqualTo(3);
    assertThat(txn.find(null, null, "h-c", "https://x.example/b").reason()).isEqualTo("same-url");
    assertThat(txn.find(null, null, "h-c", null)).isNull();
    txn.clear();
    assertThat(txn.find(null, null, "h-b", "https://x.example/b")).isNull();
  }
}
