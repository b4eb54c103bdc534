package org.vigil.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreetsTest {
  @Test
  void aNameOrAnOrdinalBeforeAStreetWord() {
    assertThat(Streets.of("A man was shot on Copeland Street late Monday near 12th Avenue and Partridge Drive."))
        .containsExactly("copeland_street", "12th_avenue", "partridge_drive");
  }

  @Test
  void abbreviationsAreKeyedAsTheWordsTheyStandFor() {
    assertThat(Streets.of("Officers found him in the 4000 block of Law St. and took him to Elm Ave. in a car"))
        .containsExactly("law_street", "elm_avenue");
  }

  @Test
  void theStreetIsKeyedByItsNamesLastWord() {
    // "Martin Luther King Boulevard" and "King Blvd." are one street in two reports' wording
    assertThat(Streets.of("at Martin Luther King Boulevard")).containsExactly("king_boulevard");
    assertThat(Streets.of("at King Blvd. on Sunday")).containsExactly("king_boulevard");
  }

  @Test
  void aTownsSaintADoctorACourtAndLowerCaseWordsAreNoStreets() {
    assertThat(Streets.of("East St. Louis police said Dr. Jane Roe spoke to Circuit Court after the road closed"))
        .isEmpty();
  }
}
