package dev.talksbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talksbot.config.AlertsSettings;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.config.TelegramSettings;
import dev.talksbot.config.WebhookSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Telegram tests share: the real serve wiring and core (counting the questions it is
 * asked) against a {@link FakeBotApi}, settings made from a few named values, an admin for /stats
 * and the feedback switch; everything started is stopped after each test.
 */
abstract class TelegramHarness {
  static final String TOKEN = "123456789:" + "TESTtoken_abcdefghijklmnopqrstuvwxyz0123";
  static final long ADMIN = 4242;

  FakeBotApi api;
  TelegramService svc;
  final AtomicInteger asked = new AtomicInteger();

  @TempDir Path stateDir;

  @BeforeAll
  static void loadCore() throws Exception {
    SharedCore.bot();
  }

  @AfterEach
  void stop() {
    if (svc != null) svc.close();
    if (api != null) api.close();
  }

  /** The real core, counting the questions it is asked. */
  BotCore core() throws Exception {
    return new DelegatingCore(BotCore.of(SharedCore.bot())) {
      @Override
      void beforeAsk(String question) {
        asked.incrementAndGet();
      }
    };
  }

  TelegramSettings settings(UnaryOperator<Map<String, Object>> tweak) {
    Map<String, Object> m =
        new java.util.HashMap<>(
            Map.of(
                "mode",
                "polling",
                "workers",
                4,
                "queue",
                1000,
                "perMinute",
                1000,
                "pollTimeout",
                1,
                "requestTimeout",
                2,
                "attempts",
                4,
                "shutdown",
                20));
    m = tweak.apply(m);
    return new TelegramSettings(
        dev.talksbot.config.TelegramMode.parse((String) m.get("mode")),
        api.url(),
        null,
        (Integer) m.get("workers"),
        (Integer) m.get("queue"),
        (Integer) m.get("perMinute"),
        1000,
        (Integer) m.get("pollTimeout"),
        (Integer) m.get("requestTimeout"),
        (Integer) m.get("attempts"),
        (Integer) m.get("shutdown"),
        (WebhookSettings) m.get("webhook"),
        (Boolean) m.get("feedback"),
        (Integer) m.get("inlineCache"));
  }

  /**
   * The shared index's config with the bot's own state (quote buttons) in this test's folder and
   * {@link #ADMIN} as the alerts admin (for /stats).
   */
  TalksbotConfig config(TelegramSettings t) throws Exception {
    return SharedCore.config()
        .withDataDir(stateDir)
        .withTelegram(t)
        .withAlerts(
            AlertsSettings.defaults()
                .with(
                    b -> {
                      b.admins = List.of(ADMIN);
                      return b;
                    }));
  }

  TelegramService start(UnaryOperator<Map<String, Object>> tweak) throws Exception {
    if (api == null) api = new FakeBotApi(TOKEN);
    svc =
        TelegramService.start(
            config(settings(tweak)),
            BotToken.of(TOKEN),
            core(),
            new TelegramService.Options(Duration.ofMillis(100), Duration.ofMillis(20), 50));
    return svc;
  }

  /** Starts the service with this flood limit and feedback switch. */
  void start(int perMinute, boolean feedback) throws Exception {
    start(
        m -> {
          m.put("perMinute", perMinute);
          m.put("feedback", feedback);
          return m;
        });
  }

  static JsonNode markup(FakeBotApi.Call c) throws Exception {
    JsonNode m = c.params().get("reply_markup");
    if (m != null && m.isTextual()) m = FakeBotApi.JSON.readTree(m.asText());
    return m;
  }

  /** Waits for the n-th call of a method and returns it. */
  FakeBotApi.Call awaitCall(String method, int n) throws Exception {
    api.await(
        n + " " + method,
        cs -> cs.stream().filter(c -> c.method().equalsIgnoreCase(method)).count() >= n,
        Duration.ofSeconds(60));
    return api.calls(method).get(n - 1);
  }
}
