package org.vigil.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.LoopbackServer;

class FetcherTest {
  private LoopbackServer server;
  private final CountDownLatch release = new CountDownLatch(1);
  private final Fetcher fetcher = new Fetcher(FetchOptions.defaults().withAllowPrivateAddresses(true)
      .withHostDelay(Duration.ZERO)
      .withMaxBytes(64 * 1024).withReadTimeout(Duration.ofMillis(500)).withMaxRedirects(3));

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer()
        .on("/page", ex -> {
          assertThat(ex.getRequestHeaders().getFirst("User-Agent")).contains("Vigil");
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          LoopbackServer.send(ex, 200, "text/html; charset=ISO-8859-1", "<p>caf\u00e9</p>".getBytes(
              StandardCharsets.ISO_8859_1));
        })
        .on("/loop", ex -> {
          ex.getResponseHeaders().set("Location", "/loop2");
          LoopbackServer.send(ex, 302, null, new byte[0]);
        })
        .on("/loop2", ex -> {
          ex.getResponseHeaders().set("Location", "/loop");
          LoopbackServer.send(ex, 301, null, new byte[0]);
        })
        .on("/hop", ex -> {
          int n = Integer.parseInt(ex.getRequestURI().getQuery());
          ex.getResponseHeaders().set("Location", n == 0 ? "/page" : "/hop?" + (n - 1));
          LoopbackServer.send(ex, 302, null, new byte[0]);
        })
        .on("/to-metadata", ex -> {
          ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
          LoopbackServer.send(ex, 302, null, new byte[0]);
        })
        .on("/to-file", ex -> {
          ex.getResponseHeaders().set("Location", "file:///etc/passwd");
          LoopbackServer.send(ex, 302, null, new byte[0]);
        })
        .on("/big-declared", ex -> LoopbackServer.send(ex, 200, "text/html", new byte[100 * 1024]))
        .on("/big-streamed", ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          try (OutputStream o = ex.getResponseBody()) {
            byte[] chunk = new byte[8192];
            for (int i = 0; i < 1000; i++) {
              o.write(chunk);
            }
          } catch (java.io.IOException e) {
            // the client hung up, as it should
          }
        })
        .on("/slow", ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          ex.getResponseBody().write("<p>first bytes".getBytes(StandardCharsets.US_ASCII));
          ex.getResponseBody().flush();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.close();
        })
        .on("/gone", ex -> LoopbackServer.send(ex, 404, "text/html", "<p>no</p>".getBytes()))
        .on("/cond", ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            LoopbackServer.send(ex, 304, null, new byte[0]);
          } else {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Tue, 19 Nov 2019 08:00:00 GMT");
            LoopbackServer.send(ex, 200, "application/rss+xml", "<rss/>".getBytes());
          }
        });
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.close();
  }

  @Test
  void aPageComesWithItsTypeCharsetAndValidators() throws Exception {
    Fetched f = fetcher.get(server.url("/page"));
    assertThat(f.status()).isEqualTo(200);
    assertThat(f.mediaType()).isEqualTo("text/html");
    assertThat(f.charset()).isEqualTo("ISO-8859-1");
    assertThat(f.etag()).isEqualTo("\"v1\"");
    assertThat(new String(f.body(), StandardCharsets.ISO_8859_1)).isEqualTo("<p>caf\u00e9</p>");
  }

  @Test
  void redirectsAreFollowedUpToTheLimitAndLoopsAreCaught() throws Exception {
    Fetched f = fetcher.get(server.url("/hop?2"));
    assertThat(f.finalUri().getPath()).isEqualTo("/page");
    assertThat(f.requested().getQuery()).isEqualTo("2");
    assertThatThrownBy(() -> fetcher.get(server.url("/hop?5"))).isInstanceOf(FetchException.class)
        .extracting(e -> ((FetchException) e).reason()).isEqualTo("too-many-redirects");
    assertThatThrownBy(() -> fetcher.get(server.url("/loop"))).extracting(e -> ((FetchException) e).reason())
        .isEqualTo("redirect-loop");
  }

  @Test
  void eachRedirectHopIsCheckedAgain() {
    Fetcher strict = new Fetcher(FetchOptions.defaults());
    assertThatThrownBy(() -> strict.get(server.url("/page"))).extracting(e -> ((FetchException) e).reason())
        .isEqualTo("blocked-address");
    // 127.0.0.1 alone is exempt: the redirect to the link-local metadata address is refused at its hop
    Fetcher loopbackOnly = new Fetcher(FetchOptions.defaults().withHostDelay(Duration.ZERO),
        InetAddress::isLoopbackAddress, new FakePacer());
    assertThatThrownBy(() -> loopbackOnly.get(server.url("/to-metadata")))
        .extracting(e -> ((FetchException) e).reason(), e -> e.getMessage())
        .containsExactly("blocked-address", "169.254.169.254 resolves to 169.254.169.254, a private, loopback or "
            + "link-local address (use --allow-private-addresses to fetch it)");
    assertThatThrownBy(() -> fetcher.get(server.url("/to-file"))).extracting(e -> ((FetchException) e).reason())
        .isEqualTo("bad-url");
  }

  @Test
  void privateLoopbackLinkLocalAndSimilarAddressesAreRefusedUnlessAllowed() throws Exception {
    for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "224.0.0.1"}) {
      assertThat(AddressPolicy.isPrivate(addr(a))).as(a).isTrue();
    }
    for (String a : new String[] {"8.8.8.8", "93.184.216.34", "2606:4700::1111"}) {
      assertThat(AddressPolicy.isPrivate(addr(a))).as(a).isFalse();
    }
    Fetcher strict = new Fetcher(FetchOptions.defaults());
    for (String url : new String[] {"http://127.0.0.1:9/", "http://[::1]:9/", "http://169.254.169.254/",
        "http://10.0.0.1/", "http://localhost:9/"}) {
      assertThatThrownBy(() -> strict.get(url)).as(url).extracting(e -> ((FetchException) e).reason())
          .isEqualTo("blocked-address");
    }
  }

  @Test
  void bodiesOverTheLimitAreRefusedWhetherDeclaredOrStreamed() {
    assertThatThrownBy(() -> fetcher.get(server.url("/big-declared"))).extracting(e -> ((FetchException) e)
        .reason()).isEqualTo("too-large");
    assertThatThrownBy(() -> fetcher.get(server.url("/big-streamed"))).extracting(e -> ((FetchException) e)
        .reason()).isEqualTo("too-large");
  }

  @Test
  void aServerThatStallsIsCutOffAtTheReadTimeout() {
    assertThatThrownBy(() -> fetcher.get(server.url("/slow"))).extracting(e -> ((FetchException) e).reason())
        .isEqualTo("timeout");
  }

  @Test
  void errorsAndBadUrlsHaveTheirReasons() {
    assertThatThrownBy(() -> fetcher.get(server.url("/gone"))).extracting(e -> ((FetchException) e).reason())
        .isEqualTo("http-status");
    assertThatThrownBy(() -> fetcher.get("ftp://example.org/x")).extracting(e -> ((FetchException) e).reason())
        .isEqualTo("bad-url");
    assertThatThrownBy(() -> fetcher.get("http://exa mple.org/")).extracting(e -> ((FetchException) e).reason())
        .isEqualTo("bad-url");
  }

  @Test
  void aConditionalGetWithTheEtagGetsA304() throws Exception {
    Fetched first = fetcher.get(server.url("/cond"));
    assertThat(first.notModified()).isFalse();
    Fetched second = fetcher.get(server.url("/cond"), first.etag(), first.lastModified());
    assertThat(second.notModified()).isTrue();
    assertThat(second.body()).isEmpty();
  }

  @Test
  void requestsToOneHostAreSpacedByTheHostDelay() throws Exception {
    FakePacer pacer = new FakePacer();
    Fetcher paced = new Fetcher(FetchOptions.defaults().withHostDelay(Duration.ofSeconds(1)), a -> true, pacer);
    paced.get(server.url("/page"));
    paced.get(server.url("/page"));
    paced.get(server.url("/hop?1"));
    paced.get(server.url("/page").replace("127.0.0.1", "localhost"));
    // the redirect hops count as requests; another host name waits for nothing
    assertThat(pacer.sleeps).containsExactly(1_000_000_000L, 1_000_000_000L, 1_000_000_000L, 1_000_000_000L);
  }

  /** A clock that only moves when asked to sleep. */
  private static final class FakePacer implements Fetcher.Pacer {
    long now;
    final java.util.List<Long> sleeps = new java.util.ArrayList<>();

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleep(long nanos) {
      sleeps.add(nanos);
      now += nanos;
    }
  }

  private static InetAddress addr(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
