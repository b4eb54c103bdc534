package org.vigil.ingest.warc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.vigil.ingest.Hashes;
import org.vigil.ingest.Input;
import org.vigil.model.RawDocument;

/**
 * The inputs of one WARC file (gzip per record, as Common Crawl writes them, or uncompressed), read lazily with jwarc.
 *
 * <ul>
 *   <li>A {@code response} record with HTTP status 200 and an HTML payload ({@code text/html},
 *       {@code application/xhtml+xml}), or a {@code resource} record of an HTML page, becomes a document: its id the
 *       {@code WARC-Record-ID}, its url the {@code WARC-Target-URI}, its date the {@code WARC-Date} (the capture
 *       date, which wins over what the page says; Common Crawl News captures pages within hours of publication), its
 *       content type and charset the HTTP ones. Chunked and gzip/deflate transfer and content encodings are
 *       undone.</li>
 *   <li>Other {@code response} and {@code resource} records (redirects, errors, images, PDFs, scripts) and
 *       {@code revisit} records are skipped with the reason {@code http-status}, {@code not-html} or
 *       {@code revisit}.</li>
 *   <li>{@code warcinfo}, {@code request}, {@code metadata} and {@code conversion} records describe captures rather
 *       than being one; they are passed over and counted in {@link #passedOver()}, not as inputs.</li>
 *   <li>A record whose payload (after decoding) is larger than {@code maxRecordBytes} is rejected as
 *       {@code too-large} after reading at most that many bytes, so a decompression bomb costs bounded memory. A
 *       record that cannot be parsed, whose gzip member is corrupt or which ends before its declared length is
 *       rejected as {@code corrupt-record} (or {@code truncated-record}); reading then resumes at the next record
 *       start found in the file ({@code WARC/1.x} line or gzip member header). A stretch of unreadable bytes
 *       between two readable records (garbage, or one or more bad records in a row) is one rejected input.</li>
 * </ul>
 * Not thread-safe.
 */
