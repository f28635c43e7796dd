package dev.talksbot.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.talksbot.config.OpenSearchSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client skips a node that is down; credentials go in a header and never in a message. */
class OpenSearchHttpTest {
  HttpServer server;
  final List<String> auth = new CopyOnWriteArrayList<>();
  volatile int status = 200;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        ex -> {
          auth.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
          ex.getRequestBody().readAllBytes();
          byte[] body =
              (status == 200 ? "{\"count\":47}" : "{\"error\":\"unauthorized\"}")
                  .getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(status, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  String live() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  static String dead() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + s.getLocalPort(); // closed again: connections are refused
    }
  }

  @Test
  void aNodeThatIsDownIsSkipped() throws Exception {
    OpenSearchHttp http = new OpenSearchHttp(List.of(dead(), live()), null);
    for (int i = 0; i < 4; i++)
      assertThat(http.json("GET", "/talksbot/_count", null).path("count").asInt()).isEqualTo(47);
    assertThat(auth).hasSize(4).containsOnly("null");
  }

  @Test
  void noNodeAnsweringIsOneClearError() throws Exception {
    OpenSearchHttp http = new OpenSearchHttp(List.of(dead(), dead()), null);
    assertThatThrownBy(() -> http.json("GET", "/talksbot/_count", null))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("no OpenSearch node answered");
  }

  @Test
  void credentialsGoInABasicHeaderAndNeverIntoMessages() throws Exception {
    OpenSearchHttp http =
        new OpenSearchHttp(List.of(live()), new OpenSearchSettings.Credentials("bot", "s3cret-pw"));
    http.json("GET", "/talksbot/_count", null);
    assertThat(auth.getFirst())
        .isEqualTo(
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString("bot:s3cret-pw".getBytes(StandardCharsets.UTF_8)));
    status = 401;
    assertThatThrownBy(() -> http.json("GET", "/talksbot/_count", null))
        .hasMessageContaining("answered 401")
        .message()
        .doesNotContain("s3cret-pw");
    assertThat(http.toString()).doesNotContain("s3cret-pw");
  }
}
