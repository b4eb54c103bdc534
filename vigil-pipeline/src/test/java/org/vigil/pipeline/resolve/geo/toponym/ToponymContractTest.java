package org.vigil.pipeline.resolve.geo.toponym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.pipeline.annotate.Annotated;

/** What every tagging must guarantee, whatever the text: spans in the text, in order, apart, and stable. */
class ToponymContractTest {
  private static final String TEXT = "Floods hit northern Kenya. KISUMU, Kenya (AP) -- Residents of Kisumu and "
      + "Nairobi fled to Uganda's capital Kampala, officials in Washington said.\n\n"
      + "The Red Cross said Kenyan and Ugandan volunteers from Oxford, Mississippi, and Paris joined them on "
      + "Moi Avenue, near the Nairobi River.";

  @Test
  void spansIndexTheTextInOrderWithoutOverlap() {
    Annotated doc = Fixtures.annotate(TEXT);
    List<Toponym> toponyms = new ToponymTagger(Fixtures.gazetteer(), ToponymOptions.defaults()).tag(doc);
    assertThat(toponyms).isNotEmpty();
    int end = 0;
    for (Toponym t : toponyms) {
      assertThat(t.span().end()).isLessThanOrEqualTo(TEXT.length());
      assertThat(t.span().of(TEXT)).isEqualTo(t.name());
      assertThat(t.span().start()).isGreaterThanOrEqualTo(end);
      assertThat(t.confidence()).isBetween(0.0, 1.0);
      assertThat(t.name()).doesNotStartWith(" ").doesNotEndWith(" ");
      end = t.span().end();
    }
  }

  @Test
  void sameInputSameOutput() {
    Annotated doc = Fixtures.annotate(TEXT);
    ToponymTagger tagger = new ToponymTagger(Fixtures.gazetteer(), ToponymOptions.defaults());
    assertThat(tagger.tag(doc)).isEqualTo(tagger.tag(doc));
  }

  @Test
  void aTextWithoutPlacesGivesNothing() {
    assertThat(Fixtures.tag("it was raining and nobody came.")).isEmpty();
  }

  @Test
  void theOptionsRejectNonsense() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ToponymOptions.defaults().withMinConfidence(1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
