package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.Fixtures.KABUL;
import static org.vigil.store.Fixtures.article;
import static org.vigil.store.Fixtures.incident;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.FigureKind;
import org.vigil.model.IncidentType;
import org.vigil.model.Status;
import org.vigil.store.db.Database;
import org.vigil.store.merge.MergeOptions;
import org.vigil.store.query.IncidentQueries;
import org.vigil.store.query.IncidentQuery;

/** A query does not wait for a run that holds the SQLite write lock (WAL: readers and the writer go on at once). */
class ReadWhileWritingTest {
  @TempDir
  Path dir;

  @Test
  void aReaderSeesWhatTheOpenWriterCommittedWithoutWaiting() throws Exception {
    Database db = Database.of(dir.resolve("v.db").toString());
    LocalDate day = LocalDate.of(2018, 1, 20);
    try (IncidentStore writer = IncidentStore.open(db, MergeOptions.defaults())) {
      writer.store(article("a1", null, "Kabul hotel attacked", day, MergeStoreTest.HOTEL_1, incident("a1#1",
          Status.MAIN, IncidentType.ARMED_ASSAULT, day, "explicit", KABUL, Map.of(FigureKind.KILLED, 5), List.of(),
          MergeStoreTest.HOTEL_1)));
      long t0 = System.nanoTime();
      try (Connection reader = db.connectForReading()) {
        assertThat(new IncidentQueries(reader, db.dialect()).find(IncidentQuery.all(), true)).hasSize(1);
      }
      assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5.0); // the busy timeout is 30 s
      writer.store(article("b1", null, "Another", day.plusDays(30), "Gunmen killed two in Herat.", incident("b1#1",
          Status.MAIN, IncidentType.ARMED_ASSAULT, day.plusDays(30), "explicit",
          new Fixtures.Place("Herat", 34.34, 62.2, "AF"), Map.of(), List.of(), "Gunmen killed two in Herat.")));
      try (Connection reader = db.connectForReading()) {
        assertThat(new IncidentQueries(reader, db.dialect()).find(IncidentQuery.all(), false)).hasSize(2);
      }
    }
  }
}
