package dev.talksbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.config.OpsSettings;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.config.TelegramSettings;
import dev.talksbot.telegram.BotToken;
import dev.talksbot.telegram.FakeBotApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} in-process against the fake Bot API with the ops endpoint on: /readyz is 503 until
 * getMe answers, /healthz follows polling, and /metrics counts the traffic that went through.
 */
class ServeOpsTest {
  static final String TOKEN = "123456789:" + "OPStoken_abcdefghijklmnopqrstuvwxyz01234";
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @TempDir Path data;

  record Reply(int status, String body) {}

  static Reply get(int port, String path) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body());
    } catch (IOException e) {
      return new Reply(-1, e.toString()); // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Sum of the samples of a metric whose labels contain every fragment (case-insensitive). */
  static double sample(String metrics, String name, String... labels) {
    double sum = 0;
    boolean found = false;
    for (String line : metrics.split("\n")) {
      if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " ")))
        continue;
      String lower = line.toLowerCase(Locale.ROOT);
      boolean all = true;
      for (String l : labels) all &= lower.contains(l.toLowerCase(Locale.ROOT));
      if (!all) continue;
      found = true;
      sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
    return found ? sum : -1;
  }

  /** The metrics page once {@code ready} holds of it, or the last page after 30 s. */
  static String awaitMetrics(int port, java.util.function.Predicate<String> ready)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      Reply m = get(port, "/metrics");
      assertThat(m.status()).isEqualTo(200);
      if (ready.test(m.body()) || System.nanoTime() > deadline) return m.body();
      Thread.sleep(20);
    }
  }

  @Test
  void readinessFollowsStartupAndMetricsCountRealTraffic() throws Exception {
    int port = freePort();
    try (FakeBotApi api = new FakeBotApi(TOKEN)) {
      // getMe: first a 500 (retried), then a slow success: the window where only it is missing
      api.inject("getMe", FakeBotApi.Fault.status(500));
      api.inject("getMe", FakeBotApi.Fault.slow(2500));
      api.inject("sendMessage", FakeBotApi.Fault.tooMany(1));
      api.block(666);
      TalksbotConfig cfg =
          TalksbotConfig.defaults()
              .withDataDir(data)
              .withCorpusDir(Path.of("index", "corpus").toAbsolutePath())
              .withTelegram(TelegramSettings.defaults().withApiUrl(api.url()))
              .withOps(new OpsSettings("127.0.0.1", port));
      CountDownLatch stop = new CountDownLatch(1);
      StringWriter log = new StringWriter();
      ExecutorService runner = Executors.newSingleThreadExecutor();
      Future<Integer> serving =
          runner.submit(
              () -> ServeCommand.serve(cfg, BotToken.of(TOKEN), stop, new PrintWriter(log, true)));
      try {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Reply ready;
        while (true) {
          ready = get(port, "/readyz");
          if (ready.status() > 0) seen.add(ready.status() + " " + ready.body().strip());
          if (ready.status() == 200 || serving.isDone() || System.nanoTime() > deadline) break;
          Thread.sleep(20);
        }
        assertThat(ready.status()).as("readyz at the end; log: %s", log).isEqualTo(200);
        assertThat(seen)
            .as("readiness went through 'waiting for getMe' before 200")
            .contains("503 the Bot API has not answered getMe yet");
        assertThat(seen.getFirst()).startsWith("503");
        assertThat(get(port, "/healthz").status()).isEqualTo(200);

        api.text(101, "Who leads the Ukrainian delegation?");
        api.awaitSent(101, 1);
        api.text(102, "What is the boiling point of mercury in kelvin?");
        api.awaitSent(102, 1);
        api.text(666, "Who leads the Ukrainian delegation?");
        api.await(
            "a 403 for the blocked chat",
            cs -> cs.stream().anyMatch(c -> c.chatId() == 666 && c.status() == 403),
            Duration.ofSeconds(60));

        // The fake API sees a call before the bot has read the reply and counted it: wait (bounded)
        // until the bot's own counters caught up with what the fake API recorded.
        String text =
            awaitMetrics(
                port,
                t ->
                    sample(t, "talksbot_botapi_calls_total", "sendmessage", "status=\"403\"") >= 1
                        && sample(t, "talksbot_botapi_calls_total", "sendmessage", "status=\"200\"")
                            >= 2
                        && sample(t, "talksbot_answer_latency_seconds_count") >= 3);
        assertThat(sample(text, "talksbot_questions_total", "outcome=\"answered\""))
            .isGreaterThanOrEqualTo(1);
        assertThat(sample(text, "talksbot_questions_total", "answerer=\"extractive\""))
            .isGreaterThanOrEqualTo(3);
        assertThat(
                sample(text, "talksbot_answer_latency_seconds_count") + 0) // every question timed
            .isGreaterThanOrEqualTo(3);
        assertThat(sample(text, "talksbot_answer_latency_seconds_bucket", "le=\"+Inf\""))
            .isGreaterThanOrEqualTo(3);
        assertThat(sample(text, "talksbot_retrieval_time_seconds_count")).isGreaterThanOrEqualTo(3);
        assertThat(sample(text, "talksbot_model_time_seconds_count")).isGreaterThanOrEqualTo(3);
        assertThat(
                sample(text, "talksbot_botapi_calls_total", "method=\"getme\"", "status=\"500\""))
            .isEqualTo(1);
        assertThat(
                sample(text, "talksbot_botapi_calls_total", "method=\"getme\"", "status=\"200\""))
            .isEqualTo(1);
        assertThat(
                sample(
                    text,
                    "talksbot_botapi_calls_total",
                    "method=\"sendmessage\"",
                    "status=\"429\""))
            .isEqualTo(1);
        assertThat(
                sample(
                    text,
                    "talksbot_botapi_calls_total",
                    "method=\"sendmessage\"",
                    "status=\"403\""))
            .isGreaterThanOrEqualTo(1);
        assertThat(
                sample(
                    text,
                    "talksbot_botapi_calls_total",
                    "method=\"sendmessage\"",
                    "status=\"200\""))
            .isGreaterThanOrEqualTo(2);
        assertThat(sample(text, "talksbot_index_articles")).isGreaterThan(0);
        assertThat(sample(text, "talksbot_index_passages")).isGreaterThan(0);
        assertThat(sample(text, "talksbot_updates_queued")).isGreaterThanOrEqualTo(0);
        assertThat(sample(text, "talksbot_alerts_backlog")).isEqualTo(0);
        assertThat(sample(text, "talksbot_alerts_parked")).isEqualTo(0);
        assertThat(sample(text, "talksbot_alerts_sent_total")).isEqualTo(0);
        assertThat(sample(text, "jvm_memory_used_bytes")).isGreaterThan(0);
        assertThat(sample(text, "process_uptime_seconds")).isGreaterThan(0);
        assertThat(text).doesNotContain(TOKEN).doesNotContain("OPStoken");
        assertThat(get(port, "/nope").status()).isEqualTo(404);
      } finally {
        stop.countDown();
        assertThat(serving.get(60, TimeUnit.SECONDS)).isEqualTo(Main.EXIT_OK);
        runner.shutdownNow();
      }
      assertThat(get(port, "/healthz").status()).as("endpoint closed after serve").isEqualTo(-1);
      assertThat(log.toString()).doesNotContain(TOKEN);
    }
  }
}
