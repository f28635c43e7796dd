package dev.talksbot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.talksbot.config.ConfigException;
import dev.talksbot.config.TalksbotConfig.WebhookSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: a small HTTP server on {@code telegram.webhook.host:port} that takes Telegram's
 * POSTs at {@code path}. Every request must carry the secret token in {@code
 * X-Telegram-Bot-Api-Secret-Token}; others get 401. Updates are queued like polled ones and
 * acknowledged at once (503 when the queue stays full, so Telegram delivers them again later).
 */
final class WebhookServer {
  private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
  static final String ENV_SECRET = "TELEGRAM_WEBHOOK_SECRET";
  static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final HttpServer server;
  private final ExecutorService executor;

  private WebhookServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * The secret token from {@code TELEGRAM_WEBHOOK_SECRET} or {@code telegram.webhook.secretFile}.
   */
  static String secret(Map<String, String> env, WebhookSettings w) {
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
    HttpServer server = HttpServer.create(new InetSocketAddress(w.host(), w.port()), 64);
    ExecutorService ex = Executors.newFixedThreadPool(2, TelegramService.daemon("tg-webhook"));
    byte[] expected = secret.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        w.path(),
        exchange -> {
          try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(w.path())) {
              reply(exchange, 404);
              return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
              reply(exchange, 405);
              return;
            }
            String given = exchange.getRequestHeaders().getFirst(HEADER);
            if (given == null
                || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
              log.warn(
                  "webhook request from {} without the right secret token: refused",
                  exchange.getRemoteAddress().getAddress().getHostAddress());
              reply(exchange, 401);
              return;
            }
            Update u;
            try (InputStream in = exchange.getRequestBody()) {
              u = JSON.readValue(in.readNBytes(1 << 20), Update.class);
            } catch (IOException e) {
              reply(exchange, 400);
              return;
            }
            reply(exchange, sink.test(u) ? 200 : 503);
          } catch (RuntimeException e) {
            log.error("webhook request failed: {}", BotToken.scrubAll(e.toString()));
          }
        });
    server.setExecutor(ex);
    server.start();
    return new WebhookServer(server, ex);
  }

  private static void reply(HttpExchange ex, int code) throws IOException {
    byte[] body = (code == 200 ? "{}" : "{\"ok\":false}").getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(code, body.length);
    ex.getResponseBody().write(body);
  }

  int port() {
    return server.getAddress().getPort();
  }

  void stop() {
    server.stop(1);
    executor.shutdownNow();
  }
}
