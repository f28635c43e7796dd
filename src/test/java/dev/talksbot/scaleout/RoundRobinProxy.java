package dev.talksbot.scaleout;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A small round-robin load balancer for the scale-out tests, on 127.0.0.1 only: each request
 * (method, path and query, headers including the webhook's secret header, body) goes to the next
 * upstream in turn; when that one refuses the connection, times out or answers 5xx, the next one is
 * tried (a balancer's passive health check), and when none answers the client gets 502. A
 * connection the upstream closed or reset just as it was reused (it idled out there: the webhook
 * server closes idle connections after a few seconds) is tried again on a fresh one, up to {@value
 * #DROPPED_RETRIES} times, before the upstream counts as failed; the bot drops an update it already
 * has, so a delivery sent twice is answered once. The answer carries {@value #UPSTREAM_HEADER} with
 * the index of the upstream that gave it. It counts what it sent where.
 */
public final class RoundRobinProxy implements AutoCloseable {
  /** Response header naming the upstream (its index) that answered. */
  public static final String UPSTREAM_HEADER = "X-Upstream";

  /** How long connecting to an upstream may take before the next is tried. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

  /**
   * How long one upstream may take to answer. A webhook acknowledges at once; generous because the
   * test machine is shared by several builds.
   */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** Further tries at the same upstream after a connection it closed or reset under a request. */
  static final int DROPPED_RETRIES = 2;

  /** Headers the JDK client sets itself (or refuses): not copied. */
  private static final Set<String> HOP_HEADERS =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "keep-alive");

  private final List<Integer> ports;
  private final AtomicReferenceArray<Boolean> enabled;
  private final AtomicLongArray forwarded;
  private final AtomicLongArray failures;
  private final AtomicLong noneAnswered = new AtomicLong();
  private final AtomicInteger next = new AtomicInteger();
  private final HttpServer server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(CONNECT_TIMEOUT)
          .executor(threads)
          .build();

  /** Starts the proxy in front of these upstream ports on 127.0.0.1 (all enabled). */
  public RoundRobinProxy(List<Integer> upstreamPorts) throws IOException {
    if (upstreamPorts == null || upstreamPorts.isEmpty()) {
      throw new IllegalArgumentException("the proxy needs at least one upstream port");
    }
    for (int p : upstreamPorts) {
      if (p < 1 || p > 65535) throw new IllegalArgumentException("not a port: " + p);
    }
    this.ports = List.copyOf(upstreamPorts);
    int n = ports.size();
    enabled = new AtomicReferenceArray<>(n);
    for (int i = 0; i < n; i++) enabled.set(i, true);
    forwarded = new AtomicLongArray(n);
    failures = new AtomicLongArray(n);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The base URL of the proxy, e.g. {@code http://127.0.0.1:40123}. */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /** Takes an upstream out of (or back into) the rotation, as an operator draining it would. */
  public void enable(int upstream, boolean on) {
    enabled.set(upstream, on);
  }

  /** Requests answered by each upstream (index order). */
  public long[] forwarded() {
    long[] out = new long[ports.size()];
    for (int i = 0; i < out.length; i++) out[i] = forwarded.get(i);
    return out;
  }

  /** Attempts that failed at each upstream (refused, timed out or 5xx) and went to the next. */
  public long[] failures() {
    long[] out = new long[ports.size()];
    for (int i = 0; i < out.length; i++) out[i] = failures.get(i);
    return out;
  }

  /** Requests no upstream answered (the client got 502). */
  public long noneAnswered() {
    return noneAnswered.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      String target = ex.getRequestURI().getRawPath();
      if (ex.getRequestURI().getRawQuery() != null) {
        target += "?" + ex.getRequestURI().getRawQuery();
      }
      int n = ports.size();
      int start = Math.floorMod(next.getAndIncrement(), n);
      for (int k = 0; k < n; k++) {
        int i = (start + k) % n;
        if (!enabled.get(i)) continue;
        HttpResponse<byte[]> r = forward(i, ex, target, body);
        if (r == null || r.statusCode() >= 500) {
          failures.incrementAndGet(i);
          continue;
        }
        forwarded.incrementAndGet(i);
        r.headers()
            .firstValue("Content-Type")
            .ifPresent(v -> ex.getResponseHeaders().set("Content-Type", v));
        r.headers()
            .firstValue("Retry-After")
            .ifPresent(v -> ex.getResponseHeaders().set("Retry-After", v));
        ex.getResponseHeaders().set(UPSTREAM_HEADER, Integer.toString(i));
        reply(ex, r.statusCode(), r.body());
        return;
      }
      noneAnswered.incrementAndGet();
      reply(ex, 502, "no upstream answered".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /**
   * One upstream's answer; null when it refused the connection, did not answer in time, or dropped
   * the connection on every try.
   */
  private HttpResponse<byte[]> forward(int upstream, HttpExchange ex, String target, byte[] body) {
    for (int tries = 0; ; tries++) {
      try {
        return client.send(
            request(upstream, ex, target, body), HttpResponse.BodyHandlers.ofByteArray());
      } catch (ConnectException | HttpTimeoutException e) {
        return null; // refused or too slow: try the next one
      } catch (IOException e) {
        if (tries >= DROPPED_RETRIES) return null; // closed or reset under the request: again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  private HttpRequest request(int upstream, HttpExchange ex, String target, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(upstream) + target))
            .timeout(REQUEST_TIMEOUT)
            .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
      if (HOP_HEADERS.contains(h.getKey().toLowerCase(Locale.ROOT))) continue;
      for (String v : h.getValue()) b.header(h.getKey(), v);
    }
    return b.build();
  }

  private static void reply(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) ex.getResponseBody().write(body);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
    client.shutdownNow();
  }
}
