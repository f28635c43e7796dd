package dev.talksbot.alerts;

import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.alerts.store.SqliteAlertStore;
import dev.talksbot.config.AlertsSettings;
import dev.talksbot.config.TelegramSettings;
import dev.talksbot.telegram.BotToken;
import dev.talksbot.telegram.TelegramAlertSender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Seeds a store with one story's alert to N private chats; runs a dispatcher over it (also as a
 * child JVM).
 */
final class FanOut {
  static final String TOKEN = "123456789:" + "TESTtoken_abcdefghijklmnopqrstuvwxyz0123";
  static final String TEXT =
      "\uD83D\uDD14 <b>New coverage</b> on <i>prisoner exchange</i>\n<b>Russia and Ukraine swap "
          + "1,200 prisoners</b>\nBosphorus Daily, 2025-08-14\n\nRussia and Ukraine exchanged 1,200 prisoners of war "
          + "on Thursday. [1]\n\n<b>Sources</b>\n[1] Bosphorus Daily, 2025-08-14 — Russia and Ukraine swap 1,200 prisoners";

  private FanOut() {}

  /** N subscribers (chat ids 1..n) and one pending alert each, as the engine writes them. */
  static void seed(Path db, int n) {
    try (AlertStore store = SqliteAlertStore.open(db)) {
      List<Long> chats = LongStream.rangeClosed(1, n).boxed().toList();
      Instant now = Instant.now();
      store.subscribeMany(chats, "private", "prisoner exchange", now);
      long story = store.newStory("exchange-bosphorus", now);
      List<AlertStore.NewAlert> alerts = new ArrayList<>();
      for (AlertStore.Subscription s : store.activeSubscriptions()) {
        alerts.add(
            new AlertStore.NewAlert(s.id(), s.chatId(), s.chatType(), "story:" + story, TEXT));
      }
      store.apply(new AlertStore.MatchBatch(List.of(), alerts, List.of(), List.of()), now);
    }
  }

  static AlertsSettings settings(double perSecond) {
    return AlertsSettings.defaults()
        .with(
            b -> {
              b.messagesPerSecond = perSecond;
              b.retryBackoffSeconds = 0;
              return b;
            });
  }

  /** Sends everything pending; returns the dispatcher. */
  static Dispatcher drain(Path db, String apiUrl, double perSecond) throws InterruptedException {
    try (AlertStore store = SqliteAlertStore.open(db);
        TelegramAlertSender sender =
            TelegramAlertSender.create(
                TelegramSettings.defaults().withApiUrl(apiUrl), BotToken.of(TOKEN))) {
      Dispatcher d = new Dispatcher(store, sender, settings(perSecond), Clock.systemUTC());
      d.drain();
      return d;
    }
  }

  /** Child JVM of the crash test: {@code FanOut <db> <apiUrl> <perSecond>}. */
  public static void main(String[] args) throws Exception {
    Dispatcher d = drain(Path.of(args[0]), args[1], Double.parseDouble(args[2]));
    System.out.println("sent " + d.sent.get());
    System.exit(0);
  }
}
