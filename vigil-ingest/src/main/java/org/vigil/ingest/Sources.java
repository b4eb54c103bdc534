package org.vigil.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.vigil.ingest.feed.FeedItem;
import org.vigil.ingest.feed.FeedParser;
import org.vigil.ingest.feed.FeedState;
import org.vigil.ingest.fetch.FetchException;
import org.vigil.ingest.fetch.FetchOptions;
import org.vigil.ingest.fetch.Fetched;
import org.vigil.ingest.fetch.Fetcher;
import org.vigil.ingest.warc.WarcInputs;
import org.vigil.model.RawDocument;

/**
 * The inputs of {@code vigil run SOURCE…} and {@code vigil extract}, read lazily and always in the same order (so
 * that a restarted run meets them in the order the killed one did):
 * <ul>
 *   <li>a file ending in {@code .jsonl}, {@code .ndjson} or {@code .jsonl.gz} (gzip is recognised by its bytes): one
 *       document per line, {@code {id | doc_id, text | html, published | dct, url, title}};</li>
 *   <li>a file ending in {@code .warc} or {@code .warc.gz}: one input per captured page ({@link WarcInputs});</li>
 *   <li>any other file: one document (HTML for {@code .html}/{@code .htm}, plain text for {@code .txt}, sniffed by the
 *       cleaner otherwise), its id the path as given;</li>
 *   <li>a directory: its files, recursively, in path order, hidden files skipped;</li>
 *   <li>an {@code http://} or {@code https://} URL: fetched with the {@link Fetcher}; when the answer is an RSS or
 *       Atom feed (by its content type or its first element) it is read as a feed, otherwise it is one page, its id
 *       the URL as given and its url where redirects ended;</li>
 *   <li>{@code feed:URL}: the URL read as a feed whatever it looks like. A feed is fetched conditionally (ETag,
 *       Last-Modified) with the validators kept in the {@link FeedState}; each item not read before becomes an input:
 *       its link fetched as the article page (with the item's title and date), or, without a link, the item's own
 *       content;</li>
 *   <li>{@code jsonl:PATH}: the file read as JSON lines whatever its name;</li>
 *   <li>{@code -}: standard input, read as JSON lines when its first non-blank character is <code>{</code>, else as
 *       one document with the id {@code stdin}.</li>
 * </ul>
 * Whatever fails — a file that cannot be read or is larger than {@link #MAX_BYTES}, a fetch (with the
 * {@link org.vigil.ingest.fetch.FetchException} reason), a feed that does not parse — becomes a rejected input at
 * stage INGEST, so the counts of a run add up. Not thread-safe.
 */
public final class Sources implements Iterator<Input>, Closeable {
  /** Larger files are rejected without being read. */
  public static final long MAX_BYTES = 50L << 20;

  /** The prefix that makes a URL SOURCE a feed whatever it looks like. */
  public static final String FEED_PREFIX = "feed:";

  /** The prefix that makes a file SOURCE a JSON-lines batch whatever its name. */
  public static final String JSONL_PREFIX = "jsonl:";

  private static final FeedParser FEEDS = new FeedParser();

