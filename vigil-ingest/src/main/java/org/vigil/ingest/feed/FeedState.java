package org.vigil.ingest.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What was learnt about each feed, kept in a JSON file between runs: the validators of its last response (for a
 * conditional GET), the keys of the items already read, and when to poll it next. Polling backs off: a poll that
 * brings nothing new (or fails) doubles the feed's interval up to the maximum; one that brings new items resets it to
 * the base interval.
 *
 * <p>Changes stay in memory until {@link #save()}, which replaces the file atomically. A run saves after every
 * input of a poll round has been stored, so a run killed mid-round reads that round again on restart (and the
 * store recognises what it already holds), while a finished round is never read again. Not thread-safe.
 */
public final class FeedState {
  /** Keys remembered per feed; far more than any feed lists at once. */
  static final int MAX_SEEN = 10_000;

  private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  private final Path file;
  private final Duration base;
  private final Duration max;
  private final Map<String, Feed> feeds;

  /** One feed's entry in the file. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Feed {
    public String etag;
    public String lastModified;
    public long intervalSeconds;
    public String nextPoll;
    public LinkedHashSet<String> seen = new LinkedHashSet<>();
  }

  /** The file's content. */
  public static final class FileContent {
    public Map<String, Feed> feeds = new TreeMap<>();
  }

  private FeedState(Path file, Duration base, Duration max, Map<String, Feed> feeds) {
    this.file = file;
    this.base = base;
    this.max = max;
    this.feeds = feeds;
  }

  /**
   * Reads the state file, or starts empty when it does not exist.
   *
   * @param file the state file, or null to keep the state in memory only
   * @param base the poll interval after new items
   * @param max the longest interval backing off reaches
   */
  public static FeedState load(Path file, Duration base, Duration max) throws IOException {
    Objects.requireNonNull(base);
    Objects.requireNonNull(max);
    Map<String, Feed> feeds = new TreeMap<>();
    if (file != null && Files.exists(file)) {
      FileContent c = MAPPER.readValue(file.toFile(), FileContent.class);
      if (c.feeds != null) {
        feeds.putAll(c.feeds);
      }
    }
    return new FeedState(file, base, max, feeds);
  }

  /** A state kept in memory only, with a 5-minute base and a 1-hour maximum interval. */
  public static FeedState inMemory() {
    return new FeedState(null, Duration.ofMinutes(5), Duration.ofHours(1), new TreeMap<>());
  }

  /** The feeds known, in URL order. */
  public Collection<String> feeds() {
    return List.copyOf(feeds.keySet());
  }

  /** The ETag of the feed's last full response, or null. */
  public String etag(String url) {
    Feed f = feeds.get(url);
    return f == null ? null : f.etag;
  }

  /** The Last-Modified of the feed's last full response, or null. */
  public String lastModified(String url) {
    Feed f = feeds.get(url);
    return f == null ? null : f.lastModified;
  }

  /** True when the item was read by an earlier poll. */
  public boolean seen(String url, String key) {
    Feed f = feeds.get(url);
    return f != null && f.seen.contains(key);
  }

  /** Records a full (200) response's validators. */
  public void validators(String url, String etag, String lastModified) {
    Feed f = feed(url);
    f.etag = etag;
    f.lastModified = lastModified;
  }

  /** Marks an item read. */
  public void markSeen(String url, String key) {
    Feed f = feed(url);
    f.seen.remove(key);
    f.seen.add(key);
    var oldest = f.seen.iterator();
    while (f.seen.size() > MAX_SEEN) {
      oldest.next();
      oldest.remove();
    }
  }

  /** Records a poll at {@code now}: the interval resets after new items and doubles (up to the maximum) otherwise. */
  public void polled(String url, boolean newItems, Instant now) {
    Feed f = feed(url);
    long seconds = newItems || f.intervalSeconds == 0 ? base.toSeconds()
        : Math.min(max.toSeconds(), f.intervalSeconds * 2);
    f.intervalSeconds = Math.max(1, seconds);
    f.nextPoll = now.plusSeconds(f.intervalSeconds).toString();
  }

  /** The feed's current interval. */
  public Duration interval(String url) {
    Feed f = feeds.get(url);
    return f == null || f.intervalSeconds == 0 ? base : Duration.ofSeconds(f.intervalSeconds);
  }

  /** When the feed is due next (now for a feed never polled). */
  public Instant nextPoll(String url, Instant now) {
    Feed f = feeds.get(url);
    return f == null || f.nextPoll == null ? now : Instant.parse(f.nextPoll);
  }

  /** Writes the state to its file (atomically: a temporary file moved over it). */
  public void save() throws IOException {
    if (file == null) {
      return;
    }
    FileContent c = new FileContent();
    c.feeds.putAll(feeds);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), c);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private Feed feed(String url) {
    return feeds.computeIfAbsent(url, u -> new Feed());
  }
}
