package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/**
 * {@link UsPage}: sentences written for these tests (not taken from any evaluation set), through the real pipeline.
 */
class UsPageTest {

  /** A York story whose street is told in the words of the given phrase. */
  private static IncidentPlace york(String where) {
    return extract("http://www.example.com/news/1", "Man shot during dispute at York home", "A man is recovering "
        + "after being shot inside his York home on Saturday morning. Officers were called to " + where
        + " at 3:45 a.m. The man was taken to York Hospital.", "2016-09-10").main().place();
  }

  @Test
  void aBareTownOnAPageOfAmericanInstitutionsIsTheAmericanNamesake() {
    // the motivating kind: "A 10-year-old is recovering after being shot inside his York home … the 200 block of
    // South Penn Street" on local21news.com, placed in York, England
    IncidentPlace p = york("the 300 block of Market Street");
    assertThat(p.countryCode()).isEqualTo("US");
    assertThat(p.admin1()).isEqualTo("Pennsylvania");
  }

  @Test
  void aTownStaysAbroadOnAPageWithoutThem() {
    assertThat(york("a house on Market Street").countryCode()).isEqualTo("GB");
  }

  @Test
  void aNetworkAffiliatesHostIsAmerican() {
    assertThat(UsPage.affiliate("http://web.archive.org/web/2017/http://fox43.com/2013/06/11/shooting/")).isTrue();
    assertThat(UsPage.affiliate("http://local21news.com:80/news/local/shot")).isTrue();
    assertThat(UsPage.affiliate("http://www.bbc.co.uk/news/world-123")).isFalse();
    assertThat(UsPage.affiliate("http://www.example.com/abc13/news")).isFalse();
  }
}
