package org.vigil.pipeline.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateResolverTest {

  @Test
  void easterSundayByTheComputus() {
    assertThat(DateResolver.easter(2014)).hasToString("2014-04-20");
    assertThat(DateResolver.easter(2015)).hasToString("2015-04-05");
    assertThat(DateResolver.easter(2016)).hasToString("2016-03-27");
    assertThat(DateResolver.easter(2024)).hasToString("2024-03-31");
  }

  @Test
  void aYearWordIsWhatThePatternItReplacesMatches() {
    // lastYearBefore tested each earlier word with String.matches("(1[89]|20)\\d\\d"); the hand-written test must
    // answer the same for every word, Arabic-Indic digits and lengths around four included
    for (String w : new String[] {"1799", "1800", "1999", "2000", "2099", "2100", "0199", "999", "19999", "199a",
        "19.9", "", "٢٠١٧", "１９９９", "20 1", "-200"}) {
      assertThat(DateResolver.isYearWord(w)).as(w).isEqualTo(w.matches("(1[89]|20)\\d\\d"));
    }
    for (int n = 0; n < 10_000; n++) {
      String w = String.format("%04d", n);
      assertThat(DateResolver.isYearWord(w)).as(w).isEqualTo(w.matches("(1[89]|20)\\d\\d"));
    }
  }
}
