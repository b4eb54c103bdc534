package org.vigil.store.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** vigil run over feeds and WARC archives, for real (with the fake extractor): the counts add up across runs. */
class RunSourcesTest {
  @TempDir
  Path dir;

  private HttpServer server;
  private final AtomicInteger items = new AtomicInteger(3);

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/rss", ex -> {
      StringBuilder b = new StringBuilder("<rss version=\"2.0\"><channel><title>N</title>");
      for (int i = items.get(); i >= 1; i--) {
        b.append("<item><guid isPermaLink=\"false\">").append(i).append("</guid><title>Item ").append(i)
            .append("</title><link>").append(url("/a/" + i)).append("</link></item>");
      }
      byte[] body = b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.createContext("/a/", ex -> {
      byte[] body = ("<html><body><p>Story " + ex.getRequestURI().getPath() + "</p></body></html>")
          .getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void aFeedRunTwiceAndAgainAfterNewItemsReadsEachItemOnce() throws Exception {
    String db = dir.resolve("vigil.db").toString();
    String state = dir.resolve("feeds.json").toString();
    String[] args = {"run", url("/rss"), "--db", db, "--feed-state", state, "--allow-private-addresses"};
    StoreCommandsTest.Result first = StoreCommandsTest.run(args);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("3 read · 3 extracted · 0 skipped · 0 rejected");
    assertThat(Files.readString(Path.of(state))).contains(url("/rss"));
    StoreCommandsTest.Result second = StoreCommandsTest.run(args);
    assertThat(second.err()).contains("0 read · 0 extracted");
    items.set(4);
    StoreCommandsTest.Result third = StoreCommandsTest.run(args);
    assertThat(third.err()).contains("1 read · 1 extracted · 0 skipped · 0 rejected");
    StoreCommandsTest.Result refused = StoreCommandsTest.run("run", "feed:" + url("/rss"), "--db", db,
        "--feed-state", dir.resolve("other.json").toString());
    assertThat(refused.err()).contains("1 read · 0 extracted · 0 skipped · 1 rejected");
  }

  @Test
  void aWarcRunCountsPagesSkipsAndRejections() throws Exception {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      for (int i = 0; i < 3; i++) {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8,
            ("<p>page " + i + "</p>").getBytes(StandardCharsets.UTF_8)).build();
        w.write(new WarcResponse.Builder(URI.create("https://n.example/" + i)).date(Instant.EPOCH).body(http)
            .build());
      }
      HttpResponse gone = new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML_UTF8, new byte[0]).build();
      w.write(new WarcResponse.Builder(URI.create("https://n.example/gone")).date(Instant.EPOCH).body(gone).build());
    }
    Files.write(warc, "trailing garbage".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
    StoreCommandsTest.Result r = StoreCommandsTest.run("run", warc.toString(), "--db",
        dir.resolve("w.db").toString(), "--progress", "lines");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("5 read · 3 extracted · 1 skipped · 1 rejected");
    assertThat(StoreCommandsTest.run("run", warc.toString(), "--db", dir.resolve("w.db").toString(),
        "--progress", "sideways").code()).isEqualTo(2);
  }
}
