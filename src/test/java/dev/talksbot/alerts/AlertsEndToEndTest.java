package dev.talksbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talksbot.MutableClock;
import dev.talksbot.TestCorpus;
import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.alerts.store.SqliteAlertStore;
import dev.talksbot.config.AlertsSettings;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.config.TelegramSettings;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.intake.IntakeResult;
import dev.talksbot.ingest.intake.IntakeService;
import dev.talksbot.ingest.intake.LocalIntake;
import dev.talksbot.ingest.intake.ServerPresence;
import dev.talksbot.ingest.intake.TestIntakes;
import dev.talksbot.net.PageFetcher;
import dev.talksbot.telegram.BotCore;
import dev.talksbot.telegram.BotToken;
import dev.talksbot.telegram.FakeBotApi;
import dev.talksbot.telegram.TelegramService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * End to end through the fake Bot API: the real serve wiring (TelegramService, UpdateHandler with
 * the alert commands, the alerts runtime with its dispatcher thread), a real index and SQLite
 * store. Users subscribe in the chat; new test articles (written for these tests: a follow-up on a
 * later prisoner exchange from one outlet, a near-duplicate of it from another, and an unrelated
 * shipping story) are ingested; what each chat receives is checked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertsEndToEndTest {
  static final String TOKEN = FanOut.TOKEN;
  static final Path ARTICLES = Path.of("src/test/resources/alerts");
  static final long ADMIN = 999;
  static final long EXCHANGE = 101; // /subscribe prisoner exchange
  static final long GRAIN = 102; // /subscribe grain exports shipping insurance
  static final long ALL = 103; // /subscribe
  static final long DAILY = 104; // /subscribe prisoner exchange daily
  static final long UNRELATED = 105; // /subscribe football transfer news
  static final long GROUP = -500; // /subscribe prisoner swap, by its admin 8 (member 7 is refused)

  static FakeBotApi api;
  static TalksBot bot;
  static TelegramService svc;
  static AlertsRuntime alerts;
  static PageFetcher fetcher;
  static ServerPresence presence;
  static IntakeService ingest;
  static MutableClock clock;
  static Path data;
  static com.sun.net.httpserver.HttpServer web;

  @BeforeAll
  static void start() throws Exception {
    bot = TestCorpus.freshBot(TestCorpus.corpusDir());
    data =
        bot.config()
            .dataDir(); // index, alerts database and inbox in one data dir, as in production
    web =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress("127.0.0.1", 0), 10);
    String page =
        AlertsSourcesTest.page(
            "Marmara Shipping News",
            "2025-08-20",
            "Black Sea war-risk premiums rise again",
            ARTICLES.resolve("grain-corridor.txt"));
    web.createContext("/shipping.html", ex -> AlertsSourcesTest.reply(ex, 200, "text/html", page));
    web.start();
    api = new FakeBotApi(TOKEN);
    api.admins(GROUP, 8, 9);
    AlertsSettings a =
        AlertsSettings.defaults()
            .with(
                b -> {
                  b.admins = List.of(ADMIN);
                  b.fetchAllow = List.of("127.0.0.1"); // the test web server
                  b.messagesPerSecond = 500.0;
                  b.privateChatPerSecond = 100.0;
                  b.groupPerMinute = 6000;
                  b.pollMillis = 50;
                  b.digestHour = 8;
                  b.maxSubscriptionsPerChat = 3;
                  b.maxTopicChars = 40;
                  return b;
                });
    TalksbotConfig cfg =
        bot.config().withAlerts(a).withTelegram(TelegramSettings.defaults().withApiUrl(api.url()));
    clock = new MutableClock(Instant.parse("2025-08-14T06:00:00Z"));
    fetcher = PageFetcher.of(cfg.alerts());
    LocalIntake intake = TestIntakes.local(bot, fetcher, clock);
    presence = ServerPresence.claim(data);
    ingest = IntakeService.open(presence, data, intake, clock);
    ingest.start(Duration.ofSeconds(1));
    alerts =
        new AlertsRuntime(
            cfg,
            bot,
            intake,
            fetcher,
            SqliteAlertStore.openIn(data),
            clock,
            dev.talksbot.telegram.AlertFormat.INSTANCE);
    svc =
        TelegramService.start(
            cfg,
            BotToken.of(TOKEN),
            BotCore.of(bot),
            new TelegramService.Options(Duration.ofSeconds(4), Duration.ofMillis(20), 50),
            dev.talksbot.telegram.AlertCommands.of(alerts, bot));
    alerts.start(svc.alertSender());
  }

  @AfterAll
  static void stop() throws Exception {
    if (svc != null) svc.close();
    if (alerts != null) alerts.close();
    if (ingest != null) ingest.close();
    if (presence != null) presence.close();
    if (fetcher != null) fetcher.close();
    if (api != null) api.close();
    if (bot != null) bot.close();
    if (web != null) web.stop(0);
  }

  /** Sends a message and returns the bot's reply (the next message to that chat). */
  static String say(long chat, long user, String text) throws Exception {
    int before = api.sent(chat).size();
    api.text(chat, user, text);
    return api.awaitSent(chat, before + 1).get(before).text();
  }

  static List<String> alertsTo(long chat) {
    return api.sent(chat).stream()
        .map(FakeBotApi.Call::text)
        .filter(t -> t.contains("New coverage"))
        .toList();
  }

  static List<String> digestsTo(long chat) {
    return api.sent(chat).stream()
        .map(FakeBotApi.Call::text)
        .filter(t -> t.contains("Daily digest"))
        .toList();
  }

  /** Waits (bounded) until matching and sending are done: no pending events, nothing due. */
  static void settle() throws Exception {
    waitFor(
        "alerts settled",
        () -> {
          // arrivals first: copying moves the cursor and adds the events in one transaction, so
          // stats read after it see every copied arrival's event (read the other way round, an
          // arrival copied between the two reads passed as settled while its event was pending)
          boolean arrivalsCopied =
              bot.articleStore().arrivalsAfter(alerts.store().arrivalCursor(), 1).isEmpty();
          AlertStore.Stats s = alerts.store().stats();
          return arrivalsCopied && s.pendingEvents() == 0 && s.backlog() == 0;
        });
  }

  static void waitFor(String what, BooleanSupplier p) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!p.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
      Thread.sleep(20);
    }
  }

  @Test
  @Order(1)
  void subscribeIngestOneAlertPerStoryAndDailyDigest() throws Exception {
    // the menu and /help know the new commands; the admin ones are not advertised
    List<String> names = new ArrayList<>();
    api.calls("setMyCommands")
        .getFirst()
        .params()
        .get("commands")
        .forEach(c -> names.add(c.get("command").asText()));
    assertThat(names)
        .contains("subscribe", "subscriptions", "unsubscribe")
        .doesNotContain("stats", "ingest");
    assertThat(say(EXCHANGE, EXCHANGE, "/help"))
        .contains("/subscribe")
        .contains("/unsubscribe")
        .doesNotContain("/stats");

    // subscribing, limits, lists
    assertThat(say(EXCHANGE, EXCHANGE, "/subscribe prisoner exchange"))
        .startsWith("Subscribed: #")
        .contains("<i>prisoner exchange</i>");
    assertThat(say(EXCHANGE, EXCHANGE, "/subscribe prisoner exchange"))
        .startsWith("Already subscribed");
    assertThat(say(EXCHANGE, EXCHANGE, "/subscribe " + "very long topic ".repeat(5)))
        .contains("too long");
    assertThat(say(EXCHANGE, EXCHANGE, "/subscribe !!!")).contains("needs words");
    assertThat(say(GRAIN, GRAIN, "/subscribe grain exports shipping insurance"))
        .startsWith("Subscribed");
    assertThat(say(ALL, ALL, "/subscribe")).startsWith("Subscribed").contains("all coverage");
    assertThat(say(DAILY, DAILY, "/subscribe prisoner exchange daily"))
        .contains("(daily digest)")
        .contains("08:00");
    assertThat(say(UNRELATED, UNRELATED, "/subscribe football transfer news"))
        .startsWith("Subscribed");
    for (String t : List.of("a", "b")) say(UNRELATED, UNRELATED, "/subscribe topic " + t);
    assertThat(say(UNRELATED, UNRELATED, "/subscribe one too many"))
        .contains("the most it may have");
    assertThat(say(UNRELATED, UNRELATED, "/subscriptions"))
        .contains("football transfer news")
        .contains("topic a");
    String list = say(UNRELATED, UNRELATED, "/subscriptions");
    String idA = list.replaceAll("(?s).*#(\\d+) <i>topic a</i>.*", "$1");
    assertThat(say(UNRELATED, UNRELATED, "/unsubscribe " + idA))
        .isEqualTo("Removed subscription #" + idA + ".");
    assertThat(say(UNRELATED, UNRELATED, "/unsubscribe 987654"))
        .contains("no subscription #987654");
    assertThat(say(UNRELATED, UNRELATED, "/subscriptions"))
        .doesNotContain("topic a")
        .contains("topic b");

    // groups: only the group's admins (getChatAdministrators)
    assertThat(say(GROUP, 7, "/subscribe prisoner swap")).contains("Only the group's admins");
    assertThat(say(GROUP, 8, "/subscribe prisoner swap")).startsWith("Subscribed");
    assertThat(api.calls("getChatAdministrators")).isNotEmpty();

    // admin commands exist for admins only
    assertThat(say(EXCHANGE, EXCHANGE, "/stats")).contains("don't know the command /stats");
    assertThat(say(EXCHANGE, EXCHANGE, "/ingest https://example.org/x"))
        .contains("don't know the command /ingest");
    assertThat(say(ADMIN, ADMIN, "/stats")).contains("subscribers: 6 chats");

    // a new story arrives through the inbox (as a dropped file)
    Path inbox = ingest.inbox().folder();
    Files.copy(ARTICLES.resolve("exchange-bosphorus.txt"), inbox.resolve("exchange-bosphorus.txt"));
    waitFor(
        "inbox done", () -> Files.exists(inbox.resolve("done").resolve("exchange-bosphorus.txt")));
    settle();
    for (long chat : List.of(EXCHANGE, ALL, GROUP)) {
      List<String> got = alertsTo(chat);
      assertThat(got).as("alerts to " + chat).hasSize(1);
      assertThat(got.get(0))
          .contains("Bosphorus Daily")
          .contains("swap 1,200 prisoners")
          .containsPattern("\\[1]")
          .contains("<b>Sources</b>");
    }
    System.out.println("alert to " + EXCHANGE + ":\n" + alertsTo(EXCHANGE).get(0));
    assertThat(alertsTo(GRAIN)).isEmpty();
    assertThat(alertsTo(UNRELATED)).isEmpty();
    assertThat(alertsTo(DAILY)).isEmpty();

    // the near-duplicate from another outlet (through the ingest path the CLI uses): no second
    // alert
    IntakeResult.Added r =
        TestIntakes.files(ingest.intake(), ARTICLES.resolve("exchange-blacksea-rewrite.txt"));
    assertThat(r.added()).hasSize(1);
    settle();
    assertThat(alerts.store().stats().stories()).isEqualTo(1);
    assertThat(alerts.store().stats().storyArticles()).isEqualTo(2);
    for (long chat : List.of(EXCHANGE, ALL, GROUP))
      assertThat(alertsTo(chat)).as("alerts to " + chat).hasSize(1);
    // re-ingesting the same file changes nothing
    assertThat(
            TestIntakes.files(ingest.intake(), ARTICLES.resolve("exchange-blacksea-rewrite.txt"))
                .added())
        .isEmpty();

    // a third outlet's own write-up of the same event (not a near-copy: its shingles share little)
    // joins the story by date and content: still no second alert
    var parser = new dev.talksbot.ingest.NewsArticleParser();
    String ledger = Files.readString(ARTICLES.resolve("exchange-dnipro-news.txt"));
    String bosphorus = Files.readString(ARTICLES.resolve("exchange-bosphorus.txt"));
    assertThat(
            MinHash.similarity(
                MinHash.signature(parser.parse("l", "l", ledger).text()),
                MinHash.signature(parser.parse("b", "b", bosphorus).text())))
        .isLessThan(alerts.engine().settings().duplicateSimilarity());
    assertThat(
            TestIntakes.files(ingest.intake(), ARTICLES.resolve("exchange-dnipro-news.txt"))
                .added())
        .hasSize(1);
    settle();
    assertThat(alerts.store().stats().stories()).isEqualTo(1);
    assertThat(alerts.store().stats().storyArticles()).isEqualTo(3);
    for (long chat : List.of(EXCHANGE, ALL, GROUP))
      assertThat(alertsTo(chat)).as("alerts to " + chat).hasSize(1);

    // an unrelated story reaches only its subscriber
    TestIntakes.files(ingest.intake(), ARTICLES.resolve("grain-corridor.txt"));
    settle();
    assertThat(alertsTo(GRAIN)).hasSize(1);
    assertThat(alertsTo(GRAIN).get(0)).contains("Aegean Maritime Review");
    assertThat(alertsTo(EXCHANGE)).hasSize(1);
    assertThat(alertsTo(UNRELATED)).isEmpty();
    assertThat(alertsTo(GROUP)).hasSize(1);
    assertThat(api.calls().stream().filter(c -> c.status() == 400).toList())
        .as("HTML Telegram refused")
        .isEmpty();

    // the daily digest: nothing before 08:00; at 08:30 one digest of the story with both outlets;
    // once
    assertThat(digestsTo(DAILY)).isEmpty();
    clock.set(Instant.parse("2025-08-14T08:30:00Z"));
    waitFor("digest", () -> !digestsTo(DAILY).isEmpty());
    clock.set(Instant.parse("2025-08-14T09:30:00Z"));
    alerts.engine().runDigests();
    settle();
    List<String> digests = digestsTo(DAILY);
    System.out.println("digest to " + DAILY + ":\n" + digests.get(0));
    assertThat(digests).hasSize(1);
    assertThat(digests.get(0))
        .contains("1 story")
        .contains("covered by 3 outlets")
        .contains("Bosphorus Daily")
        .contains("Black Sea Wire")
        .contains("Dnipro Evening News")
        .doesNotContain("Aegean");
    assertThat(alertsTo(DAILY)).isEmpty();

    // unsubscribe all: no more alerts for that chat; stats for the admin
    assertThat(say(ALL, ALL, "/unsubscribe all")).contains("Removed all 1");
    String stats = say(ADMIN, ADMIN, "/stats");
    assertThat(stats).contains("stories: 2").contains("outbox backlog: 0").contains("parked: 0");
  }

  @Test
  @Order(2)
  void blockedChatLosesItsSubscriptions() throws Exception {
    long chat = 4711;
    say(chat, chat, "/subscribe Black Sea shipping");
    api.block(chat);
    Path f = dev.talksbot.TempDirs.create("one").resolve("shipping-followup.txt");
    Files.writeString(
        f,
        Files.readString(ARTICLES.resolve("grain-corridor.txt"))
                .replace("for the second time this summer", "for the third time this year")
                .replace("Aegean Maritime Review", "Marmara Shipping News")
                .replace("Insurers raise war-risk premiums", "War-risk cover costs climb again")
            + "\nTraders said the next test would be the autumn harvest, when volumes usually double.\n"
            + "\nOne broker said underwriters wanted more data on the drone attacks before cutting rates again.\n");
    TestIntakes.files(ingest.intake(), f);
    waitFor("blocked chat deactivated", () -> alerts.store().subscriptions(chat).isEmpty());
    JsonNode last =
        api.calls("sendMessage").stream()
            .filter(c -> c.chatId() == chat)
            .reduce((a, b) -> b)
            .orElseThrow()
            .params();
    assertThat(last.path("text").asText()).contains("New coverage");
  }

  /**
   * {@code ./talksbot ingest} as a real process next to the running server (same data dir): the CLI
   * adds to the Lucene index and writes the new-article event into SQLite; the server's dispatcher
   * notices the event, its index the new commit, and the subscriber gets the alert.
   */
  @Test
  @Order(3)
  void ingestFromTheCliProcessReachesTheRunningServer() throws Exception {
    long chat = 5150;
    assertThat(say(chat, chat, "/subscribe fourth round of talks")).startsWith("Subscribed");
    List<String> cmd =
        dev.talksbot.ChildJvm.cli("ingest", ARTICLES.resolve("fourth-round.txt").toString());
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("TALKSBOT_DATA_DIR", data.toString());
    pb.environment().put("TALKSBOT_CORPUS_DIR", TestCorpus.corpusDir().toString());
    pb.environment().remove("TALKSBOT_CONFIG");
    Path out = dev.talksbot.TempDirs.file("ingest-out", ".txt");
    pb.redirectErrorStream(true).redirectOutput(out.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(out)).isZero();
    assertThat(Files.readString(out)).contains("added 1 articles").contains("+ fourth-round");
    waitFor("alert from the CLI's ingest", () -> !alertsTo(chat).isEmpty());
    settle();
    assertThat(alertsTo(chat)).hasSize(1);
    assertThat(alertsTo(chat).get(0)).contains("Anatolia Report").contains("fourth round");
    assertThat(alertsTo(GRAIN)).hasSize(1);
  }

  /**
   * An admin's /ingest of a web page that republishes a known story: added, but no second alert.
   */
  @Test
  @Order(4)
  void adminIngestOfARepublishedPageAddsItToTheStoryWithoutAlerting() throws Exception {
    long storiesBefore = alerts.store().stats().stories();
    String url = "http://127.0.0.1:" + web.getAddress().getPort() + "/shipping.html";
    assertThat(say(ADMIN, ADMIN, "/ingest " + url)).startsWith("Added url_").contains("passages");
    settle();
    assertThat(alerts.store().stats().stories()).isEqualTo(storiesBefore);
    assertThat(alertsTo(GRAIN)).hasSize(1);
    assertThat(say(ADMIN, ADMIN, "/ingest " + url)).startsWith("Already indexed");
    // a closed port (even an allowed one) gets the generic reason: no "connection refused"
    assertThat(say(ADMIN, ADMIN, "/ingest http://127.0.0.1:1/nothing.html"))
        .isEqualTo(
            "Could not ingest http://127.0.0.1:1/nothing.html: the page could not be fetched");
    // loopback addresses the allow-list does not name are refused before any connection
    assertThat(say(ADMIN, ADMIN, "/ingest http://127.0.0.2:" + web.getAddress().getPort() + "/"))
        .endsWith(": that address is not allowed");
    assertThat(say(ADMIN, ADMIN, "/ingest http://[::1]:" + web.getAddress().getPort() + "/"))
        .endsWith(": that address is not allowed");
  }
}
