package dev.talksbot.scaleout;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays Telegram's side of the webhook: POSTs text-message updates (with the secret header) to a
 * proxy or an instance. Update ids come from one counter, so they increase in the order the updates
 * are made.
 */
final class WebhookClient {
  static final ObjectMapper JSON = new ObjectMapper();

  /** How long one POST may take (the webhook acknowledges at once; the machine is shared). */
  static final Duration POST_TIMEOUT = Duration.ofSeconds(60);

  /** What one POST got: the status, the proxy's upstream index (-1 if none), when it was sent. */
  record Posted(long updateId, long chatId, int status, int upstream, long sentNanos) {}

  private final String secret;
  private final AtomicLong updateIds = new AtomicLong(1);
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  WebhookClient(String secret) {
    this.secret = secret;
  }

  /** A fresh update id. */
  long nextUpdateId() {
    return updateIds.getAndIncrement();
  }

  static String update(long updateId, long chatId, String text) {
    ObjectNode chat = JSON.createObjectNode().put("id", chatId).put("type", "private");
    ObjectNode from =
        JSON.createObjectNode().put("id", chatId).put("is_bot", false).put("first_name", "U");
    ObjectNode m = JSON.createObjectNode();
    m.put("message_id", updateId);
    m.put("date", 1_750_000_000);
    m.set("chat", chat);
    m.set("from", from);
    m.put("text", text);
    ObjectNode u = JSON.createObjectNode();
    u.put("update_id", updateId);
    u.set("message", m);
    return u.toString();
  }

  /** POSTs one update to {@code baseUrl + "/telegram"}; does not wait for the answer. */
  CompletableFuture<Posted> postAsync(String baseUrl, long updateId, long chatId, String text) {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(baseUrl + "/telegram"))
            .timeout(POST_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("X-Telegram-Bot-Api-Secret-Token", secret)
            .POST(HttpRequest.BodyPublishers.ofString(update(updateId, chatId, text)))
            .build();
    long t0 = System.nanoTime();
    return http.sendAsync(r, HttpResponse.BodyHandlers.discarding())
        .thenApply(
            resp ->
                new Posted(
                    updateId,
                    chatId,
                    resp.statusCode(),
                    resp.headers()
                        .firstValue(RoundRobinProxy.UPSTREAM_HEADER)
                        .map(Integer::parseInt)
                        .orElse(-1),
                    t0));
  }

  /** POSTs one update and waits for the webhook's acknowledgement. */
  Posted post(String baseUrl, long updateId, long chatId, String text) throws Exception {
    return postAsync(baseUrl, updateId, chatId, text).get();
  }

  /** A new update (fresh id) posted and acknowledged. */
  Posted ask(String baseUrl, long chatId, String text) throws Exception {
    return post(baseUrl, nextUpdateId(), chatId, text);
  }
}
