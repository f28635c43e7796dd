package dev.talksbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.MutableClock;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.db.Backend;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The update journal holds one behaviour on SQLite and on PostgreSQL: an update is handled once
 * however often it is delivered and however many instances (journals) see it; what was taken and
 * not handled comes back; handled entries are pruned after their time.
 */
class UpdateJournalContractTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2025-08-01T10:00:00Z"));

  UpdateJournal open(TalksbotConfig cfg, long botId) {
    return UpdateJournal.open(cfg, Map.of(), botId, clock);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anUpdateIsTakenOnceUnfinishedOnesComeBackAndBotsAreSeparate(Backend backend) {
    TalksbotConfig cfg = backend.location(dir);
    try (UpdateJournal j = open(cfg, 7)) {
      assertThat(j.record(1, "{\"update_id\":1}")).isTrue();
      assertThat(j.record(1, "{\"update_id\":1}")).isFalse(); // a re-delivery
      assertThat(j.record(2, "{\"update_id\":2}")).isTrue();
      assertThat(j.record(3, "{\"update_id\":3}")).isTrue();
      j.done(1);
      j.forget(3); // answered 503: Telegram sends it again
      clock.advance(UpdateJournal.LEASE.plusSeconds(1)); // as if this run had stopped
      assertThat(j.unfinished()).extracting(UpdateJournal.Entry::updateId).containsExactly(2L);
      assertThat(j.record(3, "{\"update_id\":3}")).isTrue();
      assertThat(j.lastUpdateId()).isEqualTo(3);
    }
    clock.advance(UpdateJournal.LEASE.plusSeconds(1)); // the stopped run renews nothing
    try (UpdateJournal again = open(cfg, 7);
        UpdateJournal otherBot = open(cfg, 8)) {
      assertThat(again.unfinished())
          .extracting(UpdateJournal.Entry::body)
          .containsExactly("{\"update_id\":2}", "{\"update_id\":3}");
      assertThat(otherBot.record(1, "{}")).isTrue(); // its own update ids
      clock.advance(UpdateJournal.LEASE.plusSeconds(1));
      assertThat(otherBot.unfinished()).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void handledEntriesArePrunedAfterTheirTimeButStillRecogniseRedeliveriesUntilThen(
      Backend backend) {
    TalksbotConfig cfg = backend.location(dir);
    try (UpdateJournal j = open(cfg, 7)) {
      for (long id = 1; id <= 3; id++) {
        j.record(id, "{}");
        j.done(id);
      }
      j.prune();
      assertThat(j.record(2, "{}")).isFalse(); // within KEEP_DONE: still known
      clock.advance(UpdateJournal.KEEP_DONE.plus(Duration.ofMinutes(1)));
      j.prune();
      assertThat(j.record(2, "{}")).isTrue(); // forgotten after its time
      assertThat(j.record(3, "{}")).isFalse(); // the newest entry is kept
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void twoInstancesSeeingTheSameUpdatesHandleEachOnce(Backend backend) throws Exception {
    TalksbotConfig cfg = backend.location(dir);
    int updates = 200;
    ConcurrentLinkedQueue<Long> taken = new ConcurrentLinkedQueue<>();
    try (UpdateJournal a = open(cfg, 7);
        UpdateJournal b = open(cfg, 7)) {
      CountDownLatch go = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (UpdateJournal j : List.of(a, b)) {
        Thread t =
            new Thread(
                () -> {
                  try {
                    go.await();
                  } catch (InterruptedException e) {
                    return;
                  }
                  for (long id = 1; id <= updates; id++) if (j.record(id, "{}")) taken.add(id);
                });
        t.start();
        threads.add(t);
      }
      go.countDown();
      for (Thread t : threads) t.join(60_000);
    }
    assertThat(taken).hasSize(updates).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anUpdateWaitsWhileAnEarlierOneOfItsChatIsOpenAnywhere(Backend backend) {
    TalksbotConfig cfg = backend.location(dir);
    try (UpdateJournal a = open(cfg, 7);
        UpdateJournal b = open(cfg, 7)) {
      a.record(1, "42", "{}"); // instance A took chat 42's first question
      b.record(2, "42", "{}"); // instance B took its follow-up
      b.record(3, "43", "{}"); // and another chat's question
      assertThat(b.earlierOpen("42", 2)).as("the follow-up waits").isTrue();
      assertThat(b.earlierOpen("43", 3)).as("another chat does not").isFalse();
      assertThat(a.earlierOpen("42", 1)).isFalse();
      a.done(1);
      assertThat(b.earlierOpen("42", 2)).as("its turn once A answered").isFalse();
      assertThat(b.earlierOpen(null, 2)).isFalse(); // updates without a chat never wait
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anInstanceThatStopsRenewingLosesItsUpdatesToAnother(Backend backend) {
    TalksbotConfig cfg = backend.location(dir);
    try (UpdateJournal a = open(cfg, 7);
        UpdateJournal b = open(cfg, 7)) {
      a.record(1, "42", "{\"update_id\":1}");
      a.record(2, "43", "{\"update_id\":2}");
      if (!a.shared()) return; // one process per SQLite journal: nothing to take over from
      assertThat(b.unfinished()).as("A holds them").isEmpty();
      clock.advance(UpdateJournal.LEASE.dividedBy(2));
      assertThat(a.renewLeases()).isEqualTo(2); // A is alive and renews
      a.done(2);
      clock.advance(UpdateJournal.LEASE.dividedBy(2).plusSeconds(1));
      assertThat(b.unfinished()).as("renewed: still A's").isEmpty();
      // A is killed: it renews nothing more
      clock.advance(UpdateJournal.LEASE.plusSeconds(1));
      assertThat(b.unfinished())
          .as("B takes over what A left unanswered, once")
          .extracting(UpdateJournal.Entry::updateId)
          .containsExactly(1L);
      assertThat(b.unfinished()).as("now B's: not taken again").isEmpty();
      assertThat(a.renewLeases()).as("A no longer owns it").isZero();
      b.done(1);
      clock.advance(UpdateJournal.LEASE.plusSeconds(1));
      assertThat(b.unfinished()).isEmpty();
    }
  }
}
