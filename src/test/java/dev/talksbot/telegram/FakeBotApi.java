package dev.talksbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A fake Telegram Bot API on 127.0.0.1 (JDK HttpServer). It serves getUpdates (offset, long-poll
 * timeout), sendMessage, editMessageText, answerCallbackQuery, sendChatAction, setMyCommands,
 * getMe, deleteWebhook and setWebhook, matching method names case-insensitively; it checks HTML
 * like Telegram does, records every call, and can inject 429 with retry_after, 5xx, 403, slow
 * answers, bodies without "ok" and dropped connections.
 */
public final class FakeBotApi implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final long BOT_ID = 4242;
  static final String BOT_USERNAME = "talks_test_bot";

  /** One recorded call: the method (lower case), its parameters, when, and the status answered. */
  public record Call(String method, JsonNode params, long nanos, int status) {
    public long chatId() {
      JsonNode c = params.get("chat_id");
      return c == null ? 0 : c.asLong();
    }

    public String text() {
      return params.path("text").asText(null);
    }
  }

  /** What to do with one request instead of (or before) answering normally. */
  public record Fault(
      int status, Integer retryAfter, long delayMillis, boolean drop, boolean noOk) {
    public static Fault status(int code) {
      return new Fault(code, null, 0, false, false);
    }

    public static Fault tooMany(int retryAfter) {
      return new Fault(429, retryAfter, 0, false, false);
    }

    public static Fault slow(long millis) {
      return new Fault(0, null, millis, false, false);
    }

    public static Fault dropConnection() {
      return new Fault(0, null, 0, true, false);
    }

    public static Fault bodyWithoutOk() {
      return new Fault(502, null, 0, false, true);
    }
  }

  private final String token;
  private final HttpServer server;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "fake-bot-api");
            t.setDaemon(true);
            return t;
          });
  private final List<Call> calls = new ArrayList<>();
  private final List<ObjectNode> updates = new ArrayList<>();
  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
  private final Map<Long, Set<Long>> admins = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong okSends =
      new java.util.concurrent.atomic.AtomicLong();
  private volatile boolean recordSends = true;
  private int nextUpdateId = 1;
  private int nextMessageId = 1000;
  private volatile boolean closed;

  public FakeBotApi(String token) throws IOException {
    this.token = token;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  // ---------------------------------------------------------------- injecting

  /** The next request of this method gets the fault (faults queue up in order). */
  public synchronized void inject(String method, Fault f) {
    faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>()).addLast(f);
  }

  /** Sends to this chat answer 403 "bot was blocked by the user". */
  public void block(long chatId) {
    blocked.add(chatId);
  }

  /** getChatAdministrators of a group answers these users (the creator first). */
  public void admins(long chatId, long... userIds) {
    Set<Long> s = new java.util.LinkedHashSet<>();
    for (long u : userIds) s.add(u);
    admins.put(chatId, s);
  }

  private volatile long holdAfter;
  private volatile long holdMillis;

  /**
   * From the n-th successful sendMessage on, the answer is held back this long after the message
   * counts as delivered (a crash test kills the sender while it waits: the message in flight). n =
   * 0 turns it off.
   */
  public void holdAfter(long n, long millis) {
    holdAfter = n;
    holdMillis = millis;
  }

  /** Successful sendMessage calls so far (counted even when not recorded). */
  public long okSends() {
    return okSends.get();
  }

  /**
   * Off: successful sends are only counted (and per chat in {@link #perChat}), for big fan-outs.
   */
  public void recordSends(boolean on) {
    recordSends = on;
  }

  private final Map<Long, java.util.concurrent.atomic.AtomicInteger> perChat =
      new ConcurrentHashMap<>();

  /** Successful sendMessage calls per chat. */
  public Map<Long, java.util.concurrent.atomic.AtomicInteger> perChat() {
    return perChat;
  }

  /** Updates not yet confirmed by a getUpdates offset past them (still to be delivered). */
  public synchronized int unconfirmedUpdates() {
    return updates.size();
  }

  /** Queues an update (its update_id is assigned here) and returns it. */
  synchronized ObjectNode push(ObjectNode update) {
    update.put("update_id", nextUpdateId++);
    updates.add(update);
    notifyAll();
    return update;
  }

  private int messageIds = 1;

  private synchronized int nextUserMessageId() {
    return messageIds++;
  }

  static ObjectNode chat(long chatId) {
    ObjectNode c = JSON.createObjectNode();
    c.put("id", chatId);
    c.put("type", chatId > 0 ? "private" : "supergroup");
    if (chatId < 0) c.put("title", "A group");
    else c.put("first_name", "User");
    return c;
  }

  static ObjectNode user(long userId) {
    ObjectNode u = JSON.createObjectNode();
    u.put("id", userId);
    u.put("is_bot", false);
    u.put("first_name", "User" + userId);
    return u;
  }

  ObjectNode message(long chatId, long userId, String text) {
    ObjectNode m = JSON.createObjectNode();
    m.put("message_id", nextUserMessageId());
    m.put("date", 1_750_000_000);
    m.set("chat", chat(chatId));
    m.set("from", user(userId));
    if (text != null) m.put("text", text);
    return m;
  }

  /** A text message from a user in a chat (negative ids are groups); returns the update. */
  public ObjectNode text(long chatId, long userId, String text) {
    ObjectNode u = JSON.createObjectNode();
    u.set("message", message(chatId, userId, text));
    return push(u);
  }

  /** A text message from a user whose Telegram app is set to a language ({@code language_code}). */
  public ObjectNode textAs(long chatId, long userId, String languageCode, String text) {
    ObjectNode m = message(chatId, userId, text);
    ((ObjectNode) m.get("from")).put("language_code", languageCode);
    ObjectNode u = JSON.createObjectNode();
    u.set("message", m);
    return push(u);
  }

  /** An inline query ({@code @bot query} typed in any chat); languageCode may be null. */
  public ObjectNode inline(long userId, String languageCode, String query) {
    ObjectNode q = JSON.createObjectNode();
    q.put("id", "iq" + nextUserMessageId());
    ObjectNode from = user(userId);
    if (languageCode != null) from.put("language_code", languageCode);
    q.set("from", from);
    q.put("query", query);
    q.put("offset", "");
    ObjectNode u = JSON.createObjectNode();
    u.set("inline_query", q);
    return push(u);
  }

  public ObjectNode text(long chatId, String text) {
    return text(chatId, chatId > 0 ? chatId : 1, text);
  }

  /** A reply to one of the bot's messages. */
  ObjectNode replyToBot(long chatId, long userId, String text, int botMessageId) {
    ObjectNode m = message(chatId, userId, text);
    ObjectNode r = JSON.createObjectNode();
    r.put("message_id", botMessageId);
    r.put("date", 1_750_000_000);
    r.set("chat", chat(chatId));
    ObjectNode bot = JSON.createObjectNode();
    bot.put("id", BOT_ID);
    bot.put("is_bot", true);
    bot.put("first_name", "TalksBot");
    bot.put("username", BOT_USERNAME);
    r.set("from", bot);
    m.set("reply_to_message", r);
    ObjectNode u = JSON.createObjectNode();
    u.set("message", m);
    return push(u);
  }

  /** Any other kind of update built by the caller around a message. */
  ObjectNode raw(String kind, ObjectNode message) {
    ObjectNode u = JSON.createObjectNode();
    u.set(kind, message);
    return push(u);
  }

  /** A press on an inline button of a bot message. */
  ObjectNode callback(long chatId, long userId, int messageId, String data) {
    ObjectNode q = JSON.createObjectNode();
    q.put("id", "cb" + nextUserMessageId());
    q.set("from", user(userId));
    ObjectNode m = JSON.createObjectNode();
    m.put("message_id", messageId);
    m.put("date", 1_750_000_000);
    m.set("chat", chat(chatId));
    m.put("text", "…");
    q.set("message", m);
    q.put("chat_instance", "ci");
    q.put("data", data);
    ObjectNode u = JSON.createObjectNode();
    u.set("callback_query", q);
    return push(u);
  }

  // ---------------------------------------------------------------- reading

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Call> calls(String method) {
    String m = method.toLowerCase(Locale.ROOT);
    return calls().stream().filter(c -> c.method().equals(m)).toList();
  }

  /** Successful sendMessage calls to a chat, in order. */
  public List<Call> sent(long chatId) {
    return calls("sendMessage").stream()
        .filter(c -> c.chatId() == chatId && c.status() == 200)
        .toList();
  }

  /** Waits until the predicate holds for the recorded calls; fails after the timeout. */
  public synchronized void await(String what, Predicate<List<Call>> p, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!p.test(List.copyOf(calls))) {
      long left = deadline - System.nanoTime();
      if (left <= 0)
        throw new AssertionError("timed out waiting for " + what + "; calls: " + summary());
      TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, 200_000_000L));
    }
  }

  /** Waits for at least n successful sendMessage calls to a chat and returns them. */
  public List<Call> awaitSent(long chatId, int n) throws InterruptedException {
    await(
        n + " messages to " + chatId,
        cs ->
            cs.stream()
                    .filter(
                        c ->
                            c.method().equals("sendmessage")
                                && c.chatId() == chatId
                                && c.status() == 200)
                    .count()
                >= n,
        Duration.ofSeconds(60));
    return sent(chatId);
  }

  synchronized String summary() {
    StringBuilder b = new StringBuilder();
    for (Call c : calls) {
      if (c.method().equals("getupdates")) continue;
      b.append("\n  ")
          .append(c.method())
          .append(' ')
          .append(c.status())
          .append(' ')
          .append(c.params().toString(), 0, Math.min(200, c.params().toString().length()));
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- serving

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      int slash = path.lastIndexOf('/');
      String prefix = path.substring(0, Math.max(slash, 0));
      String method = path.substring(slash + 1).toLowerCase(Locale.ROOT);
      ObjectNode params = params(ex);
      if (!prefix.equals("/bot" + token)) {
        respond(ex, method, params, 401, error(401, "Unauthorized", null));
        return;
      }
      Fault f = nextFault(method);
      if (f != null) {
        if (f.delayMillis() > 0) sleep(f.delayMillis());
        if (f.drop()) {
          record(method, params, -1);
          return; // closing the exchange without a response drops the connection
        }
        if (f.noOk()) {
          respondRaw(ex, method, params, f.status(), "<html>Bad Gateway</html>");
          return;
        }
        if (f.status() != 0) {
          respond(
              ex,
              method,
              params,
              f.status(),
              error(
                  f.status(),
                  f.status() == 429
                      ? "Too Many Requests: retry after " + f.retryAfter()
                      : "Internal Server Error",
                  f.retryAfter()));
          return;
        }
      }
      switch (method) {
        case "getupdates" -> getUpdates(ex, params);
        case "getme" -> {
          ObjectNode me = JSON.createObjectNode();
          me.put("id", BOT_ID);
          me.put("is_bot", true);
          me.put("first_name", "TalksBot");
          me.put("username", BOT_USERNAME);
          respond(ex, method, params, 200, ok(me));
        }
        case "sendmessage", "editmessagetext" -> sendOrEdit(ex, method, params);
        case "getchatadministrators" -> {
          ArrayNode list = JSON.createArrayNode();
          boolean first = true;
          for (long u : admins.getOrDefault(params.path("chat_id").asLong(), Set.of())) {
            ObjectNode m = JSON.createObjectNode();
            m.put("status", first ? "creator" : "administrator");
            m.set("user", user(u));
            if (!first) {
              for (String right :
                  List.of(
                      "can_be_edited",
                      "is_anonymous",
                      "can_manage_chat",
                      "can_delete_messages",
                      "can_manage_video_chats",
                      "can_restrict_members",
                      "can_promote_members",
                      "can_change_info",
                      "can_invite_users",
                      "can_post_stories",
                      "can_edit_stories",
                      "can_delete_stories")) {
                m.put(right, right.equals("can_manage_chat"));
              }
            } else {
              m.put("is_anonymous", false);
            }
            first = false;
            list.add(m);
          }
          respond(ex, method, params, 200, ok(list));
        }
        case "answercallbackquery",
            "answerinlinequery",
            "sendchataction",
            "setmycommands",
            "deletewebhook",
            "setwebhook" ->
            respond(ex, method, params, 200, ok(JSON.getNodeFactory().booleanNode(true)));
        default -> respond(ex, method, params, 404, error(404, "Not Found", null));
      }
    } catch (RuntimeException | InterruptedException e) {
      // the test sees the missing call; nothing to do here
    }
  }

  private void sendOrEdit(HttpExchange ex, String method, ObjectNode params) throws IOException {
    long chatId = params.path("chat_id").asLong();
    if (blocked.contains(chatId)) {
      respond(ex, method, params, 403, error(403, "Forbidden: bot was blocked by the user", null));
      return;
    }
    String text = params.path("text").asText("");
    String visible = text;
    if ("HTML".equalsIgnoreCase(params.path("parse_mode").asText(""))) {
      String err = TelegramHtml.check(text);
      if (err != null) {
        respond(ex, method, params, 400, error(400, "Bad Request: " + err, null));
        return;
      }
      visible = TelegramHtml.visible(text);
    }
    if (visible.isBlank()) {
      respond(ex, method, params, 400, error(400, "Bad Request: message text is empty", null));
      return;
    }
    if (visible.length() > 4096) {
      respond(ex, method, params, 400, error(400, "Bad Request: message is too long", null));
      return;
    }
    ObjectNode m = JSON.createObjectNode();
    int id;
    synchronized (this) {
      id = method.equals("sendmessage") ? nextMessageId++ : params.path("message_id").asInt();
    }
    m.put("message_id", id);
    m.put("date", 1_750_000_000);
    m.set("chat", chat(chatId));
    m.put("text", visible);
    if (method.equals("sendmessage")) {
      perChat
          .computeIfAbsent(chatId, k -> new java.util.concurrent.atomic.AtomicInteger())
          .incrementAndGet();
      long count = okSends.incrementAndGet();
      if (holdAfter > 0 && count >= holdAfter) {
        synchronized (this) {
          notifyAll();
        }
        try {
          Thread.sleep(holdMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (!recordSends) {
        byte[] b = ok(m).toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
        synchronized (this) {
          notifyAll();
        }
        return;
      }
    }
    respond(ex, method, params, 200, ok(m));
  }

  private void getUpdates(HttpExchange ex, ObjectNode params)
      throws IOException, InterruptedException {
    int offset = params.path("offset").asInt(0);
    int limit = params.path("limit").asInt(100);
    long timeoutMs = params.path("timeout").asLong(0) * 1000;
    ArrayNode out = JSON.createArrayNode();
    synchronized (this) {
      updates.removeIf(u -> u.get("update_id").asInt() < offset); // confirmed
      long deadline = System.currentTimeMillis() + timeoutMs;
      while (updates.isEmpty() && !closed) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) break;
        wait(left);
      }
      for (ObjectNode u : updates) {
        if (out.size() >= limit) break;
        out.add(u);
      }
    }
    respond(ex, "getupdates", params, 200, ok(out));
  }

  private synchronized Fault nextFault(String method) {
    Deque<Fault> q = faults.get(method);
    return q == null ? null : q.pollFirst();
  }

  private static ObjectNode ok(JsonNode result) {
    ObjectNode o = JSON.createObjectNode();
    o.put("ok", true);
    o.set("result", result);
    return o;
  }

  private static ObjectNode error(int code, String description, Integer retryAfter) {
    ObjectNode o = JSON.createObjectNode();
    o.put("ok", false);
    o.put("error_code", code);
    o.put("description", description);
    if (retryAfter != null) o.putObject("parameters").put("retry_after", retryAfter);
    return o;
  }

  private void respond(
      HttpExchange ex, String method, ObjectNode params, int status, ObjectNode body)
      throws IOException {
    respondRaw(ex, method, params, status, body.toString());
  }

  private void respondRaw(
      HttpExchange ex, String method, ObjectNode params, int status, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, b.length);
    ex.getResponseBody().write(b);
    record(method, params, status);
  }

  private synchronized void record(String method, ObjectNode params, int status) {
    calls.add(new Call(method, params, System.nanoTime(), status));
    notifyAll();
  }

  private static ObjectNode params(HttpExchange ex) throws IOException {
    byte[] body = ex.getRequestBody().readAllBytes();
    String ct = ex.getRequestHeaders().getFirst("Content-Type");
    ObjectNode p = JSON.createObjectNode();
    String q = ex.getRequestURI().getRawQuery();
    if (q != null) form(q, p);
    if (body.length == 0) return p;
    String s = new String(body, StandardCharsets.UTF_8);
    if (ct != null && ct.startsWith("multipart/")) {
      String boundary = "--" + ct.substring(ct.indexOf("boundary=") + 9).replace("\"", "");
      for (String part : s.split(java.util.regex.Pattern.quote(boundary))) {
        int name = part.indexOf("name=\"");
        int blank = part.indexOf("\r\n\r\n");
        if (name < 0 || blank < 0) continue;
        String key = part.substring(name + 6, part.indexOf('"', name + 6));
        p.put(key, part.substring(blank + 4).replaceAll("\r\n$", ""));
      }
    } else if (ct != null && ct.contains("json")) {
      JsonNode n = JSON.readTree(s);
      if (n instanceof ObjectNode o) p.setAll(o);
    } else {
      form(s, p);
    }
    return p;
  }

  private static void form(String s, ObjectNode p) {
    for (String kv : s.split("&")) {
      int eq = kv.indexOf('=');
      if (eq <= 0) continue;
      p.put(
          URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
    }
  }

  private static void sleep(long ms) throws InterruptedException {
    Thread.sleep(ms);
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    server.stop(0);
    executor.shutdownNow();
  }
}
