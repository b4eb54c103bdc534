package org.vigil.pipeline.screen;

import java.util.Optional;

/**
 * The stories a run has let through so far: the state of the duplicate screen, kept out of the stateless
 * {@link Screener} and passed in by the caller. Implementations must be thread-safe, and
 * {@link #firstCopy} must check and record in one atomic step, so that of two copies screened at the same moment
 * exactly one passes.
 */
public interface SeenStories {
  /**
   * The first copy of the story of {@code fingerprint} seen so far, at estimated similarity at least
   * {@code minSimilarity}; if there is none, records {@code story} as the first copy and returns empty.
   */
  Optional<Match> firstCopy(StoryFingerprint fingerprint, Story story, double minSimilarity);

  /**
   * An article that was let through.
   *
   * @param id the input's id
   * @param url its URL or null
   */
  record Story(String id, String url) {
    public Story {
      java.util.Objects.requireNonNull(id);
    }

    /** "id" or "id (url)". */
    public String describe() {
      return url == null ? id : id + " (" + url + ")";
    }
  }

  /**
   * An earlier copy.
   *
   * @param first the story seen first
   * @param similarity 1 for an exact copy, else the estimated Jaccard similarity
   * @param exact true when the normalised words are the same
   */
  record Match(Story first, double similarity, boolean exact) {}

  /** A seen-set that sees nothing: every story is new (a single article, or duplicates switched off). */
  static SeenStories none() {
    return (fingerprint, story, minSimilarity) -> Optional.empty();
  }
}
