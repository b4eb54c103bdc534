package org.vigil.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStateTest {
  private static final String FEED = "https://n.example/rss";
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir
  Path dir;

  @Test
  void quietPollsBackOffByDoublingUpToTheMaximumAndNewItemsResetTheInterval() throws Exception {
    FeedState s = FeedState.load(null, Duration.ofSeconds(60), Duration.ofSeconds(300));
    assertThat(s.nextPoll(FEED, T0)).isEqualTo(T0);
    s.polled(FEED, true, T0);
    assertThat(s.interval(FEED)).hasSeconds(60);
    s.polled(FEED, false, T0);
    assertThat(s.interval(FEED)).hasSeconds(120);
    s.polled(FEED, false, T0);
    s.polled(FEED, false, T0);
    assertThat(s.interval(FEED)).hasSeconds(300);
    assertThat(s.nextPoll(FEED, T0)).isEqualTo(T0.plusSeconds(300));
    s.polled(FEED, true, T0);
    assertThat(s.interval(FEED)).hasSeconds(60);
  }

  @Test
  void validatorsSeenItemsAndScheduleSurviveASaveAndLoad() throws Exception {
    Path file = dir.resolve("state/feeds.json");
    FeedState s = FeedState.load(file, Duration.ofSeconds(60), Duration.ofSeconds(300));
    s.validators(FEED, "\"e1\"", "Tue, 19 Nov 2019 08:00:00 GMT");
    s.markSeen(FEED, "g1");
    s.polled(FEED, true, T0);
    s.save();
    FeedState again = FeedState.load(file, Duration.ofSeconds(60), Duration.ofSeconds(300));
    assertThat(again.feeds()).containsExactly(FEED);
    assertThat(again.etag(FEED)).isEqualTo("\"e1\"");
    assertThat(again.lastModified(FEED)).isEqualTo("Tue, 19 Nov 2019 08:00:00 GMT");
    assertThat(again.seen(FEED, "g1")).isTrue();
    assertThat(again.seen(FEED, "g2")).isFalse();
    assertThat(again.nextPoll(FEED, T0)).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void theSeenListIsBounded() {
    FeedState s = FeedState.inMemory();
    for (int i = 0; i < FeedState.MAX_SEEN + 5; i++) {
      s.markSeen(FEED, "k" + i);
    }
    assertThat(s.seen(FEED, "k0")).isFalse();
    assertThat(s.seen(FEED, "k" + (FeedState.MAX_SEEN + 4))).isTrue();
  }
}
