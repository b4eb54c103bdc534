package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Outlet}'s reading of page addresses. */
class OutletTest {

  @Test
  void theHostIsTheOutletsOwnNotTheArchives() {
    assertThat(Outlet.host("http://web.archive.org/web/20151103064930/http://www.nbclosangeles.com/news/local/x"))
        .isEqualTo("nbclosangeles");
    assertThat(Outlet.host("https://news.example-times.co:8080/story?id=1")).isEqualTo("newsexampletimes");
    assertThat(Outlet.host(null)).isEmpty();
  }
}