public final class WarcInputs implements Iterator<Input>, Closeable {
  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};

  private final FileChannel channel;
  private final String label;
  private final long maxRecordBytes;
  private WarcReader reader;
  private WarcCompression compression;
  private Input next;
  private boolean done;
  private boolean justResynced;
  private long passedOver;

  /**
   * @param file the WARC file
   * @param label names the file in ids of records without a record id and in messages
   * @param maxRecordBytes the largest payload read
   */
  public WarcInputs(Path file, String label, long maxRecordBytes) throws IOException {
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    this.label = label;
    this.maxRecordBytes = maxRecordBytes;
    try {
      this.reader = newReader(0);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The compressed (file) position reached, for progress. */
  public long position() {
    try {
      return channel.position();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Records that are not captures (warcinfo, request, metadata, conversion) passed over so far. */
  public long passedOver() {
    return passedOver;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      long at = reader.position();
      boolean firstAfterResync = justResynced;
      justResynced = false;
      try {
        Optional<WarcRecord> r = reader.next();
        if (r.isEmpty()) {
          done = true;
          break;
        }
        next = toInput(r.get());
        if (next != null && next.rejected() != null && next.rejected().reason().equals("truncated-record")) {
          // the record claimed bytes the file does not have: what follows is found by looking, not by length
          resync(r.get().position());
        }
      } catch (IOException | RuntimeException e) {
        // jwarc fails in next() while finishing the previous record or parsing the following one; after a resync
        // the first failure is the bad record already reported, so it is only skipped
        if (!firstAfterResync) {
          next = corrupt(at, e);
        }
        resync(at);
      }
    }
    return next != null;
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

  private Input toInput(WarcRecord record) throws IOException {
    String id = record.id() == null ? label + "@" + record.position() : record.id().toString();
    if (record instanceof WarcRevisit) {
      return Input.skipped(id, "revisit", "a revisit record: the page was captured before",
          hash("revisit", id));
    }
    if (record instanceof WarcResponse response) {
      String type = record.contentType().base().toString();
      if (!type.equals("application/http")) {
        return Input.skipped(id, "not-http", "response record of type " + type, hash("not-http", id));
      }
      HttpResponse http = response.http();
      if (http.status() != 200) {
        return Input.skipped(id, "http-status", "HTTP " + http.status() + " " + response.target(),
            hash("http-status", id));
      }
      MediaType payload = http.contentType();
      if (!isHtml(payload)) {
        return Input.skipped(id, "not-html", (payload == null ? "no content type" : payload.base().toString())
            + " " + response.target(), hash("not-html", id));
      }
      return document(id, response.target(), record, http.bodyDecoded(), payload);
    }
    if (record instanceof WarcResource resource) {
      MediaType type = record.contentType();
      if (!isHtml(type)) {
        return Input.skipped(id, "not-html", type.base() + " " + resource.target(), hash("not-html", id));
      }
      return document(id, resource.target(), record, record.body(), type);
    }
    passedOver++;
    return null;
  }

  private Input document(String id, String target, WarcRecord record, MessageBody body, MediaType type)
      throws IOException {
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
    }
    if (bytes.length > maxRecordBytes) {
      return Input.rejected(id, "too-large", "payload larger than " + maxRecordBytes + " bytes: " + target,
          hash("too-large", id));
    }
    MessageBody block = record.body();
    block.consume();
    if (block.position() < block.size()) {
      return Input.rejected(id, "truncated-record", "the record ends after " + block.position() + " of its "
          + block.size() + " bytes: " + target, hash("truncated-record", id));
    }
    LocalDate date = record.date() == null ? null : LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
    String charset = type == null ? null : type.parameters().get("charset");
    return Input.of(new RawDocument(id, bytes, type == null ? "text/html" : type.base().toString(), charset,
        target, null, date));
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private Input corrupt(long at, Exception e) {
    String id = label + "@" + at;
    String what = e instanceof java.io.EOFException || String.valueOf(e.getMessage()).contains("EOF")
        ? "truncated-record" : "corrupt-record";
    return Input.rejected(id, what, e.getClass().getSimpleName() + " in the record after byte " + at + " of "
        + label + ": " + e.getMessage(), hash(what, id));
  }

  /** Finds the next record start after {@code failedAt} and reads on from there; ends the file when there is none. */
  private void resync(long failedAt) {
    try {
      byte[] magic = compression == WarcCompression.GZIP ? GZIP_MAGIC : WARC_MAGIC;
      long found = find(magic, failedAt + 1);
      if (found < 0) {
        done = true;
        return;
      }
      reader = newReader(found);
      justResynced = true;
    } catch (IOException | RuntimeException e) {
      done = true;
    }
  }

  private WarcReader newReader(long position) throws IOException {
    channel.position(position);
    WarcReader r = new WarcReader(channel);
    if (compression == null) {
      compression = r.compression();
    }
    return r;
  }

  private long find(byte[] magic, long from) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    long pos = from;
    long size = channel.size();
    while (pos < size) {
      buf.clear();
      int n = channel.read(buf, pos);
      if (n <= 0) {
        return -1;
      }
      byte[] a = buf.array();
      for (int i = 0; i + magic.length <= n; i++) {
        if (matches(a, i, magic) && (magic != WARC_MAGIC || pos + i == 0 || (i > 0 && a[i - 1] == '\n'))) {
          return pos + i;
        }
      }
      if (n < magic.length) {
        return -1;
      }
      pos += n - magic.length + 1;
    }
    return -1;
  }

  private static boolean matches(byte[] a, int i, byte[] magic) {
    for (int k = 0; k < magic.length; k++) {
      if (a[i + k] != magic[k]) {
        return false;
      }
    }
    return true;
  }

  private String hash(String what, String id) {
    return Hashes.sha256((what + "\n" + label + "\n" + id).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
