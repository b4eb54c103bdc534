package org.vigil.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;
import org.vigil.model.Stage;

class CleanerRejectTest {
  private final Cleaner cleaner = new Cleaner();

  private static RawDocument bytes(byte[] b, String contentType, String charset) {
    return new RawDocument("doc-1", b, contentType, charset, null, null, null);
  }

  private RejectedException rejected(RawDocument doc) {
    RejectedException e = catchThrowableOfType(RejectedException.class, () -> cleaner.clean(doc));
    assertThat(e).as("expected a rejection").isNotNull();
    assertThat(e.stage()).isEqualTo(Stage.CLEAN);
    assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    return e;
  }

  @Test
  void noBytesIsEmpty() {
    assertThat(rejected(bytes(new byte[0], null, null)).reason()).isEqualTo("empty");
  }

  @Test
  void anEmptyBodyWithATitleIsReadFromItsHeadline() throws RejectedException {
    for (String body : new String[] {"", " \n\t "}) {
      var a = cleaner.clean(RawDocument.ofText("h", body, "text/plain", "http://news.example/1",
          "  Boy, 9,   fatally shot in hunting accident ", null));
      assertThat(a.text()).isEqualTo("Boy, 9, fatally shot in hunting accident");
      assertThat(a.paragraphs()).hasSize(1);
      assertThat(a.title()).contains("hunting accident");
    }
    assertThat(cleaner.clean(RawDocument.ofText("a", "", null, null, "One shot", null)).inputHash())
        .isNotEqualTo(cleaner.clean(RawDocument.ofText("b", "", null, null, "Two shot", null)).inputHash());
    assertThat(rejected(RawDocument.ofText("h", "", "text/plain", null, "  ", null)).reason()).isEqualTo("empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\n\n\t  \r\n", "\u00A0\u2003\u200B\n", "\uFEFF  "})
  void whitespaceOnlyIsEmpty(String text) {
    assertThat(rejected(RawDocument.ofText("w", text, "text/plain", null, null, null)).reason()).isEqualTo("empty");
    assertThat(rejected(RawDocument.ofText("w", text, null, null, null, null)).reason()).isEqualTo("empty");
  }

