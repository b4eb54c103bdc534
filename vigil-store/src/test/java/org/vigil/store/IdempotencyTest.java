package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.Fixtures.KABUL;
import static org.vigil.store.Fixtures.article;
import static org.vigil.store.Fixtures.incident;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.model.FigureKind;
import org.vigil.model.IncidentType;
import org.vigil.model.Outcome;
import org.vigil.model.Stage;
import org.vigil.model.Status;
import org.vigil.store.db.Database;
import org.vigil.store.db.Dialect;
import org.vigil.store.merge.MergeOptions;

/** An article already stored is never stored twice, and every outcome is kept. */
class IdempotencyTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void theSameInputTwiceIsStoredOnceAndACopyUnderAnotherIdOrUrlIsADuplicate(Dialect d) throws Exception {
    Database db = TestDatabases.fresh(d, dir);
    LocalDate day = LocalDate.of(2018, 1, 20);
    ArticleInput a = article("a1", "https://www.a.example/kabul/?utm_source=feed", "Kabul hotel attacked", day,
        MergeStoreTest.HOTEL_1, incident("a1#1", Status.MAIN, IncidentType.ARMED_ASSAULT, day, "explicit", KABUL,
            Map.of(FigureKind.KILLED, 5), List.of(), MergeStoreTest.HOTEL_1));
    try (IncidentStore store = IncidentStore.open(db, MergeOptions.defaults())) {
      assertThat(store.store(a).kind()).isEqualTo(StoreResult.Kind.STORED);
      assertThat(store.store(a).kind()).isEqualTo(StoreResult.Kind.ALREADY_STORED);
      ArticleInput sameBytesOtherId = new ArticleInput("a1-copy", a.inputHash(), null, null, null, a.outcome(),
          a.text());
      assertThat(store.store(sameBytesOtherId).kind()).isEqualTo(StoreResult.Kind.DUPLICATE);
      assertThat(store.store(sameBytesOtherId).kind()).isEqualTo(StoreResult.Kind.DUPLICATE);
      ArticleInput sameUrlOtherText = new ArticleInput("a2", "f".repeat(64), "http://a.example/kabul", null, null,
          a.outcome(), a.text());
      assertThat(store.store(sameUrlOtherText).kind()).isEqualTo(StoreResult.Kind.DUPLICATE);
      assertThat(store.known(a.inputHash(), null)).isNotNull();

      store.store(new ArticleInput("s1", "1".repeat(64), null, null, null,
          new Outcome.Skipped("s1", Stage.SCREEN, "not-relevant", "about football"), null));
      store.store(new ArticleInput("r1", "2".repeat(64), null, null, null,
          new Outcome.Rejected("r1", Stage.CLEAN, "binary", "not text", "2".repeat(64)), null));
    }
    List<String> dump = TestDatabases.dump(db);
    assertThat(dump.stream().filter(l -> l.startsWith("articles:"))).hasSize(3);
    assertThat(dump.stream().filter(l -> l.startsWith("duplicates:"))).hasSize(2);
    assertThat(dump.stream().filter(l -> l.startsWith("incidents:"))).hasSize(1);
    assertThat(dump.stream().filter(l -> l.startsWith("articles:") && l.contains("outcome=skipped")
        && l.contains("reason=not-relevant"))).hasSize(1);
    assertThat(dump.stream().filter(l -> l.startsWith("articles:") && l.contains("outcome=rejected")
        && l.contains("stage=clean"))).hasSize(1);
  }
}
