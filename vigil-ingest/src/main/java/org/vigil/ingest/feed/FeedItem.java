package org.vigil.ingest.feed;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One item of a feed.
 *
 * @param key what identifies the item across polls: its guid (RSS) or id (Atom), else its link, else a hash of its
 *     title and content; never null
 * @param link the article's URL, or null when the item has none
 * @param title the item's title, or null
 * @param published the item's publication (or update) date, or null
 * @param content the item's own HTML (content, else description), or null
 */
public record FeedItem(String key, String link, String title, LocalDate published, String content) {
  public FeedItem {
    Objects.requireNonNull(key, "key");
  }
}
