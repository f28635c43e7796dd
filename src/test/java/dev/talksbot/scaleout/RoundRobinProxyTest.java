package dev.talksbot.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The test balancer itself, against small upstream servers on 127.0.0.1: turns, what is forwarded
 * (path, query, secret header, body), passing over a refused or failing upstream, trying again a
 * connection the upstream dropped, and 502.
 */
class RoundRobinProxyTest {
  record Seen(String target, String secret, String body) {}

  final List<HttpServer> upstreams = new ArrayList<>();
  final HttpClient http = HttpClient.newHttpClient();

  /** An upstream that records what it got and answers {@code status} with its name. */
  int upstream(String name, int status, List<Seen> seen) throws Exception {
    HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    s.createContext(
        "/",
        ex -> {
          try (ex) {
            String target = ex.getRequestURI().toString();
            seen.add(
                new Seen(
                    target,
                    ex.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"),
                    new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] b = name.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
          }
        });
    s.start();
    upstreams.add(s);
    return s.getAddress().getPort();
  }

  /** A port nothing listens on (connections are refused). */
  static int closedPort() throws Exception {
    return ScaleOutCluster.freePort();
  }

  HttpResponse<String> post(RoundRobinProxy p, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(p.url() + "/telegram?x=1"))
            .header("X-Telegram-Bot-Api-Secret-Token", "s3cret")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @AfterEach
  void stop() {
    upstreams.forEach(s -> s.stop(0));
  }

  @Test
  void takesTurnsAndForwardsPathHeadersAndBody() throws Exception {
    List<Seen> a = new CopyOnWriteArrayList<>();
    List<Seen> b = new CopyOnWriteArrayList<>();
    try (RoundRobinProxy p =
        new RoundRobinProxy(List.of(upstream("a", 200, a), upstream("b", 200, b)))) {
      List<String> answeredBy = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        HttpResponse<String> r = post(p, "{\"n\":" + i + "}");
        assertThat(r.statusCode()).isEqualTo(200);
        answeredBy.add(
            r.body() + r.headers().firstValue(RoundRobinProxy.UPSTREAM_HEADER).orElse("?"));
      }
      assertThat(answeredBy).containsExactly("a0", "b1", "a0", "b1");
      assertThat(a).extracting(Seen::body).containsExactly("{\"n\":0}", "{\"n\":2}");
      assertThat(b).extracting(Seen::target).containsOnly("/telegram?x=1");
      assertThat(b).extracting(Seen::secret).containsOnly("s3cret");
      assertThat(p.forwarded()).containsExactly(2, 2);
      assertThat(p.failures()).containsExactly(0, 0);
    }
  }

  @Test
  void passesOverARefusedOrFailingUpstreamAndSays502WhenNoneAnswers() throws Exception {
    List<Seen> live = new CopyOnWriteArrayList<>();
    List<Seen> failing = new CopyOnWriteArrayList<>();
    int dead = closedPort();
    try (RoundRobinProxy p =
        new RoundRobinProxy(
            List.of(dead, upstream("live", 200, live), upstream("bad", 500, failing)))) {
      for (int i = 0; i < 6; i++) {
        HttpResponse<String> r = post(p, "u" + i);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("live");
      }
      assertThat(live).hasSize(6);
      assertThat(p.forwarded()).containsExactly(0, 6, 0);
      assertThat(p.failures()[0]).isPositive();
      assertThat(p.failures()[2]).isPositive();

      p.enable(1, false); // only the dead and the failing one left
      HttpResponse<String> r = post(p, "none");
      assertThat(r.statusCode()).isEqualTo(502);
      assertThat(p.noneAnswered()).isEqualTo(1);
      assertThat(live).hasSize(6);
    }
  }

  /**
   * An upstream on a raw socket that closes the first {@code drops} connections as soon as it has
   * read a request's head (as a server does to a kept-alive connection that idled out just as it
   * was reused) and answers 200 "ok" on the next; counts the connections it accepted.
   */
  static Thread dropping(ServerSocket socket, int drops, AtomicInteger accepted) {
    return Thread.ofVirtual()
        .start(
            () -> {
              while (!socket.isClosed()) {
                try (Socket c = socket.accept()) {
                  int n = accepted.incrementAndGet();
                  BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(c.getInputStream(), StandardCharsets.ISO_8859_1));
                  int length = 0;
                  for (String line = in.readLine(); line != null && !line.isEmpty(); ) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                      length = Integer.parseInt(line.substring(15).trim());
                    }
                    line = in.readLine();
                  }
                  if (n <= drops) continue; // closed without a word
                  for (int i = 0; i < length; i++) in.read();
                  c.getOutputStream()
                      .write(
                          "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                              .getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                  // socket closed at the end of the test
                }
              }
            });
  }

  @Test
  void aConnectionTheUpstreamDropsIsTriedAgainBeforeTheUpstreamCountsAsFailed() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      AtomicInteger accepted = new AtomicInteger();
      dropping(socket, RoundRobinProxy.DROPPED_RETRIES, accepted);
      try (RoundRobinProxy p = new RoundRobinProxy(List.of(socket.getLocalPort()))) {
        HttpResponse<String> r = post(p, "{\"update_id\":1}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("ok");
        assertThat(accepted.get()).isEqualTo(RoundRobinProxy.DROPPED_RETRIES + 1);
        assertThat(p.failures()).containsExactly(0);
        assertThat(p.forwarded()).containsExactly(1);
      }
    }
  }

  @Test
  void anUpstreamThatDropsEveryTryCountsAsFailed() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      AtomicInteger accepted = new AtomicInteger();
      dropping(socket, Integer.MAX_VALUE, accepted);
      try (RoundRobinProxy p = new RoundRobinProxy(List.of(socket.getLocalPort()))) {
        assertThat(post(p, "x").statusCode()).isEqualTo(502);
        assertThat(accepted.get()).isEqualTo(RoundRobinProxy.DROPPED_RETRIES + 1);
        assertThat(p.failures()).containsExactly(1);
      }
    }
  }

  @Test
  void refusesAnEmptyUpstreamList() {
    assertThatThrownBy(() -> new RoundRobinProxy(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one upstream");
    assertThatThrownBy(() -> new RoundRobinProxy(List.of(0))).hasMessageContaining("not a port: 0");
  }
}
