package dev.talksbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.alerts.store.SqliteAlertStore;
import dev.talksbot.telegram.FakeBotApi;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fan-out of 2,000 alerts is killed mid-way with a real process kill (destroyForcibly of a child
 * JVM running the dispatcher against the fake Bot API and a SQLite file), restarted, and every
 * subscriber ends with exactly one alert, at most one of them twice (the message in flight).
 */
class AlertsCrashTest {
  static final int SUBSCRIBERS = 2000;
  static final int KILL_AFTER = 700;
  static final double RATE = 400; // messages/s in this test (the product default is 30)

  @TempDir Path dir;

  Process child(Path db, String url) throws Exception {
    List<String> cmd =
        dev.talksbot.ChildJvm.command(
            List.of("-Xmx256m"), FanOut.class.getName(), db.toString(), url, String.valueOf(RATE));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child-" + System.nanoTime() + ".log").toFile())
        .start();
  }

  @Test
  void killedFanOutResumesWithoutLossAndAtMostOneDuplicate() throws Exception {
    Path db = dir.resolve("alerts.sqlite");
    FanOut.seed(db, SUBSCRIBERS);
    try (FakeBotApi api = new FakeBotApi(FanOut.TOKEN)) {
      api.recordSends(false);
      // the KILL_AFTER-th message reaches Telegram but its answer is held back: the kill lands
      // while
      // it is in flight, so the restart must send it again (the one allowed duplicate)
      api.holdAfter(KILL_AFTER, 5_000);
      Process first = child(db, api.url());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (api.okSends() < KILL_AFTER && first.isAlive() && System.nanoTime() < deadline)
        Thread.sleep(5);
      assertThat(first.isAlive()).as("child still sending when killed").isTrue();
      first.destroyForcibly();
      first.waitFor();
      long beforeRestart = api.okSends();
      assertThat(beforeRestart).isEqualTo(KILL_AFTER);
      api.holdAfter(0, 0);

      Process second = child(db, api.url());
      assertThat(second.waitFor(120, TimeUnit.SECONDS))
          .as("restarted dispatcher finished")
          .isTrue();
      assertThat(second.exitValue()).isZero();

      int missing = 0;
      int duplicates = 0;
      for (long chat = 1; chat <= SUBSCRIBERS; chat++) {
        AtomicInteger n = api.perChat().get(chat);
        int c = n == null ? 0 : n.get();
        if (c == 0) missing++;
        if (c > 1) duplicates += c - 1;
      }
      System.out.printf(
          "crash test: killed after %d of %d sends; after restart %d sends in all, %d missing, "
              + "%d duplicate(s)%n",
          beforeRestart, SUBSCRIBERS, api.okSends(), missing, duplicates);
      assertThat(missing).isZero();
      assertThat(duplicates).isLessThanOrEqualTo(1);
      assertThat(api.perChat().get((long) KILL_AFTER).get())
          .as("the message in flight at the kill")
          .isEqualTo(2);
      assertThat(api.perChat()).hasSize(SUBSCRIBERS);
    }
    try (var store = SqliteAlertStore.open(db)) {
      assertThat(store.countOutbox("sent")).isEqualTo(SUBSCRIBERS);
      assertThat(store.countOutbox("pending")).isZero();
      assertThat(store.schemaVersion()).isEqualTo(SqliteAlertStore.MIGRATIONS.size());
    }
  }
}
