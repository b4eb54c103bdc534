package org.vigil.pipeline.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.RejectedException;
import org.vigil.model.Stage;

/**
 * Decides the character set of an input and decodes it; the rule is documented on {@link Cleaner}.
 */
final class TextDecoder {
  /** How far into the bytes an HTML {@code <meta charset>} is looked for (the HTML standard says 1024). */
  static final int META_PRESCAN_BYTES = 4096;

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile(
      "charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  /** The decoded text, without a byte-order mark, and the charset that decoded it with where that came from. */
  record Decoded(String text, Charset charset, String source) {
    boolean wide() {
      return isWide(charset);
    }
  }

  private TextDecoder() {}

  /** A charset chosen by the first step of the rule that gave one, and the number of BOM bytes to skip. */
  record Choice(Charset charset, String source, int bomLength) {}

  static Choice choose(byte[] bytes, String declaredCharset, String contentType) {
    Choice bom = bom(bytes);
    if (bom != null) {
      return bom;
    }
    Charset declared = lookup(declaredCharset);
    if (declared != null) {
      return new Choice(declared, "declared", 0);
    }
    if (contentType != null) {
      Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
      Charset fromType = m.find() ? lookup(m.group(1)) : null;
      if (fromType != null) {
        return new Choice(fromType, "content-type", 0);
      }
    }
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("text/plain")) {
      String head = new String(bytes, 0, Math.min(bytes.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        Charset meta = lookup(m.group(1));
        if (meta != null) {
          // A page that could read its own <meta> in ASCII is not UTF-16 whatever it claims (HTML standard 13.2.3.2).
          return new Choice(isWide(meta) ? StandardCharsets.UTF_8 : meta, "meta", 0);
        }
      }
    }
    return new Choice(StandardCharsets.UTF_8, "default", 0);
  }

  /**
   * Decodes {@code bytes} with the chosen charset.
   *
   * @throws RejectedException {@code invalid-encoding} naming the byte offset of the first bad sequence
   */
  static Decoded decode(byte[] bytes, Choice choice, boolean windows1252Fallback) throws RejectedException {
    Charset cs = choice.charset();
    int from = choice.bomLength();
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
        (long) ((bytes.length - from) * (double) decoder.averageCharsPerByte()) + 16));
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CoderResult result;
    boolean flushing = false;
    while (true) {
      result = flushing ? decoder.flush(out) : decoder.decode(in, out, true);
      if (result.isOverflow()) {
        CharBuffer bigger = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, 2L * out.capacity() + 16));
        out.flip();
        out = bigger.put(out);
      } else if (result.isError() || flushing) {
        break;
      } else {
        flushing = true;
      }
    }
    if (result.isError()) {
      int offset = in.position();
      if (cs.equals(StandardCharsets.UTF_8) && windows1252Fallback && looksLikeLegacySingleByte(bytes, from)) {
        String text = new String(bytes, from, bytes.length - from, WINDOWS_1252);
        return new Decoded(text, WINDOWS_1252, "fallback (invalid UTF-8 at byte " + offset + ")");
      }
      throw new RejectedException(Stage.CLEAN, "invalid-encoding", String.format(
          "invalid %s at byte offset %d (%s), charset from %s", cs.name(), offset,
          hex(bytes, offset, Math.max(1, result.length())), choice.source()));
    }
    out.flip();
    return new Decoded(out.toString(), cs, choice.source());
  }

  /**
   * True when bytes that fail as UTF-8 look like text in a single-byte legacy encoding: no valid multi-byte UTF-8
   * sequence at all (so it is not mixed UTF-8), at most 30% non-ASCII bytes (Latin-script text is mostly ASCII), and
   * none of the five bytes windows-1252 leaves undefined.
   */
  static boolean looksLikeLegacySingleByte(byte[] bytes, int from) {
    int high = 0;
    int validMultiByte = 0;
    for (int i = from; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        continue;
      }
      high++;
      if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
        return false;
      }
      int len = utf8SequenceLength(bytes, i);
      if (len > 1) {
        validMultiByte++;
        high += len - 1;
        i += len - 1;
      }
    }
    int length = bytes.length - from;
    return validMultiByte == 0 && high <= 0.3 * length;
  }

  /** Length of the valid UTF-8 multi-byte sequence starting at {@code i}, or 0. */
  private static int utf8SequenceLength(byte[] b, int i) {
    int lead = b[i] & 0xFF;
    int len;
    int min;
    if (lead >= 0xC2 && lead <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      len = 3;
      min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      len = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + len > b.length) {
      return 0;
    }
    int cp = lead & (0xFF >> (len + 1));
    for (int k = 1; k < len; k++) {
      int c = b[i + k] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (c & 0x3F);
    }
    boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    return cp >= min && cp <= 0x10FFFF && !surrogate ? len : 0;
  }

  private static Choice bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Choice(StandardCharsets.UTF_8, "BOM", 3);
    }
    if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      Charset utf32le = lookup("UTF-32LE");
      if (utf32le != null) {
        return new Choice(utf32le, "BOM", 4);
      }
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      Charset utf32be = lookup("UTF-32BE");
      if (utf32be != null) {
        return new Choice(utf32be, "BOM", 4);
      }
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Choice(StandardCharsets.UTF_16BE, "BOM", 2);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Choice(StandardCharsets.UTF_16LE, "BOM", 2);
    }
    return null;
  }

  /**
   * The Java charset for a label, or null when the label is null, blank or unknown. Labels the web treats as
   * windows-1252 (ISO-8859-1, US-ASCII and their aliases) map to windows-1252, as browsers do (WHATWG Encoding).
   */
  static Charset lookup(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String name = label.trim().toLowerCase(Locale.ROOT);
    switch (name) {
      case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819",
          "ibm819", "iso-ir-100", "csisolatin1", "x-cp1252", "cp1252" -> {
        return WINDOWS_1252;
      }
      case "utf8", "unicode-1-1-utf-8", "x-unicode20utf8" -> {
        return StandardCharsets.UTF_8;
      }
      default -> { }
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) { // IllegalCharsetName or UnsupportedCharset: fall through to the next source
      return null;
    }
  }

  static boolean isWide(Charset cs) {
    String n = cs.name().toUpperCase(Locale.ROOT);
    return n.startsWith("UTF-16") || n.startsWith("UTF-32") || n.equals("X-UTF-16LE-BOM") || n.equals("X-UTF-32BE-BOM")
        || n.equals("X-UTF-32LE-BOM");
  }

  private static String hex(byte[] bytes, int offset, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = offset; i < Math.min(bytes.length, offset + Math.min(count, 4)); i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(String.format("0x%02X", bytes[i] & 0xFF));
    }
    return sb.toString();
  }
}
