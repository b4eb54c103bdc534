package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Mentions}: phrases written for these tests (not taken from any evaluation set). */
class MentionsTest {

  @Test
  void aTownIsNamedAloneNotInsideAPersonsOrAPlacesLongerName() {
    assertThat(Mentions.of("Spring", "shot at a Spring home")).isEqualTo(1);
    assertThat(Mentions.of("Alpine", "a shooting at Alpine High School")).isEqualTo(1);
    assertThat(Mentions.of("Taylor", "said Sheriff Greg Taylor")).isZero();
    assertThat(Mentions.of("Spring", "on Spring Branch Drive")).isZero();
    assertThat(Mentions.of("Mathews", "in Mathews County")).isZero();
    assertThat(Mentions.of("Coloma", "Gordon of Coloma shot the bailiff")).isZero();
    assertThat(Mentions.of("Atwater", "a party on the outskirts of Atwater")).isZero();
    assertThat(Mentions.of("Spring", "in Springfield")).isZero();
  }

  @Test
  void aHeadlinesTownAndTheBodysAreCountedAlike() {
    // HeadlineTown compares the two by this count: "Beverly" twice by word, "Salem" once as a town and once
    // inside "Salem Street"
    String text = "A man was shot in Beverly on Friday. Beverly police said the man, of Salem, was shot on "
        + "Salem Street.";
    assertThat(Mentions.of("Beverly", text)).isEqualTo(2);
    assertThat(Mentions.of("Salem", text)).isZero();
  }
}
