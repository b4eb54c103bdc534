package org.vigil.ingest.fetch;

/**
 * A fetch that did not give a usable body. The reason is one of {@code bad-url}, {@code blocked-address},
 * {@code unknown-host}, {@code connect-failed}, {@code timeout}, {@code too-large}, {@code too-many-redirects},
 * {@code redirect-loop}, {@code http-status} or {@code network-error}; the message says more.
 */
public final class FetchException extends Exception {
  private final String reason;

  public FetchException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** A short, stable reason, recorded as the rejection's reason. */
  public String reason() {
    return reason;
  }
}
