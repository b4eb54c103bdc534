package org.vigil.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletTest {
  @Test
  void theOutletIsTheSitesRegisteredDomain() {
    assertThat(Outlet.of("https://chicago.suntimes.com/news/boy-16-shot/")).isEqualTo("suntimes.com");
    assertThat(Outlet.of("http://homicides.suntimes.com/2016/09/01/x")).isEqualTo("suntimes.com");
    assertThat(Outlet.of("http://www.wral.com/four-people-shot/13334346/")).isEqualTo("wral.com");
  }

  @Test
  void aWebArchiveCopyIsTheArchivedSites() {
    assertThat(Outlet.of("http://web.archive.org/web/20151030223013/http://www.wral.com/four-people-shot/1/"))
        .isEqualTo("wral.com");
    assertThat(Outlet.of("http://web.archive.org/web/20160915011448/http://www.kansas.com:80/news/local/a.html"))
        .isEqualTo("kansas.com");
  }

  @Test
  void aCountrysGenericSecondLevelIsKept() {
    assertThat(Outlet.of("https://www.bbc.co.uk/news/uk-123")).isEqualTo("bbc.co.uk");
    assertThat(Outlet.of("https://www.abc.net.au/news/1")).isEqualTo("abc.net.au");
  }

  @Test
  void noUrlIsNoOutlet() {
    assertThat(Outlet.of(null)).isNull();
    assertThat(Outlet.of("")).isNull();
    assertThat(Outlet.of("not a url")).isNull();
  }
}
