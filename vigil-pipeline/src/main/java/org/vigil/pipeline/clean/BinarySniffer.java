package org.vigil.pipeline.clean;

import java.nio.charset.StandardCharsets;

/**
 * Recognises content that is not text: known file signatures, NUL bytes and a high share of control characters.
 *
 * <p>Works on the raw bytes for byte-oriented encodings and on the decoded characters for UTF-16/32 (where NUL bytes
 * are normal), so each input is looked at once, without copying.
 */
final class BinarySniffer {
  /** More control characters than this share of the input means binary (text has a few stray ones at most). */
  static final double MAX_CONTROL_SHARE = 0.05;

  /** A NUL this early is a binary file (the rule git and grep use); a later stray NUL is tolerated and dropped. */
  static final int NUL_WINDOW = 8192;

  private record Magic(String name, int offset, byte[] bytes) {}

  private static final Magic[] MAGICS = {
    magic("PDF", 0, "%PDF-"),
    magic("ZIP (or an office document)", 0, 0x50, 0x4B, 0x03, 0x04),
    magic("ZIP (empty)", 0, 0x50, 0x4B, 0x05, 0x06),
    magic("PNG", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
    magic("gzip", 0, 0x1F, 0x8B),
    magic("JPEG", 0, 0xFF, 0xD8, 0xFF),
    magic("GIF", 0, "GIF87a"),
    magic("GIF", 0, "GIF89a"),
    magic("RIFF (WebP, WAV, AVI)", 0, "RIFF"),
    magic("ISO media (MP4, MOV)", 4, "ftyp"),
    magic("OLE2 (old office document)", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
    magic("7-Zip", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
    magic("RAR", 0, "Rar!\u001A\u0007"),
    magic("bzip2", 0, "BZh"),
    magic("xz", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
    magic("zstd", 0, 0x28, 0xB5, 0x2F, 0xFD),
    magic("ELF executable", 0, 0x7F, 'E', 'L', 'F'),
    magic("Windows executable", 0, "MZ\u0090\u0000"),
    magic("Java class", 0, 0xCA, 0xFE, 0xBA, 0xBE),
    magic("WebAssembly", 0, 0x00, 'a', 's', 'm'),
    magic("SQLite", 0, "SQLite format 3\u0000"),
    magic("Ogg", 0, "OggS"),
    magic("MP3", 0, "ID3"),
    magic("TIFF", 0, "II*\u0000"),
    magic("TIFF", 0, "MM\u0000*"),
    magic("WOFF font", 0, "wOFF"),
    magic("WOFF2 font", 0, "wOF2"),
    magic("Matroska/WebM", 0, 0x1A, 0x45, 0xDF, 0xA3),
  };

  private BinarySniffer() {}

  /**
   * True for a declared media type that is never text: images, audio, video, fonts, PDF, archives and office
   * documents. {@code application/octet-stream} says nothing and is not counted.
   */
  static boolean isBinaryMediaType(String contentType) {
    if (contentType == null) {
      return false;
    }
    String t = contentType.trim().toLowerCase(java.util.Locale.ROOT);
    return t.startsWith("image/") || t.startsWith("audio/") || t.startsWith("video/") || t.startsWith("font/")
        || t.startsWith("application/pdf") || t.startsWith("application/zip") || t.startsWith("application/gzip")
        || t.startsWith("application/x-gzip") || t.startsWith("application/msword")
        || t.startsWith("application/vnd.openxmlformats") || t.startsWith("application/vnd.ms-");
  }

  /** The name of the file format whose signature starts {@code bytes}, or null. */
  static String magicName(byte[] bytes) {
    for (Magic m : MAGICS) {
      if (bytes.length >= m.offset + m.bytes.length && startsWith(bytes, m.offset, m.bytes)) {
        if (m.name.equals("bzip2") && !(bytes.length > 3 && bytes[3] >= '1' && bytes[3] <= '9')) {
          continue; // "BZh" alone starts English words; bzip2 has a block-size digit after it
        }
        return m.name;
      }
    }
    return null;
  }

  /**
   * Why the raw bytes of a byte-oriented (ASCII-compatible) encoding look binary, or null when they look like text.
   */
  static String binaryBytesReason(byte[] bytes) {
    long controls = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0 && i < NUL_WINDOW) {
        return "NUL byte at offset " + i;
      }
      if (isControl(b)) {
        controls++;
      }
    }
    return controlReason(controls, bytes.length, "bytes");
  }

  /** Like {@link #binaryBytesReason} for decoded characters (used for UTF-16 and UTF-32 input). */
  static String binaryCharsReason(CharSequence text) {
    long controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0 && i < NUL_WINDOW) {
        return "NUL character at offset " + i;
      }
      if (c < 0x80 && isControl(c)) {
        controls++;
      }
    }
    return controlReason(controls, text.length(), "characters");
  }

  private static String controlReason(long controls, int length, String unit) {
    if (length > 0 && controls > MAX_CONTROL_SHARE * length) {
      return String.format("%.1f%% of the %s are control characters", 100.0 * controls / length, unit);
    }
    return null;
  }

  /** C0 controls other than tab, line feed, form feed and carriage return; and DEL. */
  static boolean isControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F;
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Magic magic(String name, int offset, String ascii) {
    return new Magic(name, offset, ascii.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static Magic magic(String name, int offset, int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return new Magic(name, offset, b);
  }
}
