package dev.talksbot.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.ChildProcesses;
import dev.talksbot.TestCorpus;
import dev.talksbot.db.PostgresTarget;
import dev.talksbot.db.TestPostgres;
import dev.talksbot.telegram.FakeBotApi;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code serve} processes in webhook mode, each with its own data dir and Lucene index, on one
 * real PostgreSQL database, answering through one fake Bot API — what a load balancer in front of
 * two instances sees: both answer; an article ingested through one is answered from by the other;
 * an update delivered to both (a balancer's retry) is answered once.
 */
class TwoServersProcessTest {
  static final String TOKEN = "123456:two-servers-test-token";
  static final String SECRET = "two-servers-secret";

  @TempDir Path dir;
  final HttpClient http = HttpClient.newHttpClient();

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  Path config(String name, int port, PostgresTarget db) throws Exception {
    Path f = dir.resolve(name + ".yaml");
    Files.writeString(
        f,
        "telegram:\n  mode: webhook\n  webhook:\n    host: 127.0.0.1\n    port: "
            + port
            + "\nstorage:\n  kind: postgres\n  url: \""
            + db.url()
            + "\"\n  user: "
            + db.user()
            + "\n");
    return f;
  }

  int post(int port, long updateId, long chat, String text) throws Exception {
    String body =
        "{\"update_id\":"
            + updateId
            + ",\"message\":{\"message_id\":"
            + updateId
            + ",\"date\":1,\"chat\":{\"id\":"
            + chat
            + ",\"type\":\"private\"},\"from\":{\"id\":"
            + chat
            + ",\"is_bot\":false,\"first_name\":\"A\"},\"text\":\""
            + text
            + "\"}}";
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram"))
            .timeout(Duration.ofSeconds(20))
            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void twoInstancesShareTheStateAndEachUpdateIsAnsweredOnce() throws Exception {
    PostgresTarget db = TestPostgres.freshDatabase();
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestCorpus.corpusDir().resolve("001_03bb27ef92224f2d.txt"), corpus.resolve("a.txt"));
    int portA = freePort();
    int portB = freePort();
    try (FakeBotApi api = new FakeBotApi(TOKEN);
        ChildProcesses a = new ChildProcesses(dir, dir.resolve("a"), corpus);
        ChildProcesses b = new ChildProcesses(dir, dir.resolve("b"), corpus)) {
      Map<String, String> common =
          Map.of(
              "TALKSBOT_TELEGRAM_API_URL", api.url(),
              "TELEGRAM_BOT_TOKEN", TOKEN,
              "TELEGRAM_WEBHOOK_SECRET", SECRET);
      Map<String, String> envA = new java.util.HashMap<>(common);
      envA.put("TALKSBOT_CONFIG", config("a", portA, db).toString());
      Map<String, String> envB = new java.util.HashMap<>(common);
      envB.put("TALKSBOT_CONFIG", config("b", portB, db).toString());
      a.awaitServing(a.start(envA, "serveA", "serve"), "serveA");
      b.awaitServing(b.start(envB, "serveB", "serve"), "serveB");

      // the balancer sends one chat's question to A, another's to B: both answer
      assertThat(post(portA, 1, 11, "Who leads the Ukrainian delegation?")).isEqualTo(200);
      assertThat(post(portB, 2, 12, "Who leads the Ukrainian delegation?")).isEqualTo(200);
      assertThat(api.awaitSent(11, 1).getFirst().text()).contains("[1]");
      assertThat(api.awaitSent(12, 1).getFirst().text()).contains("[1]");

      // an article ingested through A (the CLI hands it to a server) is answered from by B
      ChildProcesses.Run ingest =
          a.finish(
              a.start(
                  Map.of("TALKSBOT_CONFIG", envA.get("TALKSBOT_CONFIG")),
                  "ingest",
                  "ingest",
                  Path.of("src/test/resources/alerts/grain-corridor.txt")
                      .toAbsolutePath()
                      .toString()),
              "ingest");
      assertThat(ingest.code()).as(ingest.err()).isZero();
      assertThat(ingest.err()).contains("handed to the running server");
      Thread.sleep(1500); // B's index follower looks every 200 ms
      assertThat(post(portB, 3, 13, "How much are war-risk premiums for a single voyage?"))
          .isEqualTo(200);
      assertThat(api.awaitSent(13, 1).getFirst().text()).contains("Aegean Maritime Review");

      // one update delivered to both (a balancer retrying): answered once
      assertThat(post(portA, 4, 14, "Who leads the Russian delegation?")).isEqualTo(200);
      assertThat(post(portB, 4, 14, "Who leads the Russian delegation?")).isEqualTo(200);
      api.awaitSent(14, 1);
      Thread.sleep(2000);
      assertThat(api.sent(14)).hasSize(1);
    }
  }
}
