package org.vigil.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * An evaluation data or prediction file at any path, plain or gzip-compressed (recognised by its magic bytes, not its
 * name), read as UTF-8 JSON lines or one JSON value. Every file read is fingerprinted with the SHA-256 of its bytes as
 * stored, so a reported score names the exact data it was measured on.
 *
 * @param path the file
 */
public record DataFile(Path path) {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  public DataFile {
    java.util.Objects.requireNonNull(path, "path");
  }

  /** A data file at a path given on the command line. */
  public static DataFile of(String path) {
    return new DataFile(Path.of(path));
  }

  /** SHA-256 (hex) of the file's bytes as stored (compressed if it is). */
  public String sha256() throws IOException {
    requireFile();
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(path), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** A reader over the decompressed text. */
  public BufferedReader reader() throws IOException {
    requireFile();
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Every non-blank line parsed as JSON; a line that is not JSON is an error naming the file and line. */
  public List<JsonNode> jsonLines() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    forEachLine(out::add, Integer.MAX_VALUE);
    return out;
  }

  /** Calls {@code sink} with each non-blank line parsed as JSON, stopping after {@code limit} lines. */
  public void forEachLine(java.util.function.Consumer<JsonNode> sink, int limit) throws IOException {
    try (BufferedReader r = reader()) {
      String line;
      int n = 0;
      int taken = 0;
      while (taken < limit && (line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          sink.accept(MAPPER.readTree(line));
        } catch (IOException e) {
          throw new IOException(path + ": line " + n + " is not JSON: " + firstLine(e.getMessage()), e);
        }
        taken++;
      }
    }
  }

  /** The whole file as one JSON value. */
  public JsonNode json() throws IOException {
    try (BufferedReader r = reader()) {
      return MAPPER.readTree(r);
    }
  }

  /** The whole file as text. */
  public String text() throws IOException {
    try (BufferedReader r = reader()) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[1 << 14];
      int n;
      while ((n = r.read(buf)) > 0) {
        b.append(buf, 0, n);
      }
      return b.toString();
    }
  }

  private void requireFile() throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such file");
    }
    if (Files.isDirectory(path)) {
      throw new IOException(path + ": is a directory");
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
