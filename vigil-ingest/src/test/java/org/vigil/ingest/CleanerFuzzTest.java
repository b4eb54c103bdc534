package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.vigil.model.Article;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;
import org.vigil.model.Stage;
import org.vigil.pipeline.clean.Cleaner;

/**
 * What any source hands on, fuzzed through the HTML cleaner: any bytes under any declared type and charset end in an
 * article with text or in the documented {@link RejectedException} at stage CLEAN, never in another exception. It
 * lives here, beside the readers whose output the cleaner takes, and runs the committed seeds under
 * {@code CleanerFuzzTestInputs/} during {@code mvn verify}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class CleanerFuzzTest {
  private static final String[] TYPES = {null, "text/html", "text/plain", "application/xhtml+xml", "image/png"};
  private static final String[] CHARSETS = {null, "UTF-8", "windows-1252", "UTF-16", "Shift_JIS", "bogus"};
  private final Cleaner cleaner = new Cleaner();

  @FuzzTest(maxDuration = "30s")
  void anyPageCleansOrIsRejected(FuzzedDataProvider data) {
    String type = data.pickValue(TYPES);
    String charset = data.pickValue(CHARSETS);
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      Article a = cleaner.clean(new RawDocument("fuzz", bytes, type, charset, null, null, null));
      assertThat(a.text()).isNotBlank();
    } catch (RejectedException e) {
      assertThat(e.stage()).isEqualTo(Stage.CLEAN);
      assertThat(e.reason()).isIn("too-large", "empty", "binary", "invalid-encoding", "no-text", "internal-error");
    }
  }
}
