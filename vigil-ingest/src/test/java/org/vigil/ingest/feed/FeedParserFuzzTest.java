package org.vigil.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Any bytes as a feed: parsing ends in items or in the documented {@link FeedParser.BadFeed} (reason
 * {@code feed-doctype} or {@code malformed-feed}), never in another exception. Runs the committed seeds under
 * {@code FeedParserFuzzTestInputs/} during {@code mvn verify}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class FeedParserFuzzTest {
  private final FeedParser parser = new FeedParser();

  @FuzzTest(maxDuration = "30s")
  void anyBytesParseOrAreRejected(byte[] bytes) {
    try {
      List<FeedItem> items = parser.parse(bytes);
      assertThat(items).allSatisfy(i -> assertThat(i.key()).isNotBlank());
    } catch (FeedParser.BadFeed e) {
      assertThat(e.reason()).isIn("feed-doctype", "malformed-feed");
    }
  }
}
