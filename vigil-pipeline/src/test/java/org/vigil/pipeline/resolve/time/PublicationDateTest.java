package org.vigil.pipeline.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Article;

class PublicationDateTest {

  private static Article article(String url, String published) {
    return article(url, published, "text");
  }

  private static Article article(String url, String published, String text) {
    return new Article("a", url, null, published == null ? null : LocalDate.parse(published), null, null, null,
        text, List.of(), List.of(), "hash");
  }

  @Test
  void aDatelineFiledBeforeTheStatedDateIsTheAnchor() {
    assertThat(PublicationDate.anchor(article(null, "2017-01-05", "SAVANNAH, GA (August 2, 2015): An argument "
        + "ended in a shooting that injured five bystanders early this morning."))).hasToString("2015-08-02");
    assertThat(PublicationDate.anchor(article(null, "2014-02-21", "INDIANAPOLIS, Ind. (Feb. 20, 2014) - Police "
        + "are investigating."))).hasToString("2014-02-20");
  }

  @Test
  void aDatelineOnOrAfterTheStatedDateChangesNothing() {
    assertThat(PublicationDate.anchor(article(null, "2015-07-03", "INDIANAPOLIS (July 3, 2015) - Police are "
        + "investigating."))).hasToString("2015-07-03");
  }

  @Test
  void anArchiveCaptureBeforeTheStatedDateIsTheAnchor() {
    assertThat(PublicationDate.anchor(article(
        "http://web.archive.org/web/20150128225228/http://example.com/news/stories/1.shtml", "2017-01-29")))
        .hasToString("2015-01-28");
  }

  @Test
  void aLaterCaptureLeavesThePublicationDate() {
    assertThat(PublicationDate.anchor(article(
        "http://web.archive.org/web/20170316052103/http://example.com/archive/story", "2015-09-10")))
        .hasToString("2015-09-10");
  }

  @Test
  void anAddressThatIsNoCaptureOrNoPublicationDateChangesNothing() {
    assertThat(PublicationDate.anchor(article("https://example.com/2018/01/20/story/", "2018-01-20")))
        .hasToString("2018-01-20");
    assertThat(PublicationDate.anchor(article(null, "2018-01-20"))).hasToString("2018-01-20");
    assertThat(PublicationDate.anchor(article("http://web.archive.org/web/20150128225228/http://x.com/", null)))
        .isNull();
  }

  @Test
  void aPostingStampMoreThanAWeekBeforeTheStatedDateIsTheAnchor() {
    assertThat(PublicationDate.anchor(article(null, "2013-03-26", "Gunfire erupts at teen concert Posted: Sunday, "
        + "March 10, 2013 10:02 AM EST Updated: Monday, March 25, 2013 8:56 PM EST. Five people were shot early "
        + "Sunday."))).hasToString("2013-03-10");
  }

  @Test
  void aPostingStampADayBeforeTheStatedDateChangesNothing() {
    assertThat(PublicationDate.anchor(article(null, "2015-09-16", "Published Tuesday, Sep 15, 2015. A man was shot "
        + "Tuesday."))).hasToString("2015-09-16");
  }

  @Test
  void anAddressDatedMoreThanAWeekBeforeTheStatedDateIsTheAnchor() {
    assertThat(PublicationDate.anchor(article("http://example.com/story/news/local/2015/11/21/teen-shot/",
        "2016-05-02"))).hasToString("2015-11-21");
    // inside an archive capture taken later than the address's date
    assertThat(PublicationDate.anchor(article(
        "http://web.archive.org/web/20160312005215/http://example.com/news/2015/11/21/teen-shot/", "2016-05-02")))
        .hasToString("2015-11-21");
    // a few days earlier: a time zone's or an edition's difference, as with a posting stamp
    assertThat(PublicationDate.anchor(article("http://example.com/news/2016/04/28/teen-shot/", "2016-05-02")))
        .hasToString("2016-05-02");
  }

  @Test
  void anAddressDateWrittenAsEightDigitsIsTheAnchorToo() {
    // "…/article/20150805/three-year-old-fatally-shot-anchorage", captured in January 2016, stamped September 2016
    // (#508 of GVA dev)
    assertThat(PublicationDate.anchor(article(
        "http://web.archive.org/web/20160119165854/http://www.example.com/article/20150805/boy-shot/", "2016-09-28")))
        .hasToString("2015-08-05");
    // the fourteen digits of the capture's own time are no such date: the capture bounds the date
    assertThat(PublicationDate.anchor(article(
        "http://web.archive.org/web/20160119165854/http://www.example.com/article/boy-shot/", "2016-09-28")))
        .hasToString("2016-01-19");
  }
}
