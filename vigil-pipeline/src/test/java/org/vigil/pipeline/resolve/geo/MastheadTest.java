package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/** {@link Masthead}: the town a local newspaper's host name is named after. Addresses written for these tests. */
class MastheadTest {

  @Test
  void aTownsNameBeforeMastheadWordsIsTheTown() {
    assertThat(Masthead.key("thebrunswicknews")).isEqualTo("brunswick");
    assertThat(Masthead.key("vicksburgdailyexaminer")).isEqualTo("vicksburg");
    assertThat(Masthead.key("texarkanagazette")).isEqualTo("texarkana");
  }

  @Test
  void aHostWithoutMastheadWordsOrWithTooLittleLeftIsNoTown() {
    assertThat(Masthead.key("kansas")).isNull();
    assertThat(Masthead.key("newsonline")).isNull();
    assertThat(Masthead.key("shorenewstoday")).isNull();
  }

  @Test
  void aGenericDomainIsReadAsTheUnitedStatesACountryCodeAsItsCountry() {
    assertThat(Masthead.country("http://web.archive.org/web/2016/http://www.carthagepress.com:80/a/1")).isEqualTo("US");
    assertThat(Masthead.country("http://www.exampletimes.co.uk/news/1")).isEqualTo("GB");
    assertThat(Masthead.country("http://www.example.com.au/news/1")).isEqualTo("AU");
  }

  /** A stub page of a small town's paper (an empty archived copy, a log-in wall) that names no place at all. */
  @Test
  void aPageThatNamesNoPlaceIsNearTheTownItsNewspaperIsNamedAfter() {
    IncidentPlace p = extract("http://web.archive.org/web/2016/http://www.vicksburgdailyexaminer.com:80/news/12345",
        "Man shot dead", "A man was shot and killed on Sunday night, officers said.", "2016-03-01").main().place();
    assertThat(p.resolvedName()).isEqualTo("Vicksburg");
    assertThat(p.admin1()).isEqualTo("Mississippi");
    assertThat(p.precision()).isEqualTo(2);
  }
}
