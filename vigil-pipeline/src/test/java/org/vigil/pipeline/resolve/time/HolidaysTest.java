package org.vigil.pipeline.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.pipeline.annotate.Token;

class HolidaysTest {

  private static final LocalDate DEC_28_2015 = LocalDate.of(2015, 12, 28);

  @Test
  void aHolidayIsItsLastDayOnOrBeforePublication() {
    assertThat(Holidays.day("christmas night", null, DEC_28_2015)).hasToString("2015-12-25");
    assertThat(Holidays.day("christmas eve", null, DEC_28_2015)).hasToString("2015-12-24");
    assertThat(Holidays.day("the fourth of july", null, DEC_28_2015)).hasToString("2015-07-04");
    assertThat(Holidays.day("easter", null, LocalDate.of(2016, 8, 30))).hasToString("2016-03-27");
    assertThat(Holidays.day("thanksgiving", null, DEC_28_2015)).hasToString("2015-11-26");
    assertThat(Holidays.day("memorial day", null, DEC_28_2015)).hasToString("2015-05-25");
    assertThat(Holidays.day("new year\u2019s eve", null, LocalDate.of(2016, 1, 1))).hasToString("2015-12-31");
  }

  @Test
  void aYearNamedWithTheHolidayIsItsYear() {
    assertThat(Holidays.day("christmas 2013", 2013, DEC_28_2015)).hasToString("2013-12-25");
  }

  @Test
  void aHolidaySoonAfterPublicationIsStillToComeAndASpanIsNoDay() {
    assertThat(Holidays.day("christmas", null, LocalDate.of(2015, 12, 10))).isNull();
    assertThat(Holidays.day("christmas", null, LocalDate.of(2015, 6, 10))).hasToString("2014-12-25");
    assertThat(Holidays.day("memorial day weekend", null, DEC_28_2015)).isNull();
    assertThat(Holidays.day("the christmas holidays", null, DEC_28_2015)).isNull();
    assertThat(Holidays.day("last week", null, DEC_28_2015)).isNull();
    assertThat(Holidays.day("two days after christmas", null, DEC_28_2015)).isNull();
  }

  @Test
  void everyNameThePhrasesKnowTheTokensKnowToo() {
    // one table gives both views: "New Years Day" was once a phrase pattern only
    for (String name : List.of("New Years Day", "New Year 's Day", "Christmas Eve", "Fourth of July", "Mothers Day")) {
      List<Token> tokens = new ArrayList<>();
      for (String w : name.split(" ")) {
        tokens.add(new Token(tokens.size(), w, 0, 0, w.toLowerCase(), "NNP", "O", null));
      }
      assertThat(Holidays.length(tokens, 0)).as(name).isEqualTo(tokens.size());
      assertThat(Holidays.day(name.toLowerCase().replace(" 's", "'s"), null, DEC_28_2015)).as(name).isNotNull();
    }
  }
}
