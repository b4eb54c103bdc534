package org.vigil.pipeline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Span;

/** Where a dateline ends, on sentences given as "word/TAG" pairs (tags as CoreNLP's tagger gives them). */
class DatelineTest {

  private static int end(String tagged) {
    List<Token> tokens = tokens(tagged);
    int at = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return Dateline.end(new Sentence(0, 0, new Span(0, at), tokens, List.of()));
  }

  private static List<Token> tokens(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String wt : tagged.split(" ")) {
      int slash = wt.lastIndexOf('/');
      String word = wt.substring(0, slash);
      tokens.add(new Token(tokens.size(), word, at, at + word.length(), word.toLowerCase(java.util.Locale.ROOT),
          wt.substring(slash + 1), "O", null));
      at += word.length() + 1;
    }
    return tokens;
  }

  @Test
  void aDashOrABarClosesADateline() {
    assertThat(end("CHICAGO/NNP (/-LRB- AP/NNP )/-RRB- —/: A/DT man/NN was/VBD shot/VBN ./.")).isEqualTo(4);
    assertThat(end("KILLEEN/NNP |/SYM Police/NNS said/VBD ./.")).isEqualTo(1);
  }

  /** A dateline set as a paragraph of its own ends with its dash: "ELGIN, Texas (AP) -", then the report. */
  @Test
  void aDashMayCloseADatelineThatIsAParagraphOfItsOwn() {
    assertThat(end("ELGIN/NNP ,/, Texas/NNP (/-LRB- AP/NNP )/-RRB- -/:")).isEqualTo(6);
    assertThat(end("Original/NNP story/NN :/:")).isEqualTo(-1);
  }

  /** A headline's speaker before a colon is no dateline: "Ohio police: Man shot …"; a place alone is. */
  @Test
  void aColonAfterAWordInLowerCaseClosesALabelNotADateline() {
    assertThat(Dateline.label(tokens("Ohio/NNP police/NNS :/:"))).isTrue();
    assertThat(Dateline.label(tokens("Nairobi/NNP :/:"))).isFalse();
    assertThat(Dateline.label(tokens("ELGIN/NNP :/:"))).isFalse();
    assertThat(Dateline.label(tokens("ELGIN/NNP (/-LRB- AP/NNP )/-RRB- -/:"))).isFalse();
  }

  @Test
  void aBroadcastersCallSignClosesADatelineWithoutADash() {
    assertThat(end("PHILADELPHIA/NNP (/-LRB- WTXF/NNP )/-RRB- Surveillance/NN footage/NN shows/VBZ a/DT man/NN ./."))
        .isEqualTo(3);
    assertThat(end("MOBILE/NNP ,/, Ala./NNP (/-LRB- WPMI/NNP )/-RRB- Children/NNS with/IN guns/NNS are/VBP ./."))
        .isEqualTo(5);
    assertThat(end("GRANT/NNP COUNTY/NNP ,/, Ky/NNP (/-LRB- LEX/NNP 18/CD )/-RRB- KSP/NNP says/VBZ ./."))
        .isEqualTo(7);
  }

  @Test
  void aBracketInTextSetInCapitalsIsNoDateline() {
    assertThat(end("POLICE/NNS (/-LRB- PNC/NNP )/-RRB- ARRESTED/VBD TWO/CD MEN/NNS ./.")).isEqualTo(-1);
    assertThat(end("Police/NNS (/-LRB- PNC/NNP )/-RRB- Arrested/VBD two/CD men/NNS ./.")).isEqualTo(-1);
  }
}
