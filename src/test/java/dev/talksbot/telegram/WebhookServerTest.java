package dev.talksbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.config.TelegramSettings;
import dev.talksbot.config.WebhookSettings;
import dev.talksbot.ingest.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The webhook under hostile and overloaded conditions, over real sockets on 127.0.0.1: stalled
 * clients, a silent client, oversized bodies and a full update queue.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebhookServerTest {
  static final String SECRET = "hook_secret-42";
  static final String PATH = "/tg";

  final List<AutoCloseable> open = new ArrayList<>();
  final ConcurrentLinkedQueue<Update> received = new ConcurrentLinkedQueue<>();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  WebhookServer server;

  @TempDir Path dir;

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open.reversed()) c.close();
    if (server != null) server.stop();
  }

  static String update(long id, long chat, String text) {
    return "{\"update_id\":"
        + id
        + ",\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":"
        + chat
        + ",\"type\":\"private\"},\"from\":{\"id\":"
        + chat
        + ",\"is_bot\":false,\"first_name\":\"A\"},\"text\":\""
        + text
        + "\"}}";
  }

  int start(WebhookServer.Limits limits, Predicate<Update> sink) throws IOException {
    server =
        WebhookServer.start(
            new WebhookSettings("127.0.0.1", 0, PATH, null, null), SECRET, sink, limits);
    return server.port();
  }

  HttpResponse<String> post(int port, String body, String secret) throws Exception {
    var b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH))
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) b.header(WebhookServer.HEADER, secret);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  Socket socket(int port) throws IOException {
    Socket s = new Socket("127.0.0.1", port);
    open.add(s);
    return s;
  }

  static String head(int port, long contentLength, boolean chunked) {
    return "POST "
        + PATH
        + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + port
        + "\r\n"
        + WebhookServer.HEADER
        + ": "
        + SECRET
        + "\r\nContent-Type: application/json\r\n"
        + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + contentLength + "\r\n")
        + "\r\n";
  }

  /** The status line's code, read with a bound on the wait. */
  static int status(Socket s) throws IOException {
    s.setSoTimeout(10_000);
    var r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    String line = r.readLine();
    assertThat(line).as("status line").startsWith("HTTP/1.1 ");
    return Integer.parseInt(line.substring(9, 12));
  }

  /** Millis until the server closes the socket (reads and drops anything it sends), -1 if never. */
  static long millisUntilClosed(Socket s, long startNanos, long maxMillis) throws IOException {
    s.setSoTimeout((int) maxMillis);
    InputStream in = s.getInputStream();
    try {
      while (in.read() >= 0) {
        // a server may answer before closing; only the close counts
      }
    } catch (SocketTimeoutException e) {
      return -1;
    } catch (SocketException e) {
      // reset: closed too
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  // ------------------------------------------------------------------ slow clients

  @Test
  void slowClientsDoNotStallAWebhookPostAndAreCutOffAtTheDeadline() throws Exception {
    Duration deadline = Duration.ofSeconds(3);
    int port = start(new WebhookServer.Limits(deadline, 64 * 1024, 5), received::add);
    int perKind = 12;
    List<Socket> slow = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < perKind; i++) {
      // stalls in the middle of the headers
      Socket s = socket(port);
      s.getOutputStream()
          .write(("POST " + PATH + " HTTP/1.1\r\nHost: x\r\nX-Partial: ").getBytes());
      slow.add(s);
      // complete headers with the right secret, then 10 of the 500 body bytes
      Socket b = socket(port);
      b.getOutputStream().write((head(port, 500, false) + "{\"update_id\"").getBytes());
      slow.add(b);
    }
    Thread.sleep(300); // every slow client now holds an exchange on the server

    long p0 = System.nanoTime();
    HttpResponse<String> ok = post(port, update(77, 9, "hello"), SECRET);
    long postMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - p0);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(postMillis)
        .as("a normal POST is answered well before the slow clients are cut off")
        .isLessThan(deadline.toMillis() - 1000);
    assertThat(received).extracting(Update::getUpdateId).containsExactly(77);

    for (Socket s : slow) {
      long closedAfter = millisUntilClosed(s, t0, deadline.toMillis() + 5000);
      assertThat(closedAfter)
          .as("a stalled client is disconnected at the request deadline")
          .isBetween(deadline.toMillis() - 200, deadline.toMillis() + 4000);
    }
    assertThat(received).hasSize(1);
    // the server still works after cutting them off
    assertThat(post(port, update(78, 9, "again"), SECRET).statusCode()).isEqualTo(200);
  }

  @Test
  void aClientThatSendsNothingIsDisconnectedAfterTheIdleTimeout() throws Exception {
    // a fresh JVM, as under serve: the JDK reads its idle settings once, at its first HttpServer
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                WebhookIdleProbe.class.getName(),
                SECRET)
            .redirectError(dir.resolve("probe.err").toFile())
            .start();
    open.add(p::destroyForcibly);
    var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertThat(line).as("probe output; stderr: %s", dir.resolve("probe.err")).startsWith("port ");
    int port = Integer.parseInt(line.substring(5).strip());

    Socket silent = socket(port);
    long t0 = System.nanoTime();
    // a normal request is served meanwhile
    assertThat(post(port, update(5, 9, "hi"), SECRET).statusCode()).isEqualTo(200);
    long idleMillis = WebhookServer.IDLE_SECONDS * 1000L;
    long closedAfter =
        millisUntilClosed(silent, t0, idleMillis + WebhookServer.IDLE_CHECK_MILLIS + 5000);
    assertThat(closedAfter)
        .as("a silent connection is closed after the idle timeout (JDK default: 30-40 s)")
        .isBetween(idleMillis - 500, idleMillis + WebhookServer.IDLE_CHECK_MILLIS + 3000);
    p.getOutputStream().close();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("probe exits").isTrue();
  }

  // ------------------------------------------------------------------ body size

  @Test
  void oversizedBodiesGet413AndABodyAtTheLimitIsAccepted() throws Exception {
    int limit = 4096;
    int port = start(new WebhookServer.Limits(Duration.ofSeconds(5), limit, 5), received::add);

    // declared too large: refused before the body is read
    Socket declared = socket(port);
    declared
        .getOutputStream()
        .write((head(port, 10_000_000, false) + "{\"update_id\":").getBytes());
    assertThat(status(declared)).isEqualTo(413);

    // chunked, with no length given: refused once it passes the limit
    Socket chunked = socket(port);
    OutputStream out = chunked.getOutputStream();
    out.write(head(port, -1, true).getBytes());
    String chunk = " ".repeat(1000);
    for (int i = 0; i < 6; i++) {
      out.write((Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n").getBytes());
    }
    out.write("0\r\n\r\n".getBytes());
    assertThat(status(chunked)).isEqualTo(413);

    // exactly at the limit (padded with JSON whitespace): accepted
    String u = update(9, 3, "fits");
    String padded = u + " ".repeat(limit - u.getBytes(StandardCharsets.UTF_8).length);
    assertThat(post(port, padded, SECRET).statusCode()).isEqualTo(200);
    assertThat(post(port, padded + " ", SECRET).statusCode()).isEqualTo(413);
    // the secret is still checked first: no secret, any size, 401
    assertThat(post(port, padded + " ", null).statusCode()).isEqualTo(401);
    assertThat(post(port, u, "wrong").statusCode()).isEqualTo(401);
    assertThat(received).extracting(Update::getUpdateId).containsExactly(9);
  }

  // ------------------------------------------------------------------ full queue

  @Test
  void aRefusedHandOffGets503WithRetryAfter() throws Exception {
    int port = start(WebhookServer.Limits.DEFAULTS, u -> false);
    HttpResponse<String> r = post(port, update(1, 2, "x"), SECRET);
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("Retry-After"))
        .hasValue(Integer.toString(WebhookServer.RETRY_AFTER_SECONDS));
  }

  @Test
  void aFullQueueIsAnswered503AtOnceAndTheUpdateIsTakenOnceThereIsRoom() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    BotCore blocking =
        new BotCore() {
          @Override
          public Answer ask(String q) {
            entered.countDown();
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("released");
          }

          @Override
          public Answer summary(String t) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Answer latest(String t) {
            throw new UnsupportedOperationException();
          }

          @Override
          public List<Article> sources() {
            throw new UnsupportedOperationException();
          }

          @Override
          public CorpusInfo corpusInfo() {
            throw new UnsupportedOperationException();
          }
        };
    FakeBotApi api = new FakeBotApi(TelegramServeTest.TOKEN);
    open.add(api);
    Path secretFile = Files.writeString(dir.resolve("hook.secret"), SECRET);
    // one worker and room for one update: the first question fills the queue
    TelegramSettings t =
        new TelegramSettings(
            dev.talksbot.config.TelegramMode.WEBHOOK,
            api.url(),
            null,
            1,
            1,
            1000,
            1000,
            1,
            2,
            2,
            1,
            new WebhookSettings("127.0.0.1", 0, PATH, null, secretFile),
            null,
            null);
    TalksbotConfig config =
        TalksbotConfig.defaults().withDataDir(dir.resolve("state")).withTelegram(t);
    TelegramService svc =
        TelegramService.start(
            config,
            BotToken.of(TelegramServeTest.TOKEN),
            blocking,
            new TelegramService.Options(Duration.ofMillis(100), Duration.ofMillis(20), 50));
    open.add(svc);
    open.add(release::countDown); // closed before svc: its worker finishes
    int port = svc.webhookPort();

    assertThat(post(port, update(1, 501, "first question"), SECRET).statusCode()).isEqualTo(200);
    assertThat(entered.await(10, TimeUnit.SECONDS)).as("the worker is busy").isTrue();

    long t0 = System.nanoTime();
    HttpResponse<String> full = post(port, update(2, 502, "second question"), SECRET);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    assertThat(full.statusCode()).isEqualTo(503);
    assertThat(full.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(millis).as("answered at once, not held while the queue is full").isLessThan(2000);

    release.countDown();
    int code = 0;
    for (int i = 0; i < 50 && code != 200; i++) {
      code = post(port, update(2, 502, "second question"), SECRET).statusCode();
      if (code != 200) Thread.sleep(100);
    }
    assertThat(code).as("redelivered once there is room").isEqualTo(200);
    assertThat(api.awaitSent(502, 1)).hasSize(1); // the apology for the failing core
  }
}
