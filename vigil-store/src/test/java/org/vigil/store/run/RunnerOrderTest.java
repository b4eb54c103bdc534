package org.vigil.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.Stage;
import org.vigil.store.IncidentStore;
import org.vigil.store.TestDatabases;
import org.vigil.store.db.Database;
import org.vigil.store.db.Dialect;
import org.vigil.ingest.Input;
import org.vigil.store.merge.MergeOptions;

class RunnerOrderTest {
  @TempDir
  Path dir;

  @Test
  void theExtractorsFirstStepRunsInInputOrderOnTheReadingThreadAndTheHookInEachTransaction() throws Exception {
    Thread reader = Thread.currentThread();
    List<String> prepared = new ArrayList<>();
    List<String> hooked = Collections.synchronizedList(new ArrayList<>());
    Extractor extractor = new Extractor() {
      @Override
      public Result process(RawDocument doc) {
        return new Result(new Outcome.Skipped(doc.id(), Stage.SCREEN, "test", null), null);
      }

      @Override
      public Supplier<Result> prepare(RawDocument doc) {
        assertThat(Thread.currentThread()).isSameAs(reader);
        prepared.add(doc.id());
        return () -> process(doc);
      }
    };
    List<Input> inputs = IntStream.range(0, 30).mapToObj(i -> new Input(RawDocument.ofText("d" + i, "text " + i,
        "text/plain", null, null, null), null, "hash" + i)).toList();
    Database db = TestDatabases.fresh(Dialect.SQLITE, dir);
    try (IncidentStore store = IncidentStore.open(db, MergeOptions.defaults())) {
      RunCounts counts = new Runner(store, extractor, 3, null, c -> hooked.add("x")).run(inputs.iterator());
      assertThat(counts.read()).isEqualTo(30);
    }
    assertThat(prepared).containsExactlyElementsOf(inputs.stream().map(Input::id).toList());
    assertThat(hooked).hasSize(30);
  }
}
