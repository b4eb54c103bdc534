package org.vigil.store;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The canonical form of an article URL, used to recognise an article already stored: scheme and host lower-cased,
 * {@code www.} and default ports dropped, a web-archive prefix ({@code web.archive.org/web/<timestamp>/}) removed,
 * the fragment and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, …) dropped, and a trailing
 * slash removed. {@code http} and {@code https} are the same article. Stateless.
 */
public final class CanonicalUrl {
  private static final Pattern ARCHIVE = Pattern.compile(
      "^(?i)https?://(web\\.)?archive\\.org/web/[0-9]{1,14}[a-z_]*/");
  private static final Pattern TRACKING = Pattern.compile(
      "(?i)^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|cmpid|ocid|icid|ns_[a-z]+|at_[a-z]+|_ga|ref|rss|s_cid)$");

  private CanonicalUrl() {}

  /** The canonical URL, or null when {@code url} is null, blank or not an absolute http(s) URL. */
  public static String of(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip();
    for (int i = 0; i < 3; i++) {
      String unwrapped = ARCHIVE.matcher(u).replaceFirst("");
      if (unwrapped.equals(u)) {
        break;
      }
      u = unwrapped.contains("://") ? unwrapped : "http://" + unwrapped;
    }
    URI uri;
    try {
      uri = URI.create(u.replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return null;
    }
    String scheme = uri.getScheme();
    String host = uri.getHost();
    if (scheme == null || host == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    int port = uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    List<String> kept = new ArrayList<>();
    if (uri.getRawQuery() != null) {
      for (String kv : uri.getRawQuery().split("&")) {
        String k = kv.contains("=") ? kv.substring(0, kv.indexOf('=')) : kv;
        if (!k.isEmpty() && !TRACKING.matcher(k).matches()) {
          kept.add(kv);
        }
      }
    }
    StringBuilder b = new StringBuilder("http://").append(host);
    if (port > 0 && port != 80 && port != 443) {
      b.append(':').append(port);
    }
    b.append(path);
    if (!kept.isEmpty()) {
      b.append('?').append(String.join("&", kept));
    }
    return b.toString();
  }
}
