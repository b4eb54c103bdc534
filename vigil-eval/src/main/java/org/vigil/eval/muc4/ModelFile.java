package org.vigil.eval.muc4;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The file form of the small MUC-4 models: gzip-compressed UTF-8 TSV, one row per line, a first comment line (starting
 * with #) that says how the file was made. Bundled copies are class-path resources next to this class.
 */
final class ModelFile {
  private ModelFile() {}

  /** The rows of a bundled model. */
  static List<String[]> bundled(String resource) {
    try (InputStream in = ModelFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return rows(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a model file. */
  static List<String[]> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return rows(in);
    }
  }

  private static List<String[]> rows(InputStream gz) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t"));
        }
      }
    }
    return out;
  }

  /** Writes the comment line and the rows (each already tab-separated). */
  static void write(OutputStream out, String comment, Iterable<String> rows) throws IOException {
    try (PrintWriter w = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      w.print("# " + comment.replace('\n', ' ') + "\n");
      for (String row : rows) {
        w.print(row + "\n");
      }
    }
  }
}
