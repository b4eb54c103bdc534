package org.vigil.store.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.pipeline.screen.SeenStories;
import org.vigil.pipeline.screen.StoryFingerprint;
import org.vigil.store.TestDatabases;
import org.vigil.store.db.Database;
import org.vigil.store.db.Dialect;

class StoredSeenStoriesTest {
  @TempDir
  Path dir;

  private static final String STORY = ("Gunmen attacked a police checkpoint on the main road north of the provincial "
      + "capital early on Tuesday, killing four officers and wounding six others, a regional security official "
      + "said. The attackers arrived in two pickup trucks shortly before dawn and opened fire on the post with "
      + "rifles and grenades before fleeing into the hills. ").repeat(4);

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aRestartedRunStillSeesTheStoriesOfTheRunBefore(Dialect dialect) throws Exception {
    Database db = TestDatabases.fresh(dialect, dir);
    db.migrate();
    StoryFingerprint fp = StoryFingerprint.of("Attack", STORY);
    StoryFingerprint edited = StoryFingerprint.of("Attack", "Four officers were killed. " + STORY);
    try (Connection c = db.connect()) {
      StoredSeenStories seen = StoredSeenStories.open(c);
      assertThat(seen.firstCopy(fp, new SeenStories.Story("a1", "https://example.org/a1"), 0.5)).isEmpty();
      seen.flush(c);
      c.commit();
    }
    try (Connection c = db.connect()) {
      StoredSeenStories seen = StoredSeenStories.open(c);
      assertThat(seen.size()).isEqualTo(1);
      var m = seen.firstCopy(edited, new SeenStories.Story("b7", null), 0.5);
      assertThat(m).isPresent();
      assertThat(m.get().first()).isEqualTo(new SeenStories.Story("a1", "https://example.org/a1"));
      assertThat(m.get().exact()).isFalse();
      // the first copy itself, screened again after a restart, is not its own duplicate
      assertThat(seen.firstCopy(fp, new SeenStories.Story("a1", "https://example.org/a1"), 0.5)).isEmpty();
      assertThat(seen.size()).isEqualTo(1);
    }
  }
}
