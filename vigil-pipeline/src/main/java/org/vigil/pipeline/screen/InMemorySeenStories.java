package org.vigil.pipeline.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link SeenStories} in memory, for one batch: an exact-key map plus an LSH index of band keys. Thread-safe (one
 * lock; a look-up costs microseconds next to CoreNLP's seconds). Memory: about 1 KB per story.
 */
public final class InMemorySeenStories implements SeenStories {
  private final Map<String, Story> exact = new HashMap<>();
  private final Map<Long, List<Entry>> bands = new HashMap<>();

  @Override
  public synchronized Optional<Match> firstCopy(StoryFingerprint fingerprint, Story story, double minSimilarity) {
    Story same = exact.get(fingerprint.exactKey());
    if (same != null) {
      return Optional.of(new Match(same, 1, true));
    }
    long[] keys = fingerprint.bandKeys();
    Entry best = null;
    double bestSimilarity = 0;
    for (long k : keys) {
      for (Entry e : bands.getOrDefault(k, List.of())) {
        double s = fingerprint.similarity(e.fingerprint());
        // the earliest story wins a tie, so the pointer is to the first copy
        boolean better = best == null || s > bestSimilarity || (s == bestSimilarity && e.order() < best.order());
        if (s >= minSimilarity && better) {
          best = e;
          bestSimilarity = s;
        }
      }
    }
    if (best != null) {
      return Optional.of(new Match(best.story(), bestSimilarity, false));
    }
    exact.put(fingerprint.exactKey(), story);
    Entry entry = new Entry(story, fingerprint, exact.size());
    for (long k : keys) {
      bands.computeIfAbsent(k, x -> new ArrayList<>(1)).add(entry);
    }
    return Optional.empty();
  }

  /** Stories recorded so far. */
  public synchronized int size() {
    return exact.size();
  }

  private record Entry(Story story, StoryFingerprint fingerprint, int order) {}
}
