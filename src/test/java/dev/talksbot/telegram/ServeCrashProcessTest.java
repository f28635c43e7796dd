package dev.talksbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.ChildProcesses;
import dev.talksbot.TestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} (a child JVM, polling a fake Bot API on 127.0.0.1) is killed with -9 while it
 * answers a burst of updates from many chats — after Telegram was told it received them (the next
 * getUpdates offset) but before all were answered. After a restart every chat has its answer, and
 * only the answers in flight at the kill (at most one per worker) come twice.
 */
class ServeCrashProcessTest {
  static final String TOKEN = "123456:serve-crash-test-token";
  static final int CHATS = 24;
  static final int KILL_AFTER = 6;
  static final int WORKERS = 4; // telegram.workers' default

  @TempDir Path dir;

  @Test
  void aServerKilledInABurstAnswersEveryUpdateAfterTheRestart() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestCorpus.corpusDir().resolve("001_03bb27ef92224f2d.txt"), corpus.resolve("a.txt"));
    try (ChildProcesses procs = new ChildProcesses(dir, data, corpus);
        FakeBotApi api = new FakeBotApi(TOKEN)) {
      Process first = procs.serve(api.url(), TOKEN, "serve1");
      // from the KILL_AFTER-th answer on, Telegram takes the message but its reply is held back:
      // the kill lands while those answers are in flight
      api.holdAfter(KILL_AFTER, 30_000);
      for (long chat = 1; chat <= CHATS; chat++) {
        api.text(1000 + chat, "Who leads the Ukrainian delegation?");
      }
      ChildProcesses.waitFor(
          "answers before the kill", Duration.ofSeconds(120), () -> api.okSends() >= KILL_AFTER);
      // every update has been taken from Telegram (confirmed by the next long poll's offset):
      // without the journal, those not answered yet would be lost with the process
      ChildProcesses.waitFor(
          "all updates taken", Duration.ofSeconds(20), () -> api.unconfirmedUpdates() == 0);
      Thread.sleep(300); // let the other workers reach the held replies
      first.destroyForcibly();
      first.waitFor();
      Map<Long, Integer> beforeKill = counts(api);
      assertThat(beforeKill.size()).as("answered before the kill").isLessThan(CHATS);
      api.holdAfter(0, 0);

      procs.serve(api.url(), TOKEN, "serve2");
      ChildProcesses.waitFor(
          "every chat answered after the restart",
          Duration.ofSeconds(120),
          () -> counts(api).size() == CHATS);
      Thread.sleep(1000); // anything answered twice shows now
      Map<Long, Integer> after = counts(api);
      int duplicates = after.values().stream().mapToInt(n -> n - 1).sum();
      System.out.printf(
          "serve crash: %d of %d chats answered before the kill; after the restart all, %d"
              + " answer(s) twice%n",
          beforeKill.size(), CHATS, duplicates);

      assertThat(duplicates).isLessThanOrEqualTo(WORKERS);
      // only an answer that was in flight at the kill may come twice
      after.forEach(
          (chat, n) -> {
            if (n > 1) assertThat(beforeKill).as("chat %d answered twice", chat).containsKey(chat);
          });
    }
  }

  static Map<Long, Integer> counts(FakeBotApi api) {
    Map<Long, Integer> out = new HashMap<>();
    for (Map.Entry<Long, AtomicInteger> e : api.perChat().entrySet()) {
      out.put(e.getKey(), e.getValue().get());
    }
    return out;
  }
}
