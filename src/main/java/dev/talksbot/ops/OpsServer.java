package dev.talksbot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint of {@code serve} (JDK HTTP server, its own port): {@code GET /healthz},
 * {@code GET /readyz} and {@code GET /metrics}.
 */
public final class OpsServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

  /** Prometheus text exposition format. */
  static final String PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  /** Connections waiting to be accepted. */
  private static final int BACKLOG = 16;

  /** Seconds a stop waits for requests in flight. */
  private static final int STOP_SECONDS = 1;

  private final HttpServer server;
  private final ExecutorService executor;

  private OpsServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Listens on host:port (port 0 picks a free one, for tests). */
  public static OpsServer start(
      String host, int port, Readiness readiness, PrometheusMetrics metrics) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), BACKLOG);
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "ops-http");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext(
        "/healthz",
        ex ->
            respond(
                ex,
                readiness.alive() ? Optional.empty() : Optional.of("not receiving updates"),
                "text/plain; charset=utf-8"));
    server.createContext(
        "/readyz", ex -> respond(ex, readiness.notReady(), "text/plain; charset=utf-8"));
    server.createContext(
        "/metrics",
        ex -> {
          if (!get(ex)) return;
          send(ex, 200, metrics.scrape(), PROMETHEUS_TYPE);
        });
    server.start();
    log.info("ops endpoint on http://{}:{}/", host, server.getAddress().getPort());
    return new OpsServer(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void respond(HttpExchange ex, Optional<String> problem, String type)
      throws IOException {
    if (!get(ex)) return;
    if (problem.isEmpty()) send(ex, 200, "ok\n", type);
    else send(ex, 503, problem.get() + "\n", type);
  }

  /** Only GET (and HEAD) on the exact path; anything else is 404/405. */
  private static boolean get(HttpExchange ex) throws IOException {
    if (!ex.getRequestURI().getPath().equals(ex.getHttpContext().getPath())) {
      send(ex, 404, "not found\n", "text/plain; charset=utf-8");
      return false;
    }
    String m = ex.getRequestMethod();
    if (!m.equals("GET") && !m.equals("HEAD")) {
      ex.getResponseHeaders().set("Allow", "GET, HEAD");
      send(ex, 405, "use GET\n", "text/plain; charset=utf-8");
      return false;
    }
    return true;
  }

  private static void send(HttpExchange ex, int status, String body, String type)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      if (!head) out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(STOP_SECONDS);
    executor.shutdownNow();
  }
}
