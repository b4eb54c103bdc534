package org.vigil.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vigil.model.Article;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;

/** Mixed and legacy encodings: what is decoded, what falls back to windows-1252, what is rejected. */
class EncodingTest {
  private static final String TEXT = "Le café de la Médina a été attaqué à Tunis, selon la police.";

  private final Cleaner cleaner = new Cleaner();

  private static RawDocument doc(byte[] bytes, String contentType, String charset) {
    return new RawDocument("e", bytes, contentType, charset, null, null, null);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void undeclaredLatin1TextFallsBackToWindows1252() throws RejectedException {
    byte[] latin1 = TEXT.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(cleaner.clean(doc(latin1, "text/plain", null)).text()).isEqualTo(TEXT);
  }

  @Test
  void windows1252PunctuationIsDecodedToo() throws RejectedException {
    byte[] b = "\u201CQuoted\u201D \u2013 it\u2019s 5\u20AC.".getBytes(Charset.forName("windows-1252"));
    assertThat(cleaner.clean(doc(b, "text/plain", null)).text())
        .isEqualTo("\u201CQuoted\u201D \u2013 it\u2019s 5\u20AC.");
  }

  @Test
  void theFallbackCanBeSwitchedOff() {
    Cleaner strict = new Cleaner(CleanerOptions.defaults().withWindows1252Fallback(false));
    RejectedException e = catchThrowableOfType(RejectedException.class,
        () -> strict.clean(doc(TEXT.getBytes(StandardCharsets.ISO_8859_1), "text/plain", null)));
    assertThat(e.reason()).isEqualTo("invalid-encoding");
    assertThat(e.getMessage()).contains("byte offset 6").contains("0xE9").contains("charset from default");
  }

  @Test
  void utf8MixedWithLegacyBytesIsRejectedWithTheOffsetOfTheFirstBadByte() {
    byte[] b = concat("Déjà vu: ".getBytes(StandardCharsets.UTF_8), "caf\u00E9".getBytes(StandardCharsets.ISO_8859_1),
        " fermé.".getBytes(StandardCharsets.UTF_8));
    RejectedException e = catchThrowableOfType(RejectedException.class, () -> cleaner.clean(doc(b, null, null)));
    assertThat(e.reason()).isEqualTo("invalid-encoding");
    assertThat(e.getMessage()).contains("invalid UTF-8 at byte offset 14");
  }

  @Test
  void declaredCharsetIsUsedAndIso88591MeansWindows1252() throws RejectedException {
    byte[] b = "Caf\u00E9 \u2013 \u20AC".getBytes(Charset.forName("windows-1252"));
    assertThat(cleaner.clean(doc(b, "text/plain", "ISO-8859-1")).text()).isEqualTo("Caf\u00E9 \u2013 \u20AC");
    assertThat(cleaner.clean(doc(b, "text/plain; charset=iso-8859-1", null)).text())
        .isEqualTo("Caf\u00E9 \u2013 \u20AC");
  }

  @Test
  void htmlMetaCharsetIsUsedWhenNothingIsDeclared() throws RejectedException {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
        + "</head><body><p>Взрыв в центре Москвы, сообщила полиция.</p></body></html>";
    Article a = cleaner.clean(doc(html.getBytes(Charset.forName("windows-1251")), null, null));
    assertThat(a.text()).isEqualTo("Взрыв в центре Москвы, сообщила полиция.");
  }

  @Test
  void aDeclaredCharsetWinsOverTheMetaTag() throws RejectedException {
    String html = "<html><head><meta charset=\"windows-1252\"></head>"
        + "<body><p>Café attaqué à Tunis.</p></body></html>";
    Article a = cleaner.clean(doc(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null));
    assertThat(a.text()).isEqualTo("Café attaqué à Tunis.");
  }

  @Test
  void byteOrderMarksWinAndAreNotPartOfTheOffsets() throws RejectedException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf8 = concat(bom, "Title\n\nBody.".getBytes(StandardCharsets.UTF_8));
    Article a = cleaner.clean(doc(utf8, "text/plain", "windows-1252"));
    assertThat(a.text()).isEqualTo("Title\n\nBody.");
    assertThat(a.sourceOffsets()).containsExactly(0, 7);

    byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
    assertThat(cleaner.clean(doc(utf16, null, null)).text()).isEqualTo(TEXT);
  }

  @Test
  void declaredUtf16WithoutBomIsDecodedAndNotMistakenForBinary() throws RejectedException {
    byte[] utf16 = TEXT.getBytes(StandardCharsets.UTF_16BE);
    assertThat(cleaner.clean(doc(utf16, "text/plain", "UTF-16BE")).text()).isEqualTo(TEXT);
  }

  @Test
  void aBrokenMultiByteCharsetIsRejected() {
    byte[] sjis = "東京で爆発".getBytes(Charset.forName("Shift_JIS"));
    byte[] broken = concat(sjis, new byte[] {(byte) 0x81}); // a lead byte with nothing after it
    RejectedException e = catchThrowableOfType(RejectedException.class,
        () -> cleaner.clean(doc(broken, "text/plain", "Shift_JIS")));
    assertThat(e.reason()).isEqualTo("invalid-encoding");
    assertThat(e.getMessage()).contains("byte offset " + sjis.length);
  }

  @Test
  void anUnknownDeclaredCharsetIsSkipped() throws RejectedException {
    assertThat(cleaner.clean(doc(TEXT.getBytes(StandardCharsets.UTF_8), "text/plain", "x-no-such-charset")).text())
        .isEqualTo(TEXT);
  }
}
