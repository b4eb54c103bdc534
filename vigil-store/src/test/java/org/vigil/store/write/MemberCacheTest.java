package org.vigil.store.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.ArticleInput;
import org.vigil.store.IncidentStore;
import org.vigil.store.TestDatabases;
import org.vigil.store.bench.Synthetic;
import org.vigil.store.db.Dialect;
import org.vigil.store.merge.MergeOptions;

class MemberCacheTest {
  @TempDir
  Path dir;

  @Test
  void answersAsTheStoreInTheSameOrderAndForgetsAnIncidentThatChanged() throws Exception {
    Synthetic gen = new Synthetic(5);
    List<ArticleInput> first = new ArrayList<>();
    for (int n = 0; n < 60; n++) {
      first.addAll(gen.nextIncident(n));
    }
    try (IncidentStore store = IncidentStore.open(TestDatabases.fresh(Dialect.SQLITE, dir), MergeOptions.defaults())) {
      store.storeAll(first);
      Statements st = new Statements(store.connection());
      MemberCache cache = new MemberCache();
      List<Long> ids = List.of(40L, 3L, 17L, 5L, 999_999L); // any order, one without reports
      Map<Long, List<ReportRows.Member>> read = ReportRows.load(st, ids);
      assertThat(cache.load(st, ids)).containsExactlyEntriesOf(read); // read and kept
      assertThat(List.copyOf(cache.load(st, ids).keySet())).containsExactlyElementsOf(read.keySet()); // kept
      // a report stored into incident 3 by another writer's path: the cache is told, and reads it again
      st.update("UPDATE reports SET role = 'link' WHERE id = (SELECT MIN(id) FROM reports WHERE incident_id = 3)");
      assertThat(cache.load(st, List.of(3L)).get(3L)).isEqualTo(read.get(3L)); // not told: still the old copy
      cache.changed(3L);
      assertThat(cache.load(st, List.of(3L))).containsExactlyEntriesOf(ReportRows.load(st, List.of(3L)));
      assertThat(cache.load(st, List.of(3L)).get(3L).get(0).role()).isEqualTo("link");
      store.connection().rollback();
    }
  }

  @Test
  void aStoredReportIsReadBackWithItsArticlesOutlet() throws Exception {
    Synthetic gen = new Synthetic(5);
    try (IncidentStore store = IncidentStore.open(TestDatabases.fresh(Dialect.SQLITE, dir), MergeOptions.defaults())) {
      store.storeAll(gen.nextIncident(0));
      Statements st = new Statements(store.connection());
      List<ReportRows.Member> read = ReportRows.load(st, List.of(1L)).get(1L);
      assertThat(read).isNotEmpty().allSatisfy(m -> assertThat(m.features().outlet()).isEqualTo("bench.example"));
      store.connection().rollback();
    }
  }
}
