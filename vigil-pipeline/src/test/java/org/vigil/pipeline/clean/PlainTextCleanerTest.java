package org.vigil.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Article;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;
import org.vigil.model.Span;

class PlainTextCleanerTest {
  private final Cleaner cleaner = new Cleaner();

  static byte[] resource(String name) throws IOException {
    try (InputStream in = PlainTextCleanerTest.class.getResourceAsStream("/clean/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private Article plain(String text) throws RejectedException {
    return cleaner.clean(RawDocument.ofText("t", text, "text/plain", null, null, null));
  }

  /** The article invariants every test checks: spans cover the paragraphs exactly, offsets match the source. */
  static void assertWellFormed(Article a, String decodedSource) {
    List<String> paragraphs = List.of(a.text().split("\n\n", -1));
    assertThat(a.paragraphs()).hasSameSizeAs(paragraphs);
    assertThat(a.sourceOffsets()).hasSameSizeAs(paragraphs);
    for (int i = 0; i < paragraphs.size(); i++) {
      Span span = a.paragraphs().get(i);
      assertThat(span.of(a.text())).isEqualTo(paragraphs.get(i));
      assertThat(paragraphs.get(i)).isNotBlank().isEqualTo(paragraphs.get(i).strip()).doesNotContain("  ", "\n");
      int offset = a.sourceOffsets().get(i);
      assertThat(offset).isBetween(-1, decodedSource.length() - 1);
    }
    assertThat(a.text()).isNotBlank();
  }

  @Test
  void kangabaKeepsEveryParagraphAsWrittenIncludingTheRepeatedHeadlines() throws Exception {
    byte[] bytes = resource("kangaba.txt");
    String source = new String(bytes, StandardCharsets.UTF_8);
    Article a = cleaner.clean(new RawDocument("kangaba.txt", bytes, "text/plain", null, null, null,
        LocalDate.of(2017, 6, 19)));

    assertWellFormed(a, source);
    List<String> paragraphs = List.of(a.text().split("\n\n"));
    assertThat(paragraphs).hasSize(13);
    assertThat(paragraphs.subList(0, 3)).containsExactly(
        "Gunfire heard at Mali resort area popular with foreigners",
        "\u2022 Gunfire heard at Mali resort area popular with foreigners",
        "Gunfire heard at Mali resort area popular with foreigners");
    assertThat(paragraphs.get(3)).startsWith("Malian soldiers later succeeded");
    assertThat(paragraphs.get(12)).endsWith("mission spokesman Olivier Salgado said at the time.");
    assertThat(a.title()).isEqualTo("Gunfire heard at Mali resort area popular with foreigners");
    assertThat(a.published()).isEqualTo(LocalDate.of(2017, 6, 19));
    assertThat(a.publishedEvidence()).isEqualTo("given");
    assertThat(a.inputHash()).isEqualTo(Cleaner.inputHash(bytes)).hasSize(64);
    // Each offset points at the paragraph's first character in the source (the bullet line is indented).
    for (int i = 0; i < paragraphs.size(); i++) {
      assertThat(source.substring(a.sourceOffsets().get(i))).startsWith(paragraphs.get(i).substring(0, 20));
    }
    assertThat(a.sourceOffsets().get(1)).isEqualTo(source.indexOf('\u2022'));
  }

  @Test
  void everyLineIsAParagraphWhenLinesAreNotHardWrapped() throws RejectedException {
    Article a = plain("Headline of the story\nFirst paragraph is here.\nSecond paragraph is here.\n");
    assertThat(a.text()).isEqualTo("Headline of the story\n\nFirst paragraph is here.\n\nSecond paragraph is here.");
    assertThat(a.title()).isEqualTo("Headline of the story");
  }

  @Test
  void aSpaceLostAfterAFullStopIsPutBack() throws RejectedException {
    String source = "Two men were wounded.Police say the shooter fled to St.Louis, U.S.A. on Friday.A man was held.\n";
    Article a = plain(source);
    assertThat(a.text())
        .isEqualTo("Two men were wounded. Police say the shooter fled to St.Louis, U.S.A. on Friday. A man was held.");
    assertWellFormed(a, source);
    assertThat(plain("Read more on WRAL.com and NYTimes.com.\n").text())
        .isEqualTo("Read more on WRAL.com and NYTimes.com.");
  }

  @Test
  void lineEndingsAreNormalisedAndOffsetsStayInTheOriginalText() throws RejectedException {
    String source = "Title line\r\n\r\nFirst  para\twith   spaces.\r\rSecond para.\r\n";
    Article a = plain(source);
    assertWellFormed(a, source);
    assertThat(a.text()).isEqualTo("Title line\n\nFirst para with spaces.\n\nSecond para.");
    assertThat(a.sourceOffsets()).containsExactly(0, source.indexOf("First"), source.indexOf("Second"));
  }

  @Test
  void hardWrappedTextIsJoinedIntoParagraphs() throws RejectedException {
    String source = """
        BAMAKO, June 19 - Gunmen attacked a resort popular with foreigners on the
        outskirts of the Malian capital on Sunday, killing at least two people, a
        security source said, in the latest attack on a site frequented by
        foreigners in the West African country.

        Security forces freed dozens of hostages after storming the compound and
        at least four of the attackers were killed in the operation, the minister
        said in a statement broadcast on state television on Sunday evening.
        """;
    Article a = plain(source);
    assertWellFormed(a, source);
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.text()).startsWith("BAMAKO, June 19 - Gunmen attacked a resort popular with foreigners on the "
        + "outskirts of the Malian capital");
    assertThat(a.sourceOffsets()).containsExactly(0, source.indexOf("Security forces"));
  }

  @Test
  void aLongOrFullStoppedFirstParagraphIsNoTitle() throws RejectedException {
    assertThat(plain("Police said three people died.\n\nMore text follows.").title()).isNull();
    assertThat(plain("x".repeat(201) + "\n\nMore text.").title()).isNull();
  }

  @Test
  void aGivenTitleWins() throws RejectedException {
    Article a = cleaner.clean(RawDocument.ofText("t", "First line\n\nBody.", "text/plain", "https://e.org/a",
        "Given title", null));
    assertThat(a.title()).isEqualTo("Given title");
    assertThat(a.url()).isEqualTo("https://e.org/a");
    assertThat(a.published()).isNull();
    assertThat(a.publishedEvidence()).isNull();
  }

  @Test
  void textWithoutContentTypeIsSniffedAsPlainText() throws RejectedException {
    Article a = cleaner.clean(RawDocument.ofText("t", "Police said 3 < 4 and x > y.\n\nOK.", null, null, null, null));
    assertThat(a.text()).isEqualTo("Police said 3 < 4 and x > y.\n\nOK.");
  }

  @Test
  void cleaningIsDeterministic() throws Exception {
    byte[] bytes = resource("kangaba.txt");
    RawDocument doc = new RawDocument("k", bytes, null, null, null, null, null);
    assertThat(cleaner.clean(doc)).isEqualTo(cleaner.clean(doc));
  }
}
