package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.RawDocument;

/** A batch tells from its first input whether to load the truecaser beside the other models. */
class UpperCaseInputTest {

  private static RawDocument doc(String text) {
    return RawDocument.ofText("doc", text, "text/plain", null, null, null);
  }

  @Test
  void upperCaseWireTextLooksUpperCase() {
    assertThat(Pipeline.looksUpperCase(doc("SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE ARMED FORCES"
        + " PRESS COMMITTEE REPORTED THAT FIVE SOLDIERS WERE KILLED IN AN AMBUSH."))).isTrue();
  }

  @Test
  void ordinaryTextAndShortHeadlinesDoNot() {
    assertThat(Pipeline.looksUpperCase(doc("Two people were killed and three wounded on Sunday when gunmen opened"
        + " fire on a market in the north of the country, police said."))).isFalse();
    assertThat(Pipeline.looksUpperCase(doc("SHOOTING IN TOWN"))).isFalse();
  }

  @Test
  void htmlWithLowerCaseMarkupDoesNot() {
    assertThat(Pipeline.looksUpperCase(doc("<html><head><title>X</title></head><body><p>GUNMEN KILLED TWO"
        + " POLICEMEN</p></body></html>"))).isFalse();
  }
}
