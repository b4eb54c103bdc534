package org.vigil.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.model.Article;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;

class PublicationDateTest {
  private static final String BODY =
      "<p>Two people were killed in an attack on a resort near the capital, officials said.</p>";

  private final Cleaner cleaner = new Cleaner();

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("<meta property=\"article:published_time\" content=\"2017-06-19T08:00:00+00:00\">", "",
            null, "meta:article:published_time"),
        Arguments.of("<meta property=\"og:published_time\" content=\"2017-06-19\">", "", null,
            "meta:og:published_time"),
        Arguments.of("<meta name=\"date\" content=\"2017-06-19\">", "", null, "meta:date"),
        Arguments.of("<meta name=\"pubdate\" content=\"20170619\">", "", null, "meta:pubdate"),
        Arguments.of("<meta name=\"DC.date.issued\" content=\"2017-06-19\">", "", null, "meta:dc.date.issued"),
        Arguments.of("<meta name=\"parsely-pub-date\" content=\"2017-06-19T10:30:00Z\">", "", null,
            "meta:parsely-pub-date"),
        Arguments.of("<meta name=\"sailthru.date\" content=\"Mon, 19 Jun 2017 10:30:00 -0400\">", "", null,
            "meta:sailthru.date"),
        Arguments.of("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
            + "\"NewsArticle\",\"headline\":\"X\",\"datePublished\":\"2017-06-19T09:00:00Z\"}</script>", "", null,
            "json-ld"),
        Arguments.of("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
            + "{\"@type\":\"WebSite\",\"name\":\"S\"},{\"@type\":[\"NewsArticle\"],\"datePublished\":\"2017-06-19\"}"
            + "]}</script>", "", null, "json-ld"),
        Arguments.of("<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
            + "{\"@type\":\"Article\",\"datePublished\":\"June 19, 2017\"}]</script>", "", null, "json-ld"),
        Arguments.of("", "<article><time datetime=\"2017-06-19T07:45\">19 June</time></article>", null, "time"),
        Arguments.of("", "", "https://example.org/world/2017/06/19/attack-resort", "url"),
        Arguments.of("", "", "https://example.org/news/attack-resort-2017-06-19.html", "url"));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void publicationDateAndItsEvidence(String head, String bodyExtra, String url, String evidence)
      throws RejectedException {
    String html = "<html><head>" + head + "</head><body>" + bodyExtra + BODY + "</body></html>";
    Article a = cleaner.clean(RawDocument.ofText("d", html, "text/html", url, null, null));
    assertThat(a.published()).isEqualTo(LocalDate.of(2017, 6, 19));
    assertThat(a.publishedEvidence()).isEqualTo(evidence);
  }

  @org.junit.jupiter.api.Test
  void metaWinsOverJsonLdWhichWinsOverTimeAndUrl() throws RejectedException {
    String html = "<html><head><meta property=\"article:published_time\" content=\"2017-06-19\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2017-06-18\"}</script>"
        + "</head><body><article><time datetime=\"2017-06-17\">x</time>" + BODY + "</article></body></html>";
    Article a = cleaner.clean(RawDocument.ofText("d", html, "text/html", "https://e.org/2017/06/16/x", null, null));
    assertThat(a.published()).isEqualTo(LocalDate.of(2017, 6, 19));
    String noMeta = html.replaceFirst("<meta[^>]*>", "");
    assertThat(cleaner.clean(RawDocument.ofText("d", noMeta, "text/html", "https://e.org/2017/06/16/x", null, null))
        .published()).isEqualTo(LocalDate.of(2017, 6, 18));
  }

  @org.junit.jupiter.api.Test
  void noDateAnywhereLeavesItUnknown() throws RejectedException {
    Article a = cleaner.clean(RawDocument.ofText("d", "<html><body>" + BODY + "</body></html>", "text/html",
        "https://example.org/news/attack", null, null));
    assertThat(a.published()).isNull();
    assertThat(a.publishedEvidence()).isNull();
  }
}
