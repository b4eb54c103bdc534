package org.vigil.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Fetcher} fetches.
 *
 * @param connectTimeout the longest wait for a TCP (and TLS) connection
 * @param readTimeout the longest wait for one response, from sending the request to its last body byte; a server
 *     that trickles its body slower than that is cut off
 * @param maxRedirects the most redirects followed for one fetch (each hop's address is checked again)
 * @param maxBytes bodies larger than this are refused as {@code too-large}, whether declared or streamed
 * @param userAgent the {@code User-Agent} header sent with every request
 * @param allowPrivateAddresses when false (the default), hosts that resolve to a loopback, private, link-local,
 *     unique-local, carrier-grade-NAT, multicast or unspecified address are refused before any connection is made
 * @param hostDelay the least time between two requests to the same host (a feed's items usually share one)
 */
public record FetchOptions(Duration connectTimeout, Duration readTimeout, int maxRedirects, long maxBytes,
    String userAgent, boolean allowPrivateAddresses, Duration hostDelay) {
  /** Names Vigil and says what it is for, so that a site owner reading a log knows who came. */
  public static final String USER_AGENT =
      "Vigil/0.1.0 (open-source news incident extraction; GPL-3.0-or-later; one request at a time)";

  public FetchOptions {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(hostDelay, "hostDelay");
    if (maxRedirects < 0 || maxBytes <= 0) {
      throw new IllegalArgumentException("maxRedirects must be >= 0 and maxBytes > 0");
    }
  }

  /**
   * 10 s to connect, 30 s per response, 5 redirects, 20 MiB (the cleaner's input limit), private addresses refused,
   * 1 s between requests to one host.
   */
  public static FetchOptions defaults() {
    return new FetchOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 20L << 20, USER_AGENT, false,
        Duration.ofSeconds(1));
  }

  public FetchOptions withAllowPrivateAddresses(boolean value) {
    return new FetchOptions(connectTimeout, readTimeout, maxRedirects, maxBytes, userAgent, value, hostDelay);
  }

  public FetchOptions withHostDelay(Duration value) {
    return new FetchOptions(connectTimeout, readTimeout, maxRedirects, maxBytes, userAgent, allowPrivateAddresses,
        value);
  }

  public FetchOptions withReadTimeout(Duration value) {
    return new FetchOptions(connectTimeout, value, maxRedirects, maxBytes, userAgent, allowPrivateAddresses, hostDelay);
  }

  public FetchOptions withMaxBytes(long value) {
    return new FetchOptions(connectTimeout, readTimeout, maxRedirects, value, userAgent, allowPrivateAddresses,
        hostDelay);
  }

  public FetchOptions withMaxRedirects(int value) {
    return new FetchOptions(connectTimeout, readTimeout, value, maxBytes, userAgent, allowPrivateAddresses, hostDelay);
  }
}
