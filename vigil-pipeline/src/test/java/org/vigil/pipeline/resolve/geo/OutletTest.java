package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.model.Article;
import org.vigil.model.Span;

/** {@link Outlet}'s and {@link OutletClues}' reading of page addresses. */
class OutletTest {

  @Test
  void theHostIsTheOutletsOwnNotTheArchives() {
    assertThat(Outlet.host("http://web.archive.org/web/20151103064930/http://www.nbclosangeles.com/news/local/x"))
        .isEqualTo("nbclosangeles");
    assertThat(Outlet.host("https://news.example-times.co:8080/story?id=1")).isEqualTo("newsexampletimes");
    assertThat(Outlet.host(null)).isEmpty();
  }

  private static final OutletClues CLUES = new OutletClues(Gazetteer.loadBundled());

  private static Article page(String url, String title) {
    return new Article("a", url, title, null, null, null, null, "Text.", List.of(new Span(0, 5)), List.of(0), "h");
  }

  @Test
  void theCityIsOneOfAHundredThousandTheHostOrTheTitleNames() {
    assertThat(CLUES.city(page("http://chicago.example-news.com/story/1", "Man shot")).name()).isEqualTo("Chicago");
    assertThat(CLUES.city(page("http://www.click2houston.com/news/1", "Man shot")).name()).isEqualTo("Houston");
    assertThat(CLUES.city(page(null, "Man shot - WXYZ-TV Louisville News, Weather")).name())
        .isEqualTo("Louisville");
  }

  @Test
  void noCityWhenTheNamesFitSeveralFarApartOrNone() {
    // "columbia" is a city of South Carolina and one of Missouri
    assertThat(CLUES.city(page("http://www.columbiadaily.com/1", "Man shot"))).isNull();
    assertThat(CLUES.city(page("http://www.example-news.com/1", "Man shot - Local News"))).isNull();
    // the headline itself is not the outlet's name
    assertThat(CLUES.city(page(null, "Louisville man shot"))).isNull();
  }

  @Test
  void aCitysNameInsideTheOutletsOwnNameIsNoCity() {
    // a newspaper's word ("Enterprise", Nevada), the end of a longer town's name ("Renton" in "trenton…")
    assertThat(CLUES.city(page("http://www.sentinelandenterprise.com/news/1", "Man shot"))).isNull();
    assertThat(CLUES.city(page("http://www.trentontimes-example.com/news/1", "Man shot"))).isNull();
    // a digit parts the host's words: "…7amarillo" is Amarillo's, whatever Camarillo is
    assertThat(CLUES.city(page("http://www.kxyz7amarillo.com/news/1", "Man shot")).name()).isEqualTo("Amarillo");
  }

  @Test
  void aBroadcastersCallSignInTheHostIsAnOutletOfTheUnitedStates() {
    assertThat(Address.callSign("http://web.archive.org/web/2016/http://www.wxyz.com:80/story/1")).isTrue();
    assertThat(Address.callSign("http://kabc7.example.com/news/1")).isTrue();
    assertThat(Address.callSign("http://www.wxyztv.com/news/1")).isTrue();
    assertThat(CLUES.country(page("http://www.kxyz.com/story/1", "Man shot"))).isEqualTo("US");
    // the archive's own host, "www" and longer words are none
    assertThat(Address.callSign("http://web.archive.org/web/2016/x")).isFalse();
    assertThat(Address.callSign("http://www.example-news.com/wxyz/1")).isFalse();
    assertThat(Address.callSign("http://www.weather.com/1")).isFalse();
    assertThat(CLUES.country(page("http://www.example-news.com/1", "Man shot"))).isNull();
  }

  private static Article page(String url, String title, String text) {
    return new Article("a", url, title, null, null, null, null, text, List.of(new Span(0, text.length())), List.of(0),
        "h");
  }

  @Test
  void theFirstSectionOfTheAddressNamedAfterACityTheArticleNamesIsTheOutletsCity() {
    String text = "Three people were shot in Woodlawn, Chicago police said.";
    assertThat(CLUES.city(page("http://www.example.com/chicago/20160619/woodlawn/three-shot-in-woodlawn", "Shot",
        text)).name()).isEqualTo("Chicago");
    assertThat(CLUES.city(page("http://www.example.com/news/houston-texas/houston/article/1.php", "Shot",
        "A man was shot in Houston.")).name()).isEqualTo("Houston");
    // a section named like a city the article never names is a section's word ("metro")
    assertThat(CLUES.city(page("http://www.example.com/news/metro/man-shot", "Shot", text))).isNull();
  }

  @Test
  void theStateTheOutletNamesInTheTitleOrFilesUnder() {
    assertThat(CLUES.state(page(null, "Teen shot - WXYZ 3 Connecticut"))).isEqualTo("Connecticut");
    assertThat(CLUES.state(page(null, "Teen shot - WXYZ.com, South Georgia News, Weather"))).isEqualTo("Georgia");
    assertThat(CLUES.state(page("http://www.example.com/story/news/local/michigan/2014/11/06/dad-shot/1", "Shot")))
        .isEqualTo("Michigan");
    // the headline's own words are not the outlet's, and Washington may be the city
    assertThat(CLUES.state(page("http://www.example.com/news/ohio-man-shot", "Ohio man shot"))).isNull();
    assertThat(CLUES.state(page(null, "Teen shot - WXYZ Washington"))).isNull();
  }
}
