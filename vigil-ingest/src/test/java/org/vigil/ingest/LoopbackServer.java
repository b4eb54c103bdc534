package org.vigil.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real HTTP server on 127.0.0.1 and a free port, for fetch and feed tests; records the requests it answered. */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  public final List<String> requests = new CopyOnWriteArrayList<>();

  public LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "loopback-http");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  /** Serves {@code path} with {@code handler}; each request is recorded as "METHOD path If-None-Match". */
  public LoopbackServer on(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
          + exchange.getRequestHeaders().getFirst("If-None-Match"));
      handler.handle(exchange);
    });
    return this;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Sends a whole body with a status and content type. */
  public static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    if (type != null) {
      ex.getResponseHeaders().set("Content-Type", type);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      ex.getResponseBody().write(body);
    }
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
