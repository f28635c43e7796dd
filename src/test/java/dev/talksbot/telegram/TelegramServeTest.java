package dev.talksbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.config.WebhookSettings;
import java.lang.management.ManagementFactory;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * End to end: the real serve wiring (TelegramService with the real TelegramBots client, the real
 * index and the extractive answerer) against {@link FakeBotApi}; assertions are on what a user
 * sees.
 */
class TelegramServeTest extends TelegramHarness {
  static final Duration WAIT = Duration.ofSeconds(60);

  /** Questions containing these words make the core throw / block (test seams). */
  final Map<String, CountDownLatch> blockers = new ConcurrentHashMap<>();

  final AtomicInteger entered = new AtomicInteger();

  @Override
  BotCore core() throws Exception {
    return new DelegatingCore(BotCore.of(SharedCore.bot())) {
      @Override
      void beforeAsk(String q) {
        entered.incrementAndGet();
        if (q.contains("boom")) {
          throw new IllegalStateException(
              "index exploded at http://x/bot" + TOKEN + "/sendMessage");
        }
        for (var e : blockers.entrySet()) {
          if (q.contains(e.getKey())) {
            try {
              if (!e.getValue().await(60, TimeUnit.SECONDS))
                throw new IllegalStateException("never released");
            } catch (InterruptedException ie) {
              Thread.currentThread().interrupt();
            }
          }
        }
      }
    };
  }

  TelegramService start() throws Exception {
    return start(m -> m);
  }

  static void assertNoBadRequests(FakeBotApi api) {
    assertThat(api.calls().stream().filter(c -> c.status() == 400).toList())
        .as("400 responses")
        .isEmpty();
  }

  // ------------------------------------------------------------------ start, greeting, answers

  @Test
  void startRegistersCommandsAndGreetsWithWhatTheBotKnows() throws Exception {
    start();
    assertThat(api.calls("getMe")).isNotEmpty();
    assertThat(api.calls("deleteWebhook")).isNotEmpty();
    JsonNode cmds = api.calls("setMyCommands").getFirst().params().get("commands");
    List<String> names = new ArrayList<>();
    cmds.forEach(c -> names.add(c.get("command").asText()));
    assertThat(names).contains("ask", "summary", "sources", "help", "start");

    api.text(11, "/start");
    FakeBotApi.Call greet = api.awaitSent(11, 1).getFirst();
    assertThat(greet.params().get("parse_mode").asText()).isEqualTo("HTML");
    CorpusInfo info = SharedCore.bot().corpusInfo();
    assertThat(greet.text())
        .contains(info.articles() + " news articles")
        .contains("Istanbul")
        .contains("Try:")
        .contains("/summary")
        .contains("/sources");
    if (info.first() != null) assertThat(greet.text()).contains(info.first().toString());

    api.text(11, "/help");
    assertThat(api.awaitSent(11, 2).get(1).text())
        .contains("/ask")
        .contains("/summary")
        .contains("/sources");
    assertNoBadRequests(api);
  }

