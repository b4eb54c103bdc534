package org.vigil.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {
  @Test
  void contentWordsAreLowerCasedWithoutFunctionWordsOrPossessives() {
    assertThat(Terms.of("Gunmen stormed Kabul's Intercontinental Hotel on Saturday, police said; 18 died."))
        .containsExactly("gunmen", "stormed", "kabul", "intercontinental", "hotel", "18", "died");
  }

  @Test
  void namesAreCapitalisedWordsThatDoNotOpenASentence() {
    assertThat(Terms.names("Gunmen stormed the Intercontinental Hotel in Kabul. Police said Nasrat Rahimi spoke. "
        + "The Taliban claimed it on Sunday."))
        .containsExactly("intercontinental", "hotel", "kabul", "nasrat", "rahimi", "taliban");
  }

  @Test
  void theCosineWeighsRareWordsMore() {
    var a = Terms.of("kabul taliban intercontinental");
    var b = Terms.of("kabul taliban ambulance");
    var c = Terms.of("intercontinental hotel guests");
    Idf idf = t -> t.equals("kabul") || t.equals("taliban") ? 1.0 : 5.0;
    assertThat(MatchScorer.cosine(a, c, idf)).isGreaterThan(MatchScorer.cosine(a, b, idf));
  }
}
