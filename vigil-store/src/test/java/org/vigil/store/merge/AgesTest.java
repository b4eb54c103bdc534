package org.vigil.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgesTest {
  @Test
  void hyphenatedAgesInDigitsOrWords() {
    assertThat(Ages.of("A 17-year-old was shot on Elm Street; a three-year-old girl was not hurt."))
        .containsExactly("17", "3");
    assertThat(Ages.of("Police said the 45 year old man died.")).containsExactly("45");
  }

  @Test
  void monthsAreKeptApartFromYears() {
    assertThat(Ages.of("The 13-month-old boy and a 13-year-old were wounded.")).containsExactly("13m", "13");
  }

  @Test
  void anAgeInCommasAfterANameOrAPersonNoun() {
    assertThat(Ages.of("Jane Roe, 23, was pronounced dead. A boy, 7, was taken to hospital."))
        .containsExactly("23", "7");
  }

  @Test
  void aCompoundNumberIsNotReadAsItsLastWord() {
    assertThat(Ages.of("a twenty-one-year-old")).isEmpty();
  }

  @Test
  void countsDatesAndAddressesAreNoAges() {
    assertThat(Ages.of("Four people were shot at 2300 Elm Street on May 5, 2015, around 10 p.m.")).isEmpty();
    assertThat(Ages.of(null)).isEmpty();
  }
}
