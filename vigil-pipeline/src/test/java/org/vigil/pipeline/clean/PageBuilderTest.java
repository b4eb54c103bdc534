package org.vigil.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.Article;
import org.vigil.model.RawDocument;

class PageBuilderTest {
  @Test
  void anArticleInsideAWidgetContainerOfAPageBuilderIsKept() throws Exception {
    String para = "<p>The council met on Monday to discuss the new budget for the schools of the district, which "
        + "has grown by four per cent, and the members agreed to spend most of it on teachers and repairs.</p>";
    String html = "<html><body><div class=\"site-nav\"><a href=\"/\">Home</a></div>"
        + "<section class=\"builder-section\"><div class=\"builder-widget builder-widget-text\">"
        + "<div class=\"builder-widget-container\">" + para + para.replace("Monday", "Tuesday")
        + para.replace("Monday", "Friday") + "</div></div></section></body></html>";
    Article a = new Cleaner().clean(RawDocument.ofText("w", html, "text/html", null, null, null));
    assertThat(a.text().split("\n\n")).hasSize(3);
    assertThat(a.text()).contains("on Tuesday").doesNotContain("Home");
  }

  @Test
  void furnitureLinesInSeveralLanguagesAreDropped() throws Exception {
    String para = "<p>The council met on Monday to discuss the new budget for the schools of the district, which "
        + "has grown by four per cent, and the members agreed to spend most of it on teachers and repairs.</p>";
    String html = "<html><body><article>" + para + "<p>4 Min Read</p><p>Auch interessant:</p>"
        + para.replace("Monday", "Tuesday") + "<p>Related Coverage</p><p>Photograph by A. Person</p>"
        + "<p>Aktualisiert: 03.04.2020, 10:15 Uhr</p><p>War der Artikel nützlich?</p>"
        + para.replace("Monday", "Friday") + "<p>Rezept drucken</p><p>This entry was posted in News.</p>"
        + "</article></body></html>";
    Article a = new Cleaner().clean(RawDocument.ofText("f", html, "text/html", null, null, null));
    assertThat(a.text().split("\n\n")).hasSize(3);
  }
}