  @Test
  void knownFileSignaturesAreBinary() {
    byte[][] files = {
      "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1),
      {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00},
      {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D},
      {0x1F, (byte) 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00},
      {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F'},
    };
    for (byte[] file : files) {
      RejectedException e = rejected(bytes(file, null, null));
      assertThat(e.reason()).isEqualTo("binary");
    }
    assertThat(rejected(bytes(files[0], "text/html", "UTF-8")).getMessage()).contains("PDF");
  }

  @Test
  void declaredNonTextMediaTypesAreBinary() {
    byte[] text = "Looks like text but is declared an image".getBytes(StandardCharsets.UTF_8);
    RejectedException e = rejected(bytes(text, "image/jpeg", null));
    assertThat(e.reason()).isEqualTo("binary");
    assertThat(e.getMessage()).contains("image/jpeg");
  }

  @Test
  void nulBytesAreBinary() {
    byte[] b = "Hello world, this looks like text\u0000\u0000\u0001 but is not".getBytes(StandardCharsets.UTF_8);
    RejectedException e = rejected(bytes(b, "text/plain", null));
    assertThat(e.reason()).isEqualTo("binary");
    assertThat(e.getMessage()).contains("NUL byte at offset 33");
  }

  @Test
  void manyControlCharactersAreBinary() {
    byte[] b = new byte[1000];
    Arrays.fill(b, (byte) 'a');
    for (int i = 0; i < b.length; i += 10) {
      b[i] = 0x07; // 10% BEL characters
    }
    assertThat(rejected(bytes(b, null, null)).reason()).isEqualTo("binary");
  }

  @Test
  void aFewStrayControlCharactersAreTolerated() throws RejectedException {
    String text = "Gunmen attacked a village\u0007 on Sunday.\u001B Three people were killed.";
    assertThat(cleaner.clean(RawDocument.ofText("c", text, "text/plain", null, null, null)).text())
        .isEqualTo("Gunmen attacked a village on Sunday. Three people were killed.");
  }

  @Test
  void fiftyMegabytesAreRejectedAsTooLargeBeforeAnythingIsDecoded() {
    byte[] big = new byte[50 * 1024 * 1024];
    Arrays.fill(big, (byte) 0xC3); // invalid UTF-8 and non-text: only the size check may answer
    RejectedException e = rejected(bytes(big, "text/html", "UTF-8"));
    assertThat(e.reason()).isEqualTo("too-large");
    assertThat(e.getMessage()).contains("52,428,800").contains("20,971,520");
  }

  @Test
  void theSizeLimitIsAnOption() throws RejectedException {
    Cleaner small = new Cleaner(CleanerOptions.defaults().withMaxInputBytes(10));
    assertThat(catchThrowableOfType(RejectedException.class,
        () -> small.clean(RawDocument.ofText("s", "eleven char", "text/plain", null, null, null))).reason())
        .isEqualTo("too-large");
    assertThat(small.clean(RawDocument.ofText("s", "ten chars.", "text/plain", null, null, null)).text())
        .isEqualTo("ten chars.");
  }

  @Test
  void invalidUtf8SequencesAreRejectedWithTheByteOffset() {
    // Lone continuation bytes, overlong encodings, surrogates, truncated sequences, bytes never valid in UTF-8.
    byte[] b = {'O', 'k', ' ', (byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xE2, 0x28, (byte) 0xA1,
        (byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF0, 0x28, (byte) 0x8C,
        (byte) 0xBC, (byte) 0xF8, (byte) 0xA1, (byte) 0xA1, (byte) 0xA1, (byte) 0xA1, (byte) 0xFF};
    RejectedException e = rejected(bytes(b, "text/plain", "UTF-8"));
    assertThat(e.reason()).isEqualTo("invalid-encoding");
    assertThat(e.getMessage()).contains("byte offset 3").contains("0xC3");
  }

  @Test
  void htmlWithOnlyNavigationAndScriptsHasNoText() {
    String html = """
        <!doctype html><html><head><title>Home</title><script>var x = "lots of script text here";</script>
        <style>body { color: red }</style></head>
        <body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
        <script>document.write("hello")</script><noscript>Enable JavaScript</noscript></body></html>""";
    RejectedException e = rejected(RawDocument.ofText("n", html, "text/html", null, null, null));
    assertThat(e.reason()).isEqualTo("no-text");
  }

  @Test
  void htmlWithAnEmptyBodyHasNoText() {
    String html = "<html><head><title>Nothing</title></head><body>  </body></html>";
    RejectedException e = rejected(RawDocument.ofText("n", html, null, null, null, null));
    assertThat(e.reason()).isEqualTo("no-text");
  }

  @Test
  void randomBytesNeverEscapeAsAnotherException() {
    Random random = new Random(42);
    for (int i = 0; i < 300; i++) {
      byte[] b = new byte[random.nextInt(4000)];
      random.nextBytes(b);
      if (i % 3 == 0) { // also ASCII-ish noise with markup, which gets past the binary checks
        String alphabet = "<>/ abcdefghij\"=p\n&;#x!-";
        for (int k = 0; k < b.length; k++) {
          b[k] = (byte) alphabet.charAt(Math.floorMod(b[k], alphabet.length()));
        }
      }
      try {
        cleaner.clean(bytes(b, i % 2 == 0 ? "text/html" : null, null));
      } catch (RejectedException e) {
        assertThat(e.reason()).isIn("empty", "binary", "invalid-encoding", "no-text");
      }
    }
  }

  @Test
  void nullDocumentIsAProgrammingError() {
    assertThatThrownBy(() -> cleaner.clean(null)).isInstanceOf(NullPointerException.class);
  }
}
