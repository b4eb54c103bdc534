package org.vigil.pipeline.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentTime;
import org.vigil.model.TimePrecision;
import org.vigil.pipeline.annotate.Token;

class WeekendsTest {

  private static IncidentTime weekend(String phrase, String published) {
    return Weekends.resolve(phrase, phrase, LocalDate.parse(published), null);
  }

  @Test
  void theWeekendIsTheLastOneBeforeThePaper() {
    // a Tuesday paper: the Saturday and Sunday just past
    IncidentTime t = weekend("the weekend", "2015-12-01");
    assertThat(t.start()).hasToString("2015-11-28");
    assertThat(t.end()).hasToString("2015-11-29");
    assertThat(t.precision()).isEqualTo(TimePrecision.WEEK);
  }

  @Test
  void aWeekendPaperCutsItsWeekendAtItsOwnDay() {
    IncidentTime t = weekend("this weekend", "2015-11-28");
    assertThat(t.start()).hasToString("2015-11-28");
    assertThat(t.end()).hasToString("2015-11-28");
  }

  @Test
  void lastWeekendInASundayPaperIsTheOneBefore() {
    assertThat(weekend("last weekend", "2015-11-29").start()).hasToString("2015-11-21");
  }

  @Test
  void aHolidaysWeekendOrOneToComeOrWeekendsAreNoWeekendOfTheirOwn() {
    assertThat(weekend("memorial day weekend", "2015-05-26")).isNull();
    assertThat(weekend("next weekend", "2015-05-26")).isNull();
    assertThat(weekend("weekends", "2015-05-26")).isNull();
  }

  @Test
  void theMainIncidentTakesTheWeekendsLastDay() {
    IncidentTime day = Weekends.lastDay(weekend("over the weekend", "2015-12-01"));
    assertThat(day.start()).hasToString("2015-11-29");
    assertThat(day.end()).hasToString("2015-11-29");
    assertThat(day.precision()).isEqualTo(TimePrecision.DAY);
  }

  @Test
  void anUntaggedWeekendTakesItsLeadingWordsButNotAHolidaysName() {
    assertThat(Weekends.from(tokens("shot", "him", "over", "the", "weekend"), 4)).isEqualTo(3);
    assertThat(Weekends.from(tokens("shot", "this", "past", "weekend"), 3)).isEqualTo(1);
    assertThat(Weekends.from(tokens("over", "the", "Labor", "Day", "weekend"), 4)).isEqualTo(-1);
    assertThat(Weekends.from(tokens("on", "weekends"), 1)).isEqualTo(-1);
  }

  private static List<Token> tokens(String... words) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      out.add(new Token(i, words[i], 0, 0, words[i].toLowerCase(Locale.ROOT), "NN", "O", null));
    }
    return out;
  }
}
