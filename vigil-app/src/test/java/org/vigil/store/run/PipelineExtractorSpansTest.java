package org.vigil.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.model.Extraction;
import org.vigil.model.Incident;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.Span;
import org.vigil.pipeline.screen.ScreenOptions;
import org.vigil.pipeline.screen.SeenStories;

/**
 * {@code vigil run}'s extractor hands the store the text its spans refer to ({@link Extractor.Result#text}): the
 * pipeline reads the page title as the text's first paragraph when the body does not open with it, so the text handed
 * on must hold that paragraph too, or the merge reads each incident's sentences at the wrong offsets. In this module
 * because loading CoreNLP needs more heap than vigil-store's tests have.
 */
class PipelineExtractorSpansTest {
  @Test
  void theTextHandedToTheStoreIsTheOneTheSpansCount() {
    PipelineExtractor extractor = PipelineExtractor.load(ScreenOptions.none(), SeenStories.none());
    String body = "Police said a man was shot and killed outside a bar on Main Street in Springfield, Illinois, on "
        + "Saturday night. Two other people were wounded.";
    RawDocument doc = new RawDocument("d1", body.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8", null,
        "Man killed, two wounded in Springfield bar shooting", LocalDate.of(2016, 5, 9));

    Extractor.Result r = extractor.process(doc);

    assertThat(r.outcome()).isInstanceOf(Outcome.Extracted.class);
    Extraction x = ((Outcome.Extracted) r.outcome()).extraction();
    assertThat(r.text()).startsWith("Man killed, two wounded").hasSize(x.article().textLength());
    Incident main = x.incidents().get(0);
    for (Span s : main.sentences()) {
      assertThat(s.end()).isLessThanOrEqualTo(r.text().length());
    }
    main.types().forEach(t -> assertThat(t.evidence().span().of(r.text())).isEqualTo(t.evidence().text()));
  }
}
