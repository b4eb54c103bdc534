package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.model.Article;
import org.vigil.model.Span;

/** {@link Outlet}'s reading of page addresses. */
class OutletTest {

  @Test
  void theHostIsTheOutletsOwnNotTheArchives() {
    assertThat(Outlet.host("http://web.archive.org/web/20151103064930/http://www.nbclosangeles.com/news/local/x"))
        .isEqualTo("nbclosangeles");
    assertThat(Outlet.host("https://news.example-times.co:8080/story?id=1")).isEqualTo("newsexampletimes");
    assertThat(Outlet.host(null)).isEmpty();
  }

  private static final Outlet OUTLET = new Outlet(Gazetteer.loadBundled());

  private static Article page(String url, String title) {
    return new Article("a", url, title, null, null, null, null, "Text.", List.of(new Span(0, 5)), List.of(0), "h");
  }

  @Test
  void theCityIsOneOfAHundredThousandTheHostOrTheTitleNames() {
    assertThat(OUTLET.city(page("http://chicago.example-news.com/story/1", "Man shot")).name()).isEqualTo("Chicago");
    assertThat(OUTLET.city(page("http://www.click2houston.com/news/1", "Man shot")).name()).isEqualTo("Houston");
    assertThat(OUTLET.city(page(null, "Man shot - WXYZ-TV Louisville News, Weather")).name())
        .isEqualTo("Louisville");
  }

  @Test
  void noCityWhenTheNamesFitSeveralFarApartOrNone() {
    // "columbia" is a city of South Carolina and one of Missouri
    assertThat(OUTLET.city(page("http://www.columbiadaily.com/1", "Man shot"))).isNull();
    assertThat(OUTLET.city(page("http://www.example-news.com/1", "Man shot - Local News"))).isNull();
    // the headline itself is not the outlet's name
    assertThat(OUTLET.city(page(null, "Louisville man shot"))).isNull();
  }
}
