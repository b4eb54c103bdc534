package org.vigil.ingest.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * A response that ended a fetch: a 2xx with its body, or a 304 (not modified) without one.
 *
 * @param requested the URI asked for
 * @param finalUri the URI that answered, after redirects
 * @param status the HTTP status (2xx or 304)
 * @param contentType the {@code Content-Type} header, or null
 * @param body the body (empty for 304), never null
 * @param etag the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 */
public record Fetched(URI requested, URI finalUri, int status, String contentType, byte[] body, String etag,
    String lastModified) {
  public Fetched {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(finalUri, "finalUri");
    Objects.requireNonNull(body, "body");
  }

  /** True for a 304: the conditional request found nothing new. */
  public boolean notModified() {
    return status == 304;
  }

  /** The {@code charset} parameter of the content type, or null. */
  public String charset() {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        return p.substring(8).replace("\"", "").strip();
      }
    }
    return null;
  }

  /** The media type without parameters, lower case, or null. */
  public String mediaType() {
    if (contentType == null) {
      return null;
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(java.util.Locale.ROOT);
  }
}
