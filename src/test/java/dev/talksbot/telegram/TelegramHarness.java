package dev.talksbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talksbot.config.AlertsSettings;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.config.TelegramSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What issue 12's Telegram tests share: the real serve wiring and core (counting the questions it
 * is asked) against a {@link FakeBotApi}, with an admin for /stats and the feedback switch.
 */
abstract class TelegramHarness {
  static final String TOKEN = TelegramServeTest.TOKEN;
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

  void start(int perMinute, boolean feedback) throws Exception {
    api = new FakeBotApi(TOKEN);
    TelegramSettings t =
        new TelegramSettings(
            dev.talksbot.config.TelegramMode.POLLING,
            api.url(),
            null,
            4,
            1000,
            perMinute,
            1000,
            1,
            2,
            4,
            20,
            null,
            feedback,
            60);
    TalksbotConfig cfg =
        SharedCore.config()
            .withDataDir(stateDir)
            .withTelegram(t)
            .withAlerts(
                AlertsSettings.defaults()
                    .with(
                        b -> {
                          b.admins = List.of(ADMIN);
                          return b;
                        }));
    svc =
        TelegramService.start(
            cfg,
            BotToken.of(TOKEN),
            core(),
            new TelegramService.Options(Duration.ofMillis(100), Duration.ofMillis(20), 50));
  }

  static JsonNode markup(FakeBotApi.Call c) throws Exception {
    return TelegramServeTest.markup(c);
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
