package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.feed.FeedState;
import org.vigil.ingest.fetch.FetchOptions;
import org.vigil.ingest.fetch.Fetcher;

class SourcesFeedTest {
  @TempDir
  Path dir;

  private LoopbackServer server;
  /** How many items the feed lists (the newest first); the ETag changes with it. */
  private final AtomicInteger items = new AtomicInteger(3);
  private volatile boolean validators = true;
  private final Fetcher fetcher = new Fetcher(FetchOptions.defaults().withAllowPrivateAddresses(true)
      .withHostDelay(Duration.ZERO));

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer()
        .on("/rss", ex -> {
          String etag = "\"v" + items.get() + "\"";
          if (validators && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            LoopbackServer.send(ex, 304, null, new byte[0]);
            return;
          }
          if (validators) {
            ex.getResponseHeaders().set("ETag", etag);
          }
          LoopbackServer.send(ex, 200, "application/rss+xml; charset=utf-8", feed(items.get()));
        })
        .on("/plain-xml", ex -> LoopbackServer.send(ex, 200, "text/xml", feed(1)))
        .on("/article/", ex -> LoopbackServer.send(ex, 200, "text/html; charset=utf-8",
            ("<html><body><article><p>Story " + ex.getRequestURI().getPath() + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8)))
        .on("/page", ex -> LoopbackServer.send(ex, 200, "text/html", "<p>a page</p>".getBytes()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private byte[] feed(int n) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Loopback news</title>");
    for (int i = n; i >= 1; i--) {
      b.append("<item><guid isPermaLink=\"false\">item-").append(i).append("</guid><title>Item ").append(i)
          .append("</title>");
      if (i == 2) {
        b.append("<description>&lt;p&gt;Only the feed has this story&lt;/p&gt;</description>");
      } else {
        b.append("<link>").append(server.url("/article/" + i)).append("</link>");
      }
      b.append("<pubDate>Tue, 19 Nov 2019 08:00:00 GMT</pubDate></item>");
    }
    return b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private List<Input> poll(FeedState state, String source) throws Exception {
    List<Input> out = new ArrayList<>();
    try (Sources s = new Sources(List.of(source), new ByteArrayInputStream(new byte[0]), fetcher, state,
        Clock.systemUTC())) {
      s.forEachRemaining(out::add);
      assertThat(s.feeds()).containsKey(server.url("/rss"));
    }
    return out;
  }

  private static List<String> ids(List<Input> in) {
    return in.stream().map(Input::id).toList();
  }

  @Test
  void aFeedPolledTwiceGivesItsNewItemsExactlyOnceAlsoAfterARestart() throws Exception {
    Path file = dir.resolve("feeds.json");
    FeedState state = FeedState.load(file, Duration.ofSeconds(60), Duration.ofSeconds(600));
    List<Input> first = poll(state, server.url("/rss"));
    assertThat(ids(first)).containsExactly(server.url("/article/3"), server.url("/rss") + "#item-2",
        server.url("/article/1"));
    Input article = first.get(0);
    assertThat(article.doc().title()).isEqualTo("Item 3");
    assertThat(article.doc().published()).hasToString("2019-11-19");
    assertThat(article.doc().contentType()).isEqualTo("text/html");
    assertThat(new String(article.doc().bytes(), StandardCharsets.UTF_8)).contains("Story /article/3");
    assertThat(new String(first.get(1).doc().bytes(), StandardCharsets.UTF_8))
        .isEqualTo("<p>Only the feed has this story</p>");
    state.save();

    assertThat(poll(state, server.url("/rss"))).isEmpty();
    assertThat(server.requests).contains("GET /rss \"v3\"");

    items.set(5);
    assertThat(ids(poll(state, server.url("/rss")))).containsExactly(server.url("/article/5"),
        server.url("/article/4"));
    state.save();

    // a restart: a new state read from the file, and a server that ignores validators from now on
    validators = false;
    FeedState restarted = FeedState.load(file, Duration.ofSeconds(60), Duration.ofSeconds(600));
    assertThat(poll(restarted, server.url("/rss"))).isEmpty();
    items.set(6);
    assertThat(ids(poll(restarted, "feed:" + server.url("/rss")))).containsExactly(server.url("/article/6"));
    assertThat(server.requests.stream().filter(r -> r.startsWith("GET /article/"))).hasSize(5);
  }

  @Test
  void aUrlIsAPageOrAFeedByWhatComesBackAndFailuresAreRejections() throws Exception {
    List<Input> in = new ArrayList<>();
    FeedState state = FeedState.inMemory();
    try (Sources s = new Sources(List.of(server.url("/page"), server.url("/plain-xml"), server.url("/nothing"),
        "feed:" + server.url("/page"), "http://127.0.0.1:1/"), new ByteArrayInputStream(new byte[0]),
        fetcher, state, Clock.systemUTC())) {
      s.forEachRemaining(in::add);
    }
    assertThat(in).hasSize(5);
    assertThat(in.get(0).doc().url()).isEqualTo(server.url("/page"));
    assertThat(in.get(1).id()).isEqualTo(server.url("/article/1"));
    assertThat(in.get(2).rejected().reason()).isEqualTo("http-status");
    assertThat(in.get(3).rejected().reason()).isEqualTo("malformed-feed");
    assertThat(in.get(4).rejected().reason()).isEqualTo("connect-failed");
    assertThat(in).allSatisfy(i -> assertThat(i.hash()).hasSize(64));
  }

  @Test
  void withoutPermissionLoopbackFeedsAreRefused() throws Exception {
    List<Input> in = new ArrayList<>();
    try (Sources s = new Sources(List.of("feed:" + server.url("/rss")), new ByteArrayInputStream(new byte[0]),
        new Fetcher(FetchOptions.defaults()), FeedState.inMemory(), Clock.systemUTC())) {
      s.forEachRemaining(in::add);
    }
    assertThat(in).singleElement().satisfies(i -> assertThat(i.rejected().reason()).isEqualTo("blocked-address"));
    assertThat(server.requests).isEmpty();
  }
}
