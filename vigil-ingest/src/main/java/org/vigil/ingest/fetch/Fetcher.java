package org.vigil.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Fetches one http(s) URL safely: the host's addresses are checked before every hop ({@link AddressPolicy}),
 * redirects are followed by hand up to {@link FetchOptions#maxRedirects()} (so each target is checked again, and a
 * redirect to another scheme is refused), a response must arrive whole within {@link FetchOptions#readTimeout()},
 * and a body larger than {@link FetchOptions#maxBytes()} is refused whether its length is declared or not (the
 * download stops there, so an endless body costs at most that much memory). Every request carries the polite
 * {@link FetchOptions#userAgent()}, and requests to one host are spaced by {@link FetchOptions#hostDelay()}. No
 * cookies, no compression. Thread-safe.
 */
public final class Fetcher {
  private final FetchOptions options;
  private final HttpClient client;
  private final Predicate<InetAddress> exempt;
  private final Pacer pacer;
  private final Map<String, Long> lastRequest = new HashMap<>();

  /** Waits; the real one sleeps. */
  interface Pacer {
    long nanoTime();

    void sleep(long nanos) throws InterruptedException;
  }

  private static final Pacer REAL = new Pacer() {
    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public void sleep(long nanos) throws InterruptedException {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }
  };

  public Fetcher(FetchOptions options) {
    this(options, a -> false, REAL);
  }

  /** A fetcher that also allows the private addresses {@code exempt} accepts, and waits with {@code pacer} (tests). */
  Fetcher(FetchOptions options, Predicate<InetAddress> exempt, Pacer pacer) {
    this.options = Objects.requireNonNull(options, "options");
    this.exempt = Objects.requireNonNull(exempt, "exempt");
    this.pacer = Objects.requireNonNull(pacer, "pacer");
    this.client = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
  }

  public FetchOptions options() {
    return options;
  }

  /** Fetches {@code url} without conditions. */
  public Fetched get(String url) throws FetchException {
    return get(url, null, null);
  }

  /**
   * Fetches {@code url}, conditionally when an ETag or Last-Modified value from an earlier fetch is given.
   *
   * @return a 2xx with its body, or a 304
   * @throws FetchException for any other end, with its reason
   */
  public Fetched get(String url, String etag, String lastModified) throws FetchException {
    URI requested = parse(url);
    URI uri = requested;
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      if (!visited.add(uri)) {
        throw new FetchException("redirect-loop", "redirected back to " + uri);
      }
      AddressPolicy.check(uri.getHost(), options.allowPrivateAddresses(), exempt);
      HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET().timeout(options.readTimeout())
          .header("User-Agent", options.userAgent())
          .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
              + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
      if (etag != null) {
        rb.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        rb.header("If-Modified-Since", lastModified);
      }
      pace(uri.getHost());
      HttpResponse<byte[]> r = send(rb.build());
      int status = r.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = r.headers().firstValue("location").orElse(null);
        if (location == null) {
          throw new FetchException("http-status", "HTTP " + status + " without Location from " + uri);
        }
        if (hop >= options.maxRedirects()) {
          throw new FetchException("too-many-redirects", "more than " + options.maxRedirects()
              + " redirects from " + requested);
        }
        try {
          uri = parse(uri.resolve(location.strip()).toString());
        } catch (IllegalArgumentException e) {
          throw new FetchException("bad-url", "bad redirect Location '" + location + "' from " + uri);
        }
        continue;
      }
      if (status != 304 && (status < 200 || status >= 300)) {
        throw new FetchException("http-status", "HTTP " + status + " from " + uri);
      }
      return new Fetched(requested, uri, status, r.headers().firstValue("content-type").orElse(null),
          r.body() == null ? new byte[0] : r.body(), r.headers().firstValue("etag").orElse(null),
          r.headers().firstValue("last-modified").orElse(null));
    }
  }

  /** Waits until {@link FetchOptions#hostDelay()} has passed since the last request to {@code host}. */
  private void pace(String host) throws FetchException {
    long delay = options.hostDelay().toNanos();
    if (delay <= 0) {
      return;
    }
    String key = host.toLowerCase(Locale.ROOT);
    long wait;
    synchronized (lastRequest) {
      long now = pacer.nanoTime();
      Long last = lastRequest.get(key);
      long at = last == null ? now : Math.max(now, last + delay);
      lastRequest.put(key, at);
      wait = at - now;
    }
    if (wait > 0) {
      try {
        pacer.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException("network-error", "interrupted");
      }
    }
  }

  private HttpResponse<byte[]> send(HttpRequest request) throws FetchException {
    CompletableFuture<HttpResponse<byte[]>> f =
        client.sendAsync(request, info -> new LimitedBody(options.maxBytes(),
            info.headers().firstValueAsLong("content-length").orElse(-1)));
    try {
      return f.get(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new FetchException("timeout", "no complete response from " + request.uri() + " within "
          + options.readTimeout().toSeconds() + " s");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException("network-error", "interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      while (c instanceof IOException && c.getCause() instanceof TooLarge) {
        c = c.getCause();
      }
      if (c instanceof TooLarge t) {
        throw new FetchException("too-large", t.getMessage() + " from " + request.uri());
      }
      if (c instanceof HttpConnectTimeoutException) {
        throw new FetchException("timeout", "no connection to " + request.uri() + " within "
            + options.connectTimeout().toSeconds() + " s");
      }
      if (c instanceof HttpTimeoutException) {
        throw new FetchException("timeout", "no response from " + request.uri() + " within "
            + options.readTimeout().toSeconds() + " s");
      }
      if (c instanceof ConnectException) {
        throw new FetchException("connect-failed", "cannot connect to " + request.uri());
      }
      throw new FetchException("network-error", c.getClass().getSimpleName() + ": " + c.getMessage());
    }
  }

  private static URI parse(String url) throws FetchException {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new FetchException("bad-url", "not a URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("bad-url", "only http and https are fetched, not " + url);
    }
    if (uri.getHost() == null) {
      throw new FetchException("bad-url", "no host in " + url);
    }
    return uri.getRawFragment() == null ? uri : URI.create(uri.toString().substring(0, uri.toString().indexOf('#')));
  }

  /** The body size limit was passed. */
  private static final class TooLarge extends IOException {
    TooLarge(String message) {
      super(message);
    }
  }

  /** Collects a body up to a limit; cancels the download and fails as soon as it is passed. */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final long declared;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    LimitedBody(long max, long declared) {
      this.max = max;
      this.declared = declared;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (declared > max) {
        s.cancel();
        result.completeExceptionally(new TooLarge("declared body of " + declared + " bytes is over the limit of "
            + max));
        return;
      }
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        if (out.size() + (long) b.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge("body over the limit of " + max + " bytes"));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
