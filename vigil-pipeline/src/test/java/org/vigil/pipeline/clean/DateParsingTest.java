package org.vigil.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParsingTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2017-06-19|2017-06-19",
    "2017-06-19T23:30:00-05:00|2017-06-19", // the date as the publisher wrote it, not moved to UTC
    "2017/6/9 10:00|2017-06-09",
    "20170619|2017-06-19",
    "Mon, 19 Jun 2017 10:30:00 GMT|2017-06-19",
    "June 19, 2017|2017-06-19",
    "Sept. 9, 2017|2017-09-09",
    "19th June 2017|2017-06-19",
  })
  void readsCommonDateForms(String text, String expected) {
    assertThat(DateParsing.parse(text)).isEqualTo(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"yesterday", "2017-13-45", "Junk 19, 2017", "1776-07-04", "12345"})
  void givesNullForWhatIsNoDate(String text) {
    assertThat(DateParsing.parse(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "https://e.org/2017/06/19/story|2017-06-19",
    "https://e.org/news/2017/6/9/story.html|2017-06-09",
    "https://e.org/story-2017-06-19.html|2017-06-19",
  })
  void readsDatesInUrls(String url, String expected) {
    assertThat(DateParsing.fromUrl(url)).isEqualTo(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "https://e.org/2017/06/story", "https://e.org/article/12345678", "https://e.org/2017/13/40/x"})
  void noDateInUrl(String url) {
    assertThat(DateParsing.fromUrl(url)).isNull();
  }
}
