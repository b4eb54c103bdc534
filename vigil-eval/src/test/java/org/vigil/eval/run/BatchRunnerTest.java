package org.vigil.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.Stage;

class BatchRunnerTest {
  private static List<RawDocument> docs(int n) {
    return IntStream.range(0, n).mapToObj(i -> RawDocument.ofText("d" + i, "text " + i, "text/plain", null, null,
        null)).toList();
  }

  @Test
  void theFirstStageRunsInInputOrderOnTheCallingThreadAndTheOutcomesComeBackInOrder() throws Exception {
    List<String> firstStage = new ArrayList<>();
    Thread caller = Thread.currentThread();
    List<Outcome> out = BatchRunner.staged(d -> {
      assertThat(Thread.currentThread()).isSameAs(caller);
      firstStage.add(d.id());
      return () -> new Outcome.Skipped(d.id(), Stage.SCREEN, "test", Thread.currentThread().getName());
    }, 3, null).run(docs(50));
    assertThat(firstStage).containsExactlyElementsOf(docs(50).stream().map(RawDocument::id).toList());
    assertThat(out).extracting(Outcome::id).containsExactlyElementsOf(firstStage);
    assertThat(out).allSatisfy(o -> assertThat(((Outcome.Skipped) o).message()).isNotEqualTo(caller.getName()));
  }

  @Test
  void aFailingFirstStageBecomesARejectionAndTheBatchGoesOn() throws Exception {
    Map<String, Boolean> fail = Map.of("d1", true);
    List<Outcome> out = BatchRunner.staged(d -> {
      if (fail.containsKey(d.id())) {
        throw new IllegalStateException("boom");
      }
      return () -> new Outcome.Skipped(d.id(), Stage.SCREEN, "test", null);
    }, 2, null).run(docs(3));
    assertThat(out).hasSize(3);
    assertThat(out.get(1)).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) out.get(1)).message()).contains("boom");
  }
}
