package dev.talksbot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.talksbot.config.ConfigException;
import dev.talksbot.config.WebhookSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: a small HTTP server on {@code telegram.webhook.host:port} that takes Telegram's
 * POSTs at {@code path}. Every request must carry the secret token in {@code
 * X-Telegram-Bot-Api-Secret-Token}; others get 401. Updates are handed to the queue without waiting
 * and acknowledged at once; when the queue is full the answer is 503 with {@code Retry-After}, so
 * Telegram delivers the update again later.
 *
 * <p>Slow clients cannot stall it: every exchange runs on its own virtual thread, and a watchdog
 * interrupts the thread when the exchange (request line, headers, body and reply) is not done
 * within {@link Limits#requestDeadline()}; the interrupt closes the connection (the JDK server
 * reads from an interruptible socket channel). A connection that sends nothing never reaches a
 * thread: the JDK server closes it after {@link #IDLE_SECONDS} (set through its system properties
 * when this class loads, unless the operator set them with {@code -D}). Bodies over {@link
 * Limits#maxBodyBytes()} get 413.
 */
public final class WebhookServer {
  private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
  static final String ENV_SECRET = "TELEGRAM_WEBHOOK_SECRET";
  static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * Longest time one exchange may take from its first byte to the reply. Telegram's POSTs are a few
   * KB sent at once and answered in milliseconds; 10 s only cuts off stalled or trickling clients.
   */
  static final int REQUEST_DEADLINE_SECONDS = 10;

  /**
   * Largest accepted update body. An update is a few KB; 256 KiB leaves room for a 4096-character
   * message with entities, a replied-to message and a poll.
   */
  static final int MAX_BODY_BYTES = 256 * 1024;

  /** Seconds a 503 asks the client to wait before delivering the update again. */
  static final int RETRY_AFTER_SECONDS = 5;

  /**
   * Seconds a connection may stay open without sending a byte (newly accepted or kept alive between
   * requests): the JDK server's {@code sun.net.httpserver.idleInterval}, default 30.
   */
  static final int IDLE_SECONDS = 5;

  /**
   * How often (ms) the JDK server looks for idle connections ({@code sun.net.httpserver.clockTick},
   * default 10000): an idle connection lives at most IDLE_SECONDS plus this.
   */
  static final int IDLE_CHECK_MILLIS = 1000;

  static final String IDLE_PROPERTY = "sun.net.httpserver.idleInterval";
  static final String CLOCK_PROPERTY = "sun.net.httpserver.clockTick";

  static {
    // read once, JVM-wide, when the first HttpServer is created: serve creates no other one
    setIfAbsent(IDLE_PROPERTY, Integer.toString(IDLE_SECONDS));
    setIfAbsent(CLOCK_PROPERTY, Integer.toString(IDLE_CHECK_MILLIS));
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) System.setProperty(key, value);
  }

  /** Per-server limits; {@link #DEFAULTS} in production, shorter ones in tests. */
  record Limits(Duration requestDeadline, int maxBodyBytes, int retryAfterSeconds) {
    static final Limits DEFAULTS =
        new Limits(
            Duration.ofSeconds(REQUEST_DEADLINE_SECONDS), MAX_BODY_BYTES, RETRY_AFTER_SECONDS);

    Limits {
      if (requestDeadline == null
          || requestDeadline.isNegative()
          || requestDeadline.isZero()
          || requestDeadline.toMinutes() > 10) {
        throw new IllegalArgumentException(
            "webhook request deadline must be > 0 and at most 10 minutes, got " + requestDeadline);
      }
      if (maxBodyBytes < 1 || maxBodyBytes > 64 * 1024 * 1024) {
        throw new IllegalArgumentException(
            "webhook body limit must be 1 byte .. 64 MiB, got " + maxBodyBytes);
      }
      if (retryAfterSeconds < 1 || retryAfterSeconds > 3600) {
        throw new IllegalArgumentException(
            "webhook Retry-After must be 1..3600 seconds, got " + retryAfterSeconds);
      }
    }
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final ScheduledExecutorService watchdog;

  private WebhookServer(
      HttpServer server, ExecutorService threads, ScheduledExecutorService watchdog) {
    this.server = server;
    this.threads = threads;
    this.watchdog = watchdog;
  }

  /**
   * The secret token from {@code TELEGRAM_WEBHOOK_SECRET} or {@code telegram.webhook.secretFile}.
   */
  public static String secret(Map<String, String> env, WebhookSettings w) { // public for doctor
    String s = env.get(ENV_SECRET);
    if ((s == null || s.isBlank())
        && w.secretFile() != null
        && Files.isRegularFile(w.secretFile())) {
      try {
        s = Files.readString(w.secretFile()).strip();
      } catch (IOException e) {
        throw new ConfigException("telegram.webhook.secretFile: cannot read " + w.secretFile());
      }
    }
    if (s == null || s.isBlank()) {
      throw new ConfigException(
          "webhook mode needs a secret token: set "
              + ENV_SECRET
              + " or put it in the file telegram.webhook.secretFile names (1-256 of A-Z a-z 0-9 _ -)");
    }
    s = s.strip();
    if (!SECRET.matcher(s).matches()) {
      throw new ConfigException("the webhook secret token may only hold 1-256 of A-Z a-z 0-9 _ -");
    }
    return s;
  }

  static WebhookServer start(WebhookSettings w, String secret, Predicate<Update> sink)
      throws IOException {
    return start(w, secret, sink, Limits.DEFAULTS);
  }

  /**
   * Starts the server. {@code sink} hands an update to the queue without waiting: false means the
   * queue is full (or the bot is stopping) and the request gets 503.
   */
  static WebhookServer start(
      WebhookSettings w, String secret, Predicate<Update> sink, Limits limits) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(w.host(), w.port()), 64);
    ExecutorService threads =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("tg-webhook-", 1).factory());
    ScheduledExecutorService watchdog =
        Executors.newSingleThreadScheduledExecutor(TelegramService.daemon("tg-webhook-deadline"));
    long deadlineMillis = limits.requestDeadline().toMillis();
    byte[] expected = secret.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        w.path(),
        exchange -> {
          try (exchange) {
            handle(exchange, w.path(), expected, sink, limits);
          } catch (RuntimeException e) {
            log.error("webhook request failed: {}", BotToken.scrubAll(e.toString()));
          }
        });
    // each exchange on its own virtual thread, interrupted (which closes its socket) at the
    // deadline
    server.setExecutor(
        task ->
            threads.execute(
                () -> {
                  Thread me = Thread.currentThread();
                  ScheduledFuture<?> cut =
                      watchdog.schedule(me::interrupt, deadlineMillis, TimeUnit.MILLISECONDS);
                  try {
                    task.run();
                  } finally {
                    cut.cancel(false);
                  }
                }));
    server.start();
    return new WebhookServer(server, threads, watchdog);
  }

  private static void handle(
      HttpExchange exchange, String path, byte[] expected, Predicate<Update> sink, Limits limits)
      throws IOException {
    if (!exchange.getRequestURI().getPath().equals(path)) {
      reply(exchange, 404);
      return;
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      reply(exchange, 405);
      return;
    }
    String given = exchange.getRequestHeaders().getFirst(HEADER);
    if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
      log.warn(
          "webhook request from {} without the right secret token: refused",
          exchange.getRemoteAddress().getAddress().getHostAddress());
      reply(exchange, 401);
      return;
    }
    if (declaredLength(exchange) > limits.maxBodyBytes()) {
      reply(exchange, 413); // refused before reading a byte of it
      return;
    }
    InputStream in = exchange.getRequestBody();
    byte[] body = in.readNBytes(limits.maxBodyBytes() + 1);
    if (body.length > limits.maxBodyBytes()) {
      reply(exchange, 413);
      return;
    }
    Update u;
    try {
      u = JSON.readValue(body, Update.class);
    } catch (IOException e) {
      reply(exchange, 400);
      return;
    }
    if (sink.test(u)) {
      reply(exchange, 200);
      return;
    }
    log.warn(
        "update queue full: update {} answered 503 (Telegram sends it again)", u.getUpdateId());
    exchange.getResponseHeaders().set("Retry-After", Integer.toString(limits.retryAfterSeconds()));
    reply(exchange, 503);
  }

  /** The Content-Length the client declared; -1 when absent, chunked or unreadable. */
  private static long declaredLength(HttpExchange ex) {
    String v = ex.getRequestHeaders().getFirst("Content-Length");
    if (v == null || ex.getRequestHeaders().containsKey("Transfer-Encoding")) return -1;
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void reply(HttpExchange ex, int code) throws IOException {
    byte[] body = (code == 200 ? "{}" : "{\"ok\":false}").getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(code, body.length);
    ex.getResponseBody().write(body);
    // out before the exchange closes: closing may drain or drop an unread request body first
    ex.getResponseBody().flush();
  }

  int port() {
    return server.getAddress().getPort();
  }

  void stop() {
    server.stop(1);
    threads.shutdownNow();
    watchdog.shutdownNow();
  }
}
