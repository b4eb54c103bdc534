package org.vigil.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes WARC records into memory with jwarc, for tests: pages, errors, images, bombs. */
final class Warcs {
  static final Instant DATE = Instant.parse("2019-11-19T08:30:00Z");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final WarcWriter writer;

  Warcs(boolean gzip) throws IOException {
    writer = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  /** A generated news page. */
  static String page(int i) {
    return "<!doctype html><html><head><title>Report " + i + "</title></head><body><nav>Home | World</nav>"
        + "<article><h1>Attack number " + i + "</h1><p>Gunmen attacked a checkpoint in district " + i
        + " on Sunday, killing " + (i % 7 + 1) + " people, officials said.</p><p>Police said the attackers fled"
        + " on motorcycles. Nobody claimed responsibility for attack " + i + ".</p></article>"
        + "<footer>Cookies help us</footer></body></html>";
  }

  Warcs response(String url, int status, String type, byte[] body, String... headers) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      http.addHeader(headers[i], headers[i + 1]);
    }
    http.body(MediaType.parse(type), body);
    writer.write(new WarcResponse.Builder(URI.create(url)).date(DATE).body(http.build()).build());
    return this;
  }

  Warcs html(int i) throws IOException {
    return response("https://news.example/" + i, 200, "text/html; charset=utf-8",
        page(i).getBytes(StandardCharsets.UTF_8));
  }

  Warcs request(String url) throws IOException {
    HttpRequest req = new HttpRequest.Builder("GET", URI.create(url).getRawPath())
        .addHeader("Host", URI.create(url).getHost()).build();
    writer.write(new WarcRequest.Builder(URI.create(url)).date(DATE).body(req).build());
    return this;
  }

  /** A page whose gzip content encoding expands to {@code expanded} bytes. */
  Warcs bomb(String url, int expanded) throws IOException {
    ByteArrayOutputStream z = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(z)) {
      byte[] chunk = new byte[1 << 16];
      for (int n = 0; n < expanded; n += chunk.length) {
        g.write(chunk, 0, Math.min(chunk.length, expanded - n));
      }
    }
    return response(url, 200, "text/html", z.toByteArray(), "Content-Encoding", "gzip");
  }

  /** Raw bytes between records. */
  Warcs raw(byte[] bytes) throws IOException {
    out.write(bytes);
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }
}
