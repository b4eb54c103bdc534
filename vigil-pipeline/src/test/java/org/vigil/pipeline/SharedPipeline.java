package org.vigil.pipeline;

import java.time.LocalDate;
import org.vigil.model.Extraction;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.pipeline.resolve.geo.OutletHomes;

/**
 * The real pipeline (CoreNLP + gazetteer), loaded once for the whole test JVM: loading takes 10–30 s, and every
 * test class that extracts uses the same instance. Test code only; production code passes models in explicitly.
 */
public final class SharedPipeline {
  private static Pipeline pipeline;

  private SharedPipeline() {}

  public static synchronized Pipeline get() {
    if (pipeline == null) {
      // rule tests feed short sentences that are no news article: the screens are tested on their own
      pipeline = Pipeline.loadDefault(org.vigil.pipeline.screen.ScreenOptions.none());
    }
    return pipeline;
  }

  /** Extracts plain text published on {@code published} (may be null); fails the test if it is not extracted. */
  public static Extraction extract(String text, String published) {
    return extract(null, text, published);
  }

  /** Extracts plain text with a page title (may be null); fails the test if it is not extracted. */
  public static Extraction extract(String title, String text, String published) {
    return extract(null, title, text, published);
  }

  /** Extracts plain text with a page address and title (either may be null); fails the test if not extracted. */
  public static Extraction extract(String url, String title, String text, String published) {
    return extract(OutletHomes.NONE, url, title, text, published);
  }

  /** {@link #extract(String, String, String, String)} knowing these outlets' homes (the models shared). */
  public static Extraction extract(OutletHomes homes, String url, String title, String text, String published) {
    Outcome o = get().withOutletHomes(homes).process(RawDocument.ofText("test", text, "text/plain", url, title,
        published == null ? null : LocalDate.parse(published)));
    if (!(o instanceof Outcome.Extracted e)) {
      throw new AssertionError("not extracted: " + o);
    }
    return e.extraction();
  }
}
