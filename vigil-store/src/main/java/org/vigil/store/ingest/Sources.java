package org.vigil.store.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.Stage;

/**
 * The inputs of {@code vigil run SOURCE…}, read lazily and always in the same order (so that a restarted run meets
 * them in the order the killed one did):
 * <ul>
 *   <li>a file ending in {@code .jsonl}, {@code .ndjson} or {@code .jsonl.gz} (gzip is recognised by its bytes): one
 *       document per line, {@code {id | doc_id, text | html, published | dct, url, title}};</li>
 *   <li>any other file: one document (HTML for {@code .html}/{@code .htm}, plain text for {@code .txt}, sniffed by the
 *       cleaner otherwise), its id the path as given;</li>
 *   <li>a directory: its files, recursively, in path order, hidden files skipped;</li>
 *   <li>{@code -}: standard input, read as JSON lines when its first non-blank character is <code>{</code>, else as
 *       one document with the id {@code stdin}.</li>
 * </ul>
 * A file that cannot be read or is larger than {@link #MAX_BYTES} becomes a rejected input. Not thread-safe.
 */
public final class Sources implements Iterator<Input>, Closeable {
  /** Larger files are rejected without being read. */
  public static final long MAX_BYTES = 50L << 20;

  private final Deque<String> pending;
  private final InputStream stdin;
  private final ObjectMapper mapper = JsonMapper.builder().build();
  private BufferedReader lines;
  private String linesSource;
  private int lineNo;
  private Input next;

  /**
   * @param sources the SOURCE arguments, in order
   * @param stdin what {@code -} reads
   */
  public Sources(List<String> sources, InputStream stdin) {
    this.pending = new ArrayDeque<>(sources);
    this.stdin = stdin;
  }

  /** The sources that do not exist, for a usage error before anything is read. */
  public static List<String> missing(List<String> sources) {
    List<String> out = new ArrayList<>();
    for (String s : sources) {
      if (!s.equals("-") && !Files.exists(Path.of(s))) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public boolean hasNext() {
    try {
      while (next == null) {
        if (lines != null) {
          String line = lines.readLine();
          if (line == null) {
            lines.close();
            lines = null;
            continue;
          }
          lineNo++;
          if (!line.isBlank()) {
            next = JsonLine.parse(mapper, line, linesSource, lineNo);
          }
          continue;
        }
        if (pending.isEmpty()) {
          return false;
        }
        open(pending.removeFirst());
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Input n = next;
    next = null;
    return n;
  }

  private void open(String source) throws IOException {
    if (source.equals("-")) {
      BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
      in.mark(4096);
      byte[] head = in.readNBytes(4096);
      in.reset();
      if (firstNonBlank(head) == '{') {
        startLines(in, "stdin");
      } else {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        next = bytes.length > MAX_BYTES ? tooLarge("stdin", Hashes.sha256(bytes))
            : document("stdin", bytes, null);
      }
      return;
    }
    Path p = Path.of(source);
    if (Files.isDirectory(p)) {
      List<String> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(Files::isRegularFile).filter(f -> !hidden(p.relativize(f)))
            .map(Path::toString).sorted().forEach(files::add);
      }
      for (int i = files.size() - 1; i >= 0; i--) {
        pending.addFirst(files.get(i));
      }
      return;
    }
    String name = p.getFileName() == null ? source : p.getFileName().toString().toLowerCase();
    try {
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz")) {
        startLines(Files.newInputStream(p), source);
        return;
      }
      long size = Files.size(p);
      if (size > MAX_BYTES) {
        next = tooLarge(source, Hashes.sha256((source + "\n" + size + "\n" + Files.getLastModifiedTime(p))
            .getBytes(StandardCharsets.UTF_8)));
        return;
      }
      byte[] bytes = Files.readAllBytes(p);
      String type = name.endsWith(".html") || name.endsWith(".htm") ? "text/html"
          : name.endsWith(".txt") ? "text/plain" : null;
      next = document(source, bytes, type);
    } catch (IOException e) {
      String hash = Hashes.sha256(("unreadable\n" + source).getBytes(StandardCharsets.UTF_8));
      next = new Input(null, new Outcome.Rejected(source, Stage.INGEST, "unreadable",
          e.getClass().getSimpleName() + ": " + e.getMessage(), hash), hash);
    }
  }

  private void startLines(InputStream raw, String source) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    linesSource = source;
    lineNo = 0;
  }

  private static Input document(String id, byte[] bytes, String type) {
    return new Input(new RawDocument(id, bytes, type, null, null, null, null), null, Hashes.sha256(bytes));
  }

  private static Input tooLarge(String id, String hash) {
    return new Input(null, new Outcome.Rejected(id, Stage.INGEST, "too-large",
        "larger than " + MAX_BYTES + " bytes", hash), hash);
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static int firstNonBlank(byte[] head) {
    for (byte b : head) {
      if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return b;
      }
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    if (lines != null) {
      lines.close();
    }
  }
}
