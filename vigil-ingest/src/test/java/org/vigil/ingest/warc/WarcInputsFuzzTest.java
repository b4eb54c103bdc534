package org.vigil.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigil.ingest.Input;
import org.vigil.model.Stage;

/**
 * Any bytes as a WARC file: reading never throws, always ends, and every input is a document or an outcome recorded
 * at INGEST. Runs the committed seeds (valid, gzip, truncated and garbage WARCs under
 * {@code WarcInputsFuzzTestInputs/}) during {@code mvn verify}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class WarcInputsFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void anyBytesEndInRecordedInputs(byte[] bytes) throws Exception {
    Path file = Files.createTempFile("fuzz", ".warc");
    try {
      Files.write(file, bytes);
      long inputs = 0;
      try (WarcInputs in = new WarcInputs(file, "fuzz.warc", 1 << 20)) {
        while (in.hasNext()) {
          Input i = in.next();
          inputs++;
          if (i.doc() == null) {
            assertThat(i.rejected() != null ? i.rejected().stage() : i.skipped().stage()).isEqualTo(Stage.INGEST);
          }
          assertThat(inputs).isLessThanOrEqualTo(bytes.length + 1L);
        }
      } catch (java.io.IOException e) {
        // only opening can fail (a file too short for jwarc to tell gzip from plain); Sources records it
        assertThat(inputs).isZero();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
