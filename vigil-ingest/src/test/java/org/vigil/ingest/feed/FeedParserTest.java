package org.vigil.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {
  private final FeedParser parser = new FeedParser();

  @TempDir
  Path dir;

  @Test
  void rssAndAtomItemsComeWithKeyLinkTitleDateAndContent() throws Exception {
    List<FeedItem> rss = parser.parse(("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>N</title>"
        + "<item><guid>g1</guid><title>Attack</title><link>https://n.example/1</link>"
        + "<pubDate>Tue, 19 Nov 2019 08:00:00 GMT</pubDate><description>&lt;p&gt;Gunmen&lt;/p&gt;</description>"
        + "</item><item><title>No link</title><description>Body only</description></item></channel></rss>")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(rss).hasSize(2);
    assertThat(rss.get(0)).isEqualTo(new FeedItem("g1", "https://n.example/1", "Attack",
        java.time.LocalDate.parse("2019-11-19"), "<p>Gunmen</p>"));
    assertThat(rss.get(1).link()).isNull();
    assertThat(rss.get(1).key()).startsWith("sha256:");
    List<FeedItem> atom = parser.parse(("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>"
        + "<entry><id>tag:a,2019:1</id><title>Blast</title><link href=\"https://a.example/1\"/>"
        + "<updated>2019-11-20T10:00:00Z</updated><content type=\"html\">&lt;p&gt;x&lt;/p&gt;</content></entry>"
        + "</feed>").getBytes(StandardCharsets.UTF_8));
    assertThat(atom).containsExactly(new FeedItem("tag:a,2019:1", "https://a.example/1", "Blast",
        java.time.LocalDate.parse("2019-11-20"), "<p>x</p>"));
  }

  @Test
  void externalEntitiesAndEntityBombsAreImpossible() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rss version=\"2.0\"><channel><title>&x;</title><item><title>&x;</title><link>http://e/1</link>"
        + "</item></channel></rss>";
    assertThatThrownBy(() -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FeedParser.BadFeed.class).hasMessageNotContaining("TOP-SECRET-VALUE")
        .extracting(e -> ((FeedParser.BadFeed) e).reason()).isEqualTo("feed-doctype");
    String lol = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;"
        + "&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
        + "<rss version=\"2.0\"><channel><title>&lol3;</title></channel></rss>";
    assertThatThrownBy(() -> parser.parse(lol.getBytes(StandardCharsets.UTF_8)))
        .extracting(e -> ((FeedParser.BadFeed) e).reason()).isEqualTo("feed-doctype");
    // UTF-16 hides the DOCTYPE from the byte check; ROME's parser must refuse it all the same
    assertThatThrownBy(() -> parser.parse(xxe.replace("<?xml version=\"1.0\"?>",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>").getBytes(StandardCharsets.UTF_16)))
        .isInstanceOf(FeedParser.BadFeed.class).hasMessageNotContaining("TOP-SECRET-VALUE")
        .extracting(e -> ((FeedParser.BadFeed) e).reason()).isEqualTo("malformed-feed");
  }

  @Test
  void whatIsNotAFeedIsMalformed() {
    for (String bad : new String[] {"", "<html><body>page</body></html>", "<rss><channel>", "\u0000\u0001"}) {
      assertThatThrownBy(() -> parser.parse(bad.getBytes(StandardCharsets.UTF_8))).as(bad)
          .extracting(e -> ((FeedParser.BadFeed) e).reason()).isEqualTo("malformed-feed");
    }
    assertThat(FeedParser.looksLikeFeed("<?xml version='1.0'?>\n<!-- c --><rss version='2.0'>".getBytes()))
        .isTrue();
    assertThat(FeedParser.looksLikeFeed("<!doctype html><html>".getBytes())).isFalse();
  }
}
