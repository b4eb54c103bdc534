package org.vigil.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.Article;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;

/** Pathological nesting must neither overflow the stack nor lose the text. */
class DeepNestingTest {
  private static final String PARAGRAPH =
      "Gunmen attacked the village at dawn, killing four people and burning several houses, residents said.";

  private final Cleaner cleaner = new Cleaner();

  private static String nested(String open, String close, int depth, String inner) {
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append(open.repeat(depth)).append(inner).append(close.repeat(depth));
    return sb.append("<p>After the nest: the army said it had sent reinforcements to the area.</p></body></html>")
        .toString();
  }

  @Test
  void hundredThousandNestedDivsAreCleaned() throws RejectedException {
    String html = nested("<div>", "</div>", 100_000, "<p>" + PARAGRAPH + "</p>");
    Article a = cleaner.clean(RawDocument.ofText("deep", html, "text/html", null, null, null));
    assertThat(a.text()).contains(PARAGRAPH).contains("After the nest");
    assertThat(html.substring(a.sourceOffsets().get(0))).startsWith("<p>Gunmen attacked");
  }

  @Test
  void unclosedNestingIsCleaned() throws RejectedException {
    StringBuilder sb = new StringBuilder("<html><body>");
    for (int i = 0; i < 50_000; i++) {
      sb.append("<div><span><b>");
    }
    sb.append(PARAGRAPH);
    Article a = cleaner.clean(RawDocument.ofText("deep", sb.toString(), null, null, null, null));
    assertThat(a.text()).isEqualTo(PARAGRAPH);
  }

  @Test
  void deeplyNestedJsonLdIsIgnored() throws RejectedException {
    String jsonLd = "[".repeat(100_000) + "]".repeat(100_000);
    String html = "<html><head><script type=\"application/ld+json\">" + jsonLd + "</script></head><body><p>"
        + PARAGRAPH + "</p></body></html>";
    assertThat(cleaner.clean(RawDocument.ofText("deep", html, "text/html", null, null, null)).text())
        .isEqualTo(PARAGRAPH);
  }
}
