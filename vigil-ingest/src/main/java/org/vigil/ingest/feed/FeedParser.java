package org.vigil.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigil.ingest.Hashes;
import org.xml.sax.InputSource;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with ROME. XML external entities are impossible: a document with a
 * {@code <!DOCTYPE} is refused before it reaches a parser (ROME is also told not to allow one, which makes its SAX
 * parser reject DOCTYPE declarations), so neither external entities (file or network reads) nor entity expansion
 * bombs can happen. Stateless and thread-safe.
 */
public final class FeedParser {
  private static final Pattern DOCTYPE = Pattern.compile("(?i)<!DOCTYPE");
  private static final Pattern ROOT = Pattern.compile("(?is)^\\s*(?:<\\?xml[^>]*>\\s*)?"
      + "(?:<!--.*?-->\\s*|<\\?.*?\\?>\\s*)*<(?:rss|feed|rdf:RDF)\\b");

  /** A feed that cannot be read; the reason is {@code feed-doctype} or {@code malformed-feed}. */
  public static final class BadFeed extends Exception {
    private final String reason;

    public BadFeed(String reason, String message) {
      super(message);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  /** True when the bytes start like an RSS, RDF or Atom document (used to tell a feed URL from a page URL). */
  public static boolean looksLikeFeed(byte[] bytes) {
    int n = Math.min(bytes.length, 2048);
    String head = new String(bytes, 0, n, StandardCharsets.UTF_8);
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    return ROOT.matcher(head).find();
  }

  /** Parses a feed into its items, in the feed's order. */
  public List<FeedItem> parse(byte[] bytes) throws BadFeed {
    if (DOCTYPE.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()) {
      throw new BadFeed("feed-doctype", "the feed has a DOCTYPE declaration; these are refused (XML entities)");
    }
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(false);
      feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | RuntimeException e) {
      throw new BadFeed("malformed-feed", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = blankToNull(e.getLink());
      if (link == null && !e.getLinks().isEmpty()) {
        link = blankToNull(e.getLinks().get(0).getHref());
      }
      String title = blankToNull(e.getTitle());
      String content = null;
      for (SyndContent c : e.getContents()) {
        if (c != null && blankToNull(c.getValue()) != null) {
          content = c.getValue();
          break;
        }
      }
      if (content == null && e.getDescription() != null) {
        content = blankToNull(e.getDescription().getValue());
      }
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      LocalDate published = date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
      String key = blankToNull(e.getUri());
      if (key == null) {
        key = link;
      }
      if (key == null) {
        key = "sha256:" + Hashes.sha256((title + "\n" + content).getBytes(StandardCharsets.UTF_8));
      }
      items.add(new FeedItem(key, link, title, published, content));
    }
    return items;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The media types servers give feeds. */
  public static boolean isFeedType(String mediaType) {
    if (mediaType == null) {
      return false;
    }
    String t = mediaType.toLowerCase(Locale.ROOT);
    return t.equals("application/rss+xml") || t.equals("application/atom+xml") || t.equals("application/rdf+xml");
  }
}
