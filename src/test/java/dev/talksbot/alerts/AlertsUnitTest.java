package dev.talksbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.alerts.store.SqliteAlertStore;
import dev.talksbot.ingest.NewsArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Store, near-duplicates and the dispatcher's failure handling, without the index or Telegram. */
class AlertsUnitTest {
  @TempDir Path dir;

  static String text(String file) throws Exception {
    return new NewsArticleParser()
        .parse("x", file, Files.readString(Path.of("src/test/resources/alerts", file)))
        .text();
  }

  @Test
  void minHashGroupsTheRewriteButNotOtherStories() throws Exception {
    int[] a = MinHash.signature(text("exchange-bosphorus.txt"));
    int[] b = MinHash.signature(text("exchange-blacksea-rewrite.txt"));
    int[] c = MinHash.signature(text("grain-corridor.txt"));
    assertThat(MinHash.similarity(a, a)).isEqualTo(1.0);
    assertThat(MinHash.similarity(a, b)).isGreaterThanOrEqualTo(0.5);
    assertThat(MinHash.similarity(a, c)).isLessThan(0.1);
    // bundled talks articles are different stories from one another
    List<int[]> bundled = new ArrayList<>();
    try (var s = Files.list(Path.of("index/corpus"))) {
      for (Path f : s.sorted().toList()) {
        bundled.add(
            MinHash.signature(new NewsArticleParser().parse("x", "x", Files.readString(f)).text()));
      }
    }
    for (int i = 0; i < bundled.size(); i++) {
      for (int j = i + 1; j < bundled.size(); j++)
        assertThat(MinHash.similarity(bundled.get(i), bundled.get(j))).isLessThan(0.2);
      assertThat(MinHash.similarity(bundled.get(i), a)).isLessThan(0.2);
    }
  }

  @Test
  void storeMigratesOnceAndKeepsOneAlertPerSubscriptionAndStory() throws Exception {
    Path db = dir.resolve("a.sqlite");
    Instant now = Instant.parse("2025-08-14T10:00:00Z");
    try (AlertStore s = SqliteAlertStore.open(db)) {
      AlertStore.Subscription sub = s.subscribe(42, "private", "prisoner exchange", false, now);
      long story = s.newStory("a1", now);
      var alert = new AlertStore.NewAlert(sub.id(), 42, "private", "story:" + story, "hi");
      s.apply(
          new AlertStore.MatchBatch(List.of(), List.of(alert, alert), List.of(), List.of()), now);
      s.apply(
          new AlertStore.MatchBatch(List.of(), List.of(alert), List.of(), List.of()),
          now); // re-ingest
      assertThat(s.countOutbox("pending")).isEqualTo(1);
    }
    try (AlertStore s = SqliteAlertStore.open(db);
        var c = DriverManager.getConnection("jdbc:sqlite:" + db);
        var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
      assertThat(((SqliteAlertStore) s).schemaVersion())
          .isEqualTo(SqliteAlertStore.MIGRATIONS.size());
      assertThat(s.countOutbox("pending")).isEqualTo(1);
    }
  }

  @Test
  void failuresAreRetriedThenParkedAnd403EndsTheChat() throws Exception {
    try (AlertStore s = SqliteAlertStore.open(dir.resolve("b.sqlite"))) {
      Instant now = Instant.now();
      s.subscribeMany(List.of(1L, 2L, 3L), "private", null, now);
      long story = s.newStory("a", now);
      List<AlertStore.NewAlert> alerts =
          s.activeSubscriptions().stream()
              .map(
                  x ->
                      new AlertStore.NewAlert(
                          x.id(), x.chatId(), x.chatType(), "story:" + story, "<b>hi</b>"))
              .toList();
      s.apply(new AlertStore.MatchBatch(List.of(), alerts, List.of(), List.of()), now);
      List<Long> tries = new ArrayList<>();
      AlertSender sender =
          (chat, html) -> {
            tries.add(chat);
            return switch ((int) chat) {
              case 1 -> AlertSender.Result.OK;
              case 2 ->
                  new AlertSender.Result(
                      AlertSender.Outcome.RETRY, "sendmessage failed: 502 Bad Gateway");
              default ->
                  new AlertSender.Result(
                      AlertSender.Outcome.BLOCKED, "Forbidden: bot was blocked by the user");
            };
          };
      var settings =
          FanOut.settings(1000)
              .with(
                  b -> {
                    b.sendAttempts = 3;
                    b.privateChatPerSecond = 1000.0;
                    return b;
                  });
      new Dispatcher(s, sender, settings, Clock.systemUTC()).drain();
      assertThat(tries.stream().filter(c -> c == 2L)).hasSize(3);
      assertThat(s.countOutbox("sent")).isEqualTo(1);
      List<AlertStore.Parked> parked = s.parked(10);
      assertThat(parked).hasSize(1);
      assertThat(parked.get(0).reason()).contains("failed 3 times").contains("502");
      assertThat(s.subscriptions(3)).isEmpty();
      assertThat(s.subscriptions(1)).hasSize(1);
      assertThat(s.stats().parked()).isEqualTo(1);
    }
  }

  /** A chat that is not free yet (1/s per private chat) is passed over, not waited for. */
  @Test
  void aBusyChatDoesNotHoldUpTheOthers() throws Exception {
    try (AlertStore s = SqliteAlertStore.open(dir.resolve("c.sqlite"))) {
      Instant now = Instant.now();
      s.subscribeMany(List.of(1L, 1L, 2L, 3L), "private", null, now);
      long story = s.newStory("a", now);
      s.apply(
          new AlertStore.MatchBatch(
              List.of(),
              s.activeSubscriptions().stream()
                  .map(
                      x ->
                          new AlertStore.NewAlert(
                              x.id(), x.chatId(), x.chatType(), "story:" + story, "hi"))
                  .toList(),
              List.of(),
              List.of()),
          now);
      List<Long> order = new ArrayList<>();
      AlertSender sender =
          (chat, html) -> {
            order.add(chat);
            return AlertSender.Result.OK;
          };
      new Dispatcher(s, sender, FanOut.settings(1000), Clock.systemUTC()).drain();
      assertThat(order).containsExactly(1L, 2L, 3L, 1L);
      assertThat(s.countOutbox("sent")).isEqualTo(4);
    }
  }
}
