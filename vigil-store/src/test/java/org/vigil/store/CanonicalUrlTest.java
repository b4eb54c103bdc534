package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
  @Test
  void schemeHostWwwTrailingSlashFragmentAndTrackingParametersDoNotMakeANewArticle() {
    assertThat(CanonicalUrl.of("https://WWW.Example.com/news/attack/?utm_source=x&id=4&fbclid=y#top"))
        .isEqualTo("http://example.com/news/attack?id=4");
    assertThat(CanonicalUrl.of("http://example.com:80/news/attack"))
        .isEqualTo(CanonicalUrl.of("https://example.com/news/attack/"));
  }

  @Test
  void aWebArchiveCopyIsTheArticleItArchived() {
    assertThat(CanonicalUrl.of(
        "http://web.archive.org/web/20160620110703/http://www.kdlt.com:80/news/local-news/arrested"))
        .isEqualTo("http://kdlt.com/news/local-news/arrested");
  }

  @Test
  void nothingUsableGivesNull() {
    assertThat(CanonicalUrl.of(null)).isNull();
    assertThat(CanonicalUrl.of("  ")).isNull();
    assertThat(CanonicalUrl.of("file:///tmp/a.html")).isNull();
    assertThat(CanonicalUrl.of("not a url")).isNull();
  }
}