  @Test
  void plainQuestionGetsCitedAnswerSourcesAndQuotesButtonAfterTyping() throws Exception {
    start();
    // an answer that takes a while (held until the typing indicator is seen) gets typing first
    CountDownLatch held = new CountDownLatch(1);
    blockers.put("in Istanbul?", held);
    var q = api.text(21, "Who led the Ukrainian delegation in Istanbul?");
    api.await(
        "typing",
        calls ->
            calls.stream().anyMatch(c -> c.method().equals("sendchataction") && c.chatId() == 21),
        Duration.ofSeconds(30));
    held.countDown();
    FakeBotApi.Call a = api.awaitSent(21, 1).getFirst();
    assertThat(a.params().get("parse_mode").asText()).isEqualTo("HTML");
    assertThat(a.params().at("/reply_parameters/message_id").asInt())
        .isEqualTo(q.at("/message/message_id").asInt());
    assertThat(a.text()).containsPattern("\\[1]").contains("<b>Sources</b>");
    JsonNode button = markup(a).at("/inline_keyboard/0/0");
    assertThat(button.get("text").asText()).isEqualTo(UpdateHandler.SHOW);
    String data = button.get("callback_data").asText();
    assertThat(data).startsWith("q:");
    assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
    // the typing indicator came before the answer
    List<FakeBotApi.Call> all = api.calls();
    int typing = -1;
    int answer = -1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).method().equals("sendchataction") && all.get(i).chatId() == 21 && typing < 0)
        typing = i;
      if (all.get(i).method().equals("sendmessage") && all.get(i).chatId() == 21 && answer < 0)
        answer = i;
    }
    assertThat(typing).isNotNegative().isLessThan(answer);
    assertThat(api.calls("sendChatAction").getFirst().params().get("action").asText())
        .isEqualTo("typing");

    api.text(21, "/summary");
    FakeBotApi.Call s = api.awaitSent(21, 2).get(1);
    assertThat(s.text()).containsPattern("\\[\\d]").contains("<b>Sources</b>");
    api.text(21, "/sources");
    FakeBotApi.Call src = api.awaitSent(21, 3).get(2);
    assertThat(src.text())
        .contains("<b>Sources</b>")
        .contains(SharedCore.bot().corpusInfo().articles() + " articles");
    assertNoBadRequests(api);
  }

  @Test
  void courtesyMessagesGetAShortReplyNotARefusal() throws Exception {
    start();
    api.text(32, "Who leads the Russian delegation?");
    assertThat(api.awaitSent(32, 1).getFirst().text()).contains("Medinsky");
    api.text(32, "thanks!");
    assertThat(api.awaitSent(32, 2).get(1).text())
        .startsWith("You are welcome")
        .doesNotContain("does not answer");
    api.text(32, "hi there");
    assertThat(api.awaitSent(32, 3).get(2).text()).contains("Hello");
    // a question about the bot itself gets what it can do
    api.text(34, "What can you do?");
    assertThat(api.awaitSent(34, 1).getFirst().text())
        .contains("What I can do")
        .contains("/summary")
        .doesNotContain("does not answer");
    // and one about its coverage, the articles it knows
    api.text(34, "What sources do you use?");
    assertThat(api.awaitSent(34, 2).get(1).text())
        .contains("CNN")
        .doesNotContain("does not answer");
    api.textAs(33, 33, "ru", "спасибо");
    assertThat(api.awaitSent(33, 1).getFirst().text()).startsWith("Пожалуйста");
    // a question that opens politely is still answered
    api.text(32, "thanks, and who leads the Ukrainian delegation?");
    assertThat(api.awaitSent(32, 4).get(3).text()).contains("Umerov");
    assertNoBadRequests(api);
  }

  @Test
  void followUpQuestionsAreUnderstoodWithinAChat() throws Exception {
    start();
    api.text(31, "Who leads the Russian delegation?");
    assertThat(api.awaitSent(31, 1).getFirst().text()).contains("Medinsky");
    api.text(31, "And the Ukrainian one?");
    assertThat(api.awaitSent(31, 2).get(1).text()).contains("Umerov");
    // a request for more, and one for an overview, get cited summaries
    api.text(31, "tell me more");
    assertThat(api.awaitSent(31, 3).get(2).text())
        .startsWith("The coverage on who leads the Ukrainian delegation, in brief:")
        .contains("[1]");
    api.text(31, "Summarize the prisoner exchange, please");
    assertThat(api.awaitSent(31, 4).get(3).text())
        .startsWith("The coverage on the prisoner exchange, in brief:")
        .containsIgnoringCase("prisoner");
    assertNoBadRequests(api);
  }

  @Test
  void quotesButtonIsAnsweredAtOnceAndStillWorksAfterARestart() throws Exception {
    start();
    api.text(31, "/ask Who led the Russian delegation?");
    FakeBotApi.Call a = api.awaitSent(31, 1).getFirst();
    String data = markup(a).at("/inline_keyboard/0/0/callback_data").asText();
    int messageId = 1000; // first message the fake gave out
    svc.close();

    // a new process: same data dir, new service
    svc = null;
    start();
    api.callback(31, 31, messageId, data);
    api.await("edit", cs -> cs.stream().anyMatch(c -> c.method().equals("editmessagetext")), WAIT);
    List<FakeBotApi.Call> all = api.calls();
    int answered = indexOf(all, "answercallbackquery");
    int edited = indexOf(all, "editmessagetext");
    assertThat(answered).isNotNegative().isLessThan(edited);
    FakeBotApi.Call edit = all.get(edited);
    assertThat(edit.params().get("parse_mode").asText()).isEqualTo("HTML");
    assertThat(edit.text())
        .contains("Quoted passages")
        .contains("<blockquote>")
        .contains("<b>Sources</b>");
    assertThat(markup(edit).at("/inline_keyboard/0/0/text").asText()).isEqualTo(UpdateHandler.HIDE);
    String hide = markup(edit).at("/inline_keyboard/0/0/callback_data").asText();

    api.callback(31, 31, messageId, hide);
    api.await(
        "second edit",
        cs -> cs.stream().filter(c -> c.method().equals("editmessagetext")).count() == 2,
        WAIT);
    FakeBotApi.Call back = api.calls("editMessageText").get(1);
    assertThat(back.text()).isEqualTo(a.text());

    api.callback(31, 31, messageId, "q:AAAAAAAAAAAAAAAA");
    api.await(
        "expired answer",
        cs -> cs.stream().filter(c -> c.method().equals("answercallbackquery")).count() == 3,
        WAIT);
    assertThat(api.calls("answerCallbackQuery").get(2).params().get("text").asText())
        .contains("expired");
    assertNoBadRequests(api);
  }

  static int indexOf(List<FakeBotApi.Call> all, String method) {
    for (int i = 0; i < all.size(); i++) if (all.get(i).method().equals(method)) return i;
    return -1;
  }

  @Test
  void questionsWithHtmlAndMarkdownCharactersAreEscaped() throws Exception {
    start();
    api.text(
        41,
        "/ask What did <b>Peskov</b> & \"Zelensky\" say about *talks* _in_ `Istanbul` <script>?");
    api.text(41, "/summary <prisoner> & \"exchange\"");
    api.text(41, "/ask <<>>&&;");
    api.text(41, "/nosuch<b>");
    List<FakeBotApi.Call> sent = api.awaitSent(41, 4);
    assertNoBadRequests(api);
    assertThat(sent.get(3).text()).contains("/nosuch&lt;b&gt;");
  }

  // ------------------------------------------------------------------ groups and odd updates

  @Test
  void inGroupsOnlyCommandsMentionsAndRepliesToTheBotAreAnswered() throws Exception {
    start();
    long g = -100500;
    api.text(g, 7, "who led the Ukrainian delegation?"); // not addressed: ignored
    api.text(g, 7, "/ask@other_bot who led the delegation?"); // another bot: ignored
    api.text(g, 7, "/weather"); // maybe another bot's command: ignored
    api.text(g, 7, "/ask@" + FakeBotApi.BOT_USERNAME + " Who led the Ukrainian delegation?");
    api.text(g, 7, "@" + FakeBotApi.BOT_USERNAME + " who led the Russian delegation?");
    api.replyToBot(g, 8, "And what did Peskov say?", 1000);
    api.text(g, 7, "/nosuch@" + FakeBotApi.BOT_USERNAME);
    api.text(g, 7, "/help");
    List<FakeBotApi.Call> sent = api.awaitSent(g, 5);
    assertThat(sent.get(4).text()).contains("/ask"); // the help, last
    assertThat(sent.get(3).text()).contains("don't know");
    assertThat(sent).allSatisfy(c -> assertThat(c.params().has("reply_parameters")).isTrue());
    api.text(g, 7, "/help");
    assertThat(api.awaitSent(g, 6)).hasSize(6); // nothing else slipped in
    assertNoBadRequests(api);
  }

  @Test
  void stickersPhotosEditsChannelPostsAndUnknownCommandsNeverFail() throws Exception {
    start();
    var sticker = api.message(51, 51, null);
    sticker
        .putObject("sticker")
        .put("file_id", "s1")
        .put("file_unique_id", "u1")
        .put("type", "regular")
        .put("width", 512)
        .put("height", 512)
        .put("is_animated", false)
        .put("is_video", false);
    api.raw("message", sticker);
    var photo = api.message(51, 51, null);
    photo
        .putArray("photo")
        .addObject()
        .put("file_id", "p1")
        .put("file_unique_id", "pu1")
        .put("width", 90)
        .put("height", 90);
    api.raw("message", photo);
    api.raw("edited_message", api.message(51, 51, "edited question"));
    var post = api.message(-100777, 1, "a channel post");
    ((com.fasterxml.jackson.databind.node.ObjectNode) post.get("chat")).put("type", "channel");
    post.remove("from");
    api.raw("channel_post", post);
    api.raw("message", api.message(51, 51, "")); // empty text
    api.text(51, "/frobnicate now");
    api.text(51, "/help");
    List<FakeBotApi.Call> sent = api.awaitSent(51, 5);
    assertThat(sent.get(0).text()).contains("only read text");
    assertThat(sent.get(1).text()).contains("only read text");
    assertThat(sent.get(2).text()).contains("Hello"); // an empty message gets the greeting
    assertThat(sent.get(3).text()).contains("don't know").contains("/frobnicate");
    assertThat(sent.get(4).text()).contains("/summary");
    assertThat(sent).hasSize(5); // the edit and the channel post got nothing
    assertThat(api.calls("sendMessage").stream().filter(c -> c.chatId() == -100777)).isEmpty();
    assertNoBadRequests(api);
  }

  @Test
  void floodLimitAndQuestionLengthGetPoliteReplies() throws Exception {
    start(
        m -> {
          m.put("perMinute", 3);
          return m;
        });
    long g = -200;
    for (int i = 0; i < 6; i++) api.text(g, 5, "/help");
    api.text(g, 6, "/ask " + "why ".repeat(300)); // another user: not limited; 1,204 characters
    List<FakeBotApi.Call> sent = api.awaitSent(g, 5);
    assertThat(sent.subList(0, 3)).allSatisfy(c -> assertThat(c.text()).contains("/summary"));
    assertThat(sent.get(3).text()).contains("faster than I can answer");
    assertThat(sent.get(4).text()).contains("too long").contains("1000");
    api.text(g, 6, "/help");
    assertThat(api.awaitSent(g, 6)).hasSize(6); // user 5's extra messages were dropped quietly
  }

  // ------------------------------------------------------------------ Telegram failures

  @Test
  void a429IsHonouredWithRetryAfter() throws Exception {
    start();
    api.inject("sendMessage", FakeBotApi.Fault.tooMany(1));
    api.text(61, "/help");
    api.awaitSent(61, 1);
    List<FakeBotApi.Call> tries =
        api.calls("sendMessage").stream().filter(c -> c.chatId() == 61).toList();
    assertThat(tries).extracting(FakeBotApi.Call::status).containsExactly(429, 200);
    assertThat(tries.get(1).nanos() - tries.get(0).nanos())
        .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(950));
  }

  @Test
  void serverErrorsDroppedConnectionsAndBodiesWithoutOkAreRetried() throws Exception {
    start();
    api.inject("sendMessage", FakeBotApi.Fault.status(500));
    api.inject("sendMessage", FakeBotApi.Fault.dropConnection());
    api.inject("sendMessage", FakeBotApi.Fault.bodyWithoutOk());
    api.text(71, "/help");
    api.awaitSent(71, 1);
    List<FakeBotApi.Call> tries =
        api.calls("sendMessage").stream().filter(c -> c.chatId() == 71).toList();
    assertThat(tries).extracting(FakeBotApi.Call::status).containsExactly(500, -1, 502, 200);
    assertThat(tries.get(3).text()).contains("/summary"); // the help itself, not an apology
  }

  @Test
  void slowAnswersTimeOutAndGiveUpAfterTheLimitWithoutStoppingTheBot() throws Exception {
    start(
        m -> {
          m.put("attempts", 2);
          return m;
        });
    api.inject("sendMessage", FakeBotApi.Fault.slow(3000)); // longer than the 2 s request timeout
    api.inject("sendMessage", FakeBotApi.Fault.status(503));
    api.text(
        72, "/help"); // both attempts fail: given up (after the apology also fails once or not)
    api.text(73, "/help");
    api.awaitSent(73, 1);
    api.text(72, "/help");
    api.await(
        "chat 72 answered later",
        cs ->
            cs.stream()
                .anyMatch(
                    c ->
                        c.method().equals("sendmessage")
                            && c.chatId() == 72
                            && c.status() == 200
                            && c.text().contains("/summary")),
        WAIT);
  }

  @Test
  void a403IsRecordedAndNotRetried() throws Exception {
    start();
    api.block(81);
    api.text(81, "/help");
    api.text(82, "/help");
    api.awaitSent(82, 1);
    api.await("403", cs -> cs.stream().anyMatch(c -> c.chatId() == 81 && c.status() == 403), WAIT);
    api.text(82, "/help"); // let chat 81's lane finish; then check it made exactly one attempt
    api.awaitSent(82, 2);
    for (int i = 0; i < 50 && !svc.blockedChats().contains(81L); i++) Thread.sleep(100);
    assertThat(svc.blockedChats()).contains(81L);
    assertThat(api.calls("sendMessage").stream().filter(c -> c.chatId() == 81)).hasSize(1);
  }

  @Test
  void anExceptionWhileAnsweringIsLoggedWithTheUpdateIdAndTheUserGetsAnApology() throws Exception {
    var log = LogCapture.start();
    try {
      start();
      var u = api.text(91, "boom?");
      api.text(91, "Who led the Ukrainian delegation?");
      List<FakeBotApi.Call> sent = api.awaitSent(91, 2);
      assertThat(sent.get(0).text()).contains("Sorry");
      assertThat(sent.get(1).text()).contains("<b>Sources</b>");
      String logged = log.text();
      assertThat(logged).contains("update " + u.get("update_id").asInt() + " failed");
      assertThat(logged).doesNotContain(TOKEN).doesNotContain(TOKEN.substring(10));
    } finally {
      log.stop();
    }
  }

  @Test
  void pollingSurvivesDroppedAndFailingGetUpdates() throws Exception {
    start();
    api.inject("getUpdates", FakeBotApi.Fault.dropConnection());
    api.inject("getUpdates", FakeBotApi.Fault.status(500));
    api.inject("getUpdates", FakeBotApi.Fault.bodyWithoutOk());
    api.text(101, "/help");
    assertThat(api.awaitSent(101, 1).getFirst().text()).contains("/summary");
  }

  // ------------------------------------------------------------------ load, order, shutdown

  @Test
  void aBurstOf500UpdatesFrom100ChatsIsAnsweredInOrderWithBoundedThreads() throws Exception {
    start(
        m -> {
          m.put("queue", 64); // smaller than the burst: the poller has to wait for room
          return m;
        });
    String[] questions = {
      "Who led the Ukrainian delegation?",
      "What did Peskov say?",
      "Was there a prisoner exchange?",
      "/help",
      "When did the talks take place?"
    };
    var threads = ManagementFactory.getThreadMXBean();
    threads.resetPeakThreadCount();
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    Map<Long, List<Integer>> asked = new java.util.HashMap<>();
    for (int round = 0; round < 5; round++) {
      for (long chat = 1000; chat < 1100; chat++) {
        var u = api.text(chat, questions[(int) ((round + chat) % questions.length)]);
        asked
            .computeIfAbsent(chat, k -> new ArrayList<>())
            .add(u.at("/message/message_id").asInt());
      }
    }
    int maxWorkers = 0;
    long maxHeap = 0;
    while (api.calls("sendMessage").stream()
            .filter(c -> c.status() == 200 && c.chatId() >= 1000 && c.chatId() < 1100)
            .count()
        < 500) {
      maxWorkers =
          Math.max(
              maxWorkers,
              (int)
                  Thread.getAllStackTraces().keySet().stream()
                      .filter(t -> t.getName().startsWith("tg-worker"))
                      .count());
      maxHeap = Math.max(maxHeap, rt.totalMemory() - rt.freeMemory());
      assertThat(System.nanoTime() - t0)
          .as("burst finished")
          .isLessThan(TimeUnit.SECONDS.toNanos(300));
      Thread.sleep(20);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    for (long chat = 1000; chat < 1100; chat++) {
      List<Integer> replyTo =
          api.sent(chat).stream()
              .map(c -> c.params().at("/reply_parameters/message_id").asInt(-1))
              .filter(i -> i > 0)
              .toList();
      List<Integer> expected = asked.get(chat).stream().filter(id -> replyTo.contains(id)).toList();
      assertThat(replyTo).as("replies of chat %d in order", chat).isEqualTo(expected);
      assertThat(api.sent(chat)).hasSize(5);
    }
    assertThat(maxWorkers).isLessThanOrEqualTo(4);
    assertNoBadRequests(api);
    System.out.printf(
        java.util.Locale.ROOT,
        "burst: 500 updates from 100 chats in %.2f s = %.0f updates/s; worker threads max %d; "
            + "JVM peak threads %d; heap used before %d MB, max during %d MB%n",
        secs,
        500 / secs,
        maxWorkers,
        threads.getPeakThreadCount(),
        heapBefore >> 20,
        maxHeap >> 20);
  }

  @Test
  void stopFinishesTheAnswersInFlight() throws Exception {
    start();
    CountDownLatch release = new CountDownLatch(1);
    blockers.put("slowly", release);
    api.text(111, "Who led the Ukrainian delegation, slowly?");
    for (int i = 0; i < 600 && entered.get() == 0; i++) Thread.sleep(50);
    assertThat(entered.get()).isEqualTo(1);
    Thread stopper = new Thread(svc::close);
    stopper.start();
    release.countDown();
    stopper.join(60_000);
    assertThat(stopper.isAlive()).isFalse();
    assertThat(api.sent(111)).hasSize(1);
    assertThat(api.sent(111).getFirst().text()).contains("Sources");
  }

  @Test
  void typingIsRefreshedWhileAnAnswerTakesLong() throws Exception {
    start();
    CountDownLatch release = new CountDownLatch(1);
    blockers.put("patiently", release);
    api.text(121, "Who led the Ukrainian delegation, patiently?");
    api.await(
        "3 typing actions",
        cs ->
            cs.stream()
                    .filter(c -> c.method().equals("sendchataction") && c.chatId() == 121)
                    .count()
                >= 3,
        WAIT);
    release.countDown();
    api.awaitSent(121, 1);
  }

  // ------------------------------------------------------------------ webhook

  @Test
  void webhookModeChecksTheSecretTokenOnEveryRequest() throws Exception {
    api = new FakeBotApi(TOKEN);
    Path secret = stateDir.resolve("webhook.secret");
    Files.writeString(secret, "s3cret_token-1\n");
    start(
        m -> {
          m.put("mode", "webhook");
          m.put(
              "webhook",
              new WebhookSettings("127.0.0.1", 0, "/tg", "https://example.org/tg", secret));
          return m;
        });
    assertThat(api.calls("setWebhook").getFirst().params().get("secret_token").asText())
        .isEqualTo("s3cret_token-1");
    HttpClient http = HttpClient.newHttpClient();
    String update =
        "{\"update_id\":5,\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":131,\"type\":\"private\"},"
            + "\"from\":{\"id\":131,\"is_bot\":false,\"first_name\":\"A\"},\"text\":\"/help\"}}";
    URI uri = URI.create("http://127.0.0.1:" + svc.webhookPort() + "/tg");
    var noSecret =
        http.send(
            HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(update)).build(),
            HttpResponse.BodyHandlers.ofString());
    var wrong =
        http.send(
            HttpRequest.newBuilder(uri)
                .header(WebhookServer.HEADER, "nope")
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(noSecret.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    var right =
        http.send(
            HttpRequest.newBuilder(uri)
                .header(WebhookServer.HEADER, "s3cret_token-1")
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(api.awaitSent(131, 1)).hasSize(1);
    assertThat(api.calls("getUpdates")).isEmpty();
  }
}