  private final Deque<String> pending;
  private final InputStream stdin;
  private final Fetcher fetcher;
  private final FeedState feedState;
  private final Clock clock;
  private final Map<String, String> feedSources = new LinkedHashMap<>();
  private final Deque<FeedItem> feedItems = new ArrayDeque<>();
  private final long bytesTotal;
  private long bytesDone;
  private String feedUrl;
  private WarcInputs warc;
  private long warcPosition;
  private CountingStream counted;
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
    this(sources, stdin, new Fetcher(FetchOptions.defaults()), FeedState.inMemory(), Clock.systemUTC());
  }

  /**
   * @param sources the SOURCE arguments, in order
   * @param stdin what {@code -} reads
   * @param fetcher fetches URLs, feeds and their items
   * @param feedState the feeds' validators, items read and schedule; updated in memory, saved by the caller once
   *     the inputs read are stored
   * @param clock the time polls are recorded at
   */
  public Sources(List<String> sources, InputStream stdin, Fetcher fetcher, FeedState feedState, Clock clock) {
    this.pending = new ArrayDeque<>(sources);
    this.stdin = stdin;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.feedState = Objects.requireNonNull(feedState, "feedState");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.bytesTotal = totalBytes(sources);
  }

  /** True for a SOURCE that is fetched rather than read from disk. */
  public static boolean isUrl(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://") || s.startsWith(FEED_PREFIX);
  }

  /**
   * The feeds met so far, as the SOURCE that named them ({@code feed:URL} or the URL), keyed by feed URL: a
   * following run polls these again.
   */
  public Map<String, String> feeds() {
    return Map.copyOf(feedSources);
  }

  /** Bytes of the local files (after compression) read so far, for progress. */
  public long bytesDone() {
    return bytesDone + (counted == null ? 0 : counted.count) + (warc == null ? 0 : warc.position() - warcPosition);
  }

  /** Bytes of all local files among the sources, or -1 when a source has no known size (stdin, a URL). */
  public long bytesTotal() {
    return bytesTotal;
  }

  /** The sources that do not exist, for a usage error before anything is read. */
  public static List<String> missing(List<String> sources) {
    List<String> out = new ArrayList<>();
    for (String s : sources) {
      if (!s.equals("-") && !isUrl(s) && !Files.exists(Path.of(withoutJsonl(s)))) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public boolean hasNext() {
    try {
      while (next == null) {
        if (warc != null) {
          if (warc.hasNext()) {
            next = warc.next();
          } else {
            bytesDone += warc.position() - warcPosition;
            warc.close();
            warc = null;
          }
          continue;
        }
        if (!feedItems.isEmpty()) {
          next = item(feedItems.removeFirst());
          continue;
        }
        if (lines != null) {
          String line;
          try {
            line = lines.readLine();
          } catch (IOException e) {
            // a corrupt or cut gzip stream: the rest of the file is lost, the run goes on
            String id = linesSource + ":" + (lineNo + 1);
            next = Input.rejected(id, "unreadable", "after line " + lineNo + ": " + e.getClass().getSimpleName()
                + ": " + e.getMessage(), idHash("unreadable", id));
            line = null;
          }
          if (line == null) {
            lines.close();
            lines = null;
            if (counted != null) {
              bytesDone += counted.count;
              counted = null;
            }
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
    if (isUrl(source)) {
      openUrl(source);
      return;
    }
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
    if (source.startsWith(JSONL_PREFIX)) {
      try {
        counted = new CountingStream(Files.newInputStream(Path.of(withoutJsonl(source))));
        startLines(counted, withoutJsonl(source));
      } catch (IOException e) {
        next = Input.rejected(source, "unreadable", e.getClass().getSimpleName() + ": " + e.getMessage(),
            idHash("unreadable", source));
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
        counted = new CountingStream(Files.newInputStream(p));
        startLines(counted, source);
        return;
      }
      if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
        warc = new WarcInputs(p, source, MAX_BYTES);
        warcPosition = warc.position();
        return;
      }
      long size = Files.size(p);
      bytesDone += size;
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
      next = Input.rejected(source, "unreadable", e.getClass().getSimpleName() + ": " + e.getMessage(),
          idHash("unreadable", source));
    }
  }

  private void openUrl(String source) {
    boolean forced = source.regionMatches(true, 0, FEED_PREFIX, 0, FEED_PREFIX.length());
    String url = forced ? source.substring(FEED_PREFIX.length()) : source;
    boolean knownFeed = feedState.feeds().contains(url);
    Fetched f;
    try {
      f = fetcher.get(url, feedState.etag(url), feedState.lastModified(url));
    } catch (FetchException e) {
      if (forced || knownFeed) {
        feedSources.put(url, source);
        feedState.polled(url, false, clock.instant());
      }
      next = Input.rejected(source, e.reason(), e.getMessage(), idHash("fetch", source));
      return;
    }
    if (f.notModified()) {
      feedSources.put(url, source);
      feedState.polled(url, false, clock.instant());
      return;
    }
    if (!forced && !FeedParser.isFeedType(f.mediaType()) && !FeedParser.looksLikeFeed(f.body())) {
      next = Input.of(new RawDocument(source, f.body(), f.mediaType(), f.charset(), f.finalUri().toString(), null,
          null));
      return;
    }
    feedSources.put(url, source);
    List<FeedItem> items;
    try {
      items = FEEDS.parse(f.body());
    } catch (FeedParser.BadFeed e) {
      feedState.polled(url, false, clock.instant());
      next = Input.rejected(source, e.reason(), e.getMessage(), Hashes.sha256(f.body()));
      return;
    }
    feedState.validators(url, f.etag(), f.lastModified());
    int fresh = 0;
    for (FeedItem item : items) {
      if (!feedState.seen(url, item.key())) {
        feedItems.addLast(item);
        fresh++;
      }
    }
    feedState.polled(url, fresh > 0, clock.instant());
    feedUrl = url;
  }

  /** One feed item: its linked page, or its own content when it has no link. */
  private Input item(FeedItem item) {
    feedState.markSeen(feedUrl, item.key());
    String link = absolute(feedUrl, item.link());
    if (link == null) {
      String id = feedUrl + "#" + item.key();
      if (item.content() == null) {
        return Input.rejected(id, "no-content", "the feed item has neither a link nor content",
            idHash("no-content", id));
      }
      return Input.of(RawDocument.ofText(id, item.content(), "text/html", null, item.title(), item.published()));
    }
    try {
      Fetched page = fetcher.get(link);
      return Input.of(new RawDocument(link, page.body(), page.mediaType(), page.charset(),
          page.finalUri().toString(), item.title(), item.published()));
    } catch (FetchException e) {
      return Input.rejected(link, e.reason(), e.getMessage(), idHash("fetch", link));
    }
  }

  /** The item's link resolved against the feed's URL, or null when it is missing or not an http(s) URL. */
  private static String absolute(String base, String link) {
    if (link == null) {
      return null;
    }
    try {
      String resolved = java.net.URI.create(base).resolve(link.strip()).toString();
      return isUrl(resolved) && !resolved.startsWith(FEED_PREFIX) ? resolved : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String withoutJsonl(String source) {
    return source.startsWith(JSONL_PREFIX) ? source.substring(JSONL_PREFIX.length()) : source;
  }

  private static String idHash(String what, String id) {
    return Hashes.sha256((what + "\n" + id).getBytes(StandardCharsets.UTF_8));
  }

  private static long totalBytes(List<String> sources) {
    long total = 0;
    for (String s : sources) {
      if (s.equals("-") || isUrl(s)) {
        return -1;
      }
      Path p = Path.of(withoutJsonl(s));
      try {
        if (Files.isDirectory(p)) {
          try (Stream<Path> walk = Files.walk(p)) {
            total += walk.filter(Files::isRegularFile).filter(f -> !hidden(p.relativize(f))).mapToLong(f -> {
              try {
                return Files.size(f);
              } catch (IOException e) {
                return 0;
              }
            }).sum();
          }
        } else if (Files.exists(p)) {
          total += Files.size(p);
        }
      } catch (IOException | UncheckedIOException e) {
        return -1;
      }
    }
    return total;
  }

  /** Counts the bytes read through it, for progress. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
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
    return Input.of(new RawDocument(id, bytes, type, null, null, null, null));
  }

  private static Input tooLarge(String id, String hash) {
    return Input.rejected(id, "too-large", "larger than " + MAX_BYTES + " bytes", hash);
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
    if (warc != null) {
      warc.close();
    }
  }
}
