package dev.talksbot.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.db.Backend;
import dev.talksbot.db.StateStores;
import dev.talksbot.ingest.SkippedFile;
import dev.talksbot.ingest.intake.IntakeQueue.Entry;
import dev.talksbot.ingest.intake.IntakeQueue.State;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One behaviour for every backend of the intake queue: the same assertions on SQLite and on a real
 * PostgreSQL server, including claims from two connections at once.
 */
class IntakeQueueContractTest {
  @TempDir Path data;

  final Clock clock = Clock.fixed(Instant.parse("2025-05-16T08:00:00Z"), ZoneOffset.UTC);

  IntakeQueue open(TalksbotConfig cfg) {
    return StateStores.intake(cfg, Map.of(), clock);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void requestsAreClaimedOldestFirstAndKeepTheirOutcome(Backend backend) {
    TalksbotConfig cfg = backend.location(data);
    try (IntakeQueue q = open(cfg)) {
      long files = q.enqueue(new IntakeRequest.Files(data.resolve("a.txt")));
      long page = q.enqueue(new IntakeRequest.Page("https://news.example/x"));
      long rebuild = q.enqueue(new IntakeRequest.Reindex());
      assertThat(page).isGreaterThan(files);

      Entry first = q.claim().orElseThrow();
      assertThat(first.id()).isEqualTo(files);
      assertThat(first.state()).isEqualTo(State.WORKING);
      assertThat(first.request()).isEqualTo(new IntakeRequest.Files(data.resolve("a.txt")));
      IntakeResult.Added added =
          new IntakeResult.Added(
              List.of("a"), List.of("b"), List.of(new SkippedFile("c.txt", "empty")), 12);
      q.complete(files, added);
      assertThat(q.get(files).orElseThrow().outcome()).isEqualTo(added);
      assertThat(q.get(files).orElseThrow().state()).isEqualTo(State.DONE);

      assertThat(q.claim().orElseThrow().request())
          .isEqualTo(new IntakeRequest.Page("https://news.example/x"));
      q.fail(page, "the page is gone");
      assertThat(q.get(page).orElseThrow().error()).isEqualTo("the page is gone");
      assertThat(q.cancel(page)).as("already finished").isFalse();

      assertThat(q.claim().orElseThrow().id()).isEqualTo(rebuild);
      assertThat(q.claim()).isEmpty();
    }
    try (IntakeQueue q = open(cfg)) { // a restarted server puts the unfinished one back
      assertThat(q.requeueAbandoned()).isEqualTo(1);
      Entry again = q.claim().orElseThrow();
      assertThat(again.request()).isEqualTo(new IntakeRequest.Reindex());
      assertThat(q.cancel(again.id())).isTrue();
      assertThat(q.get(again.id()).orElseThrow().state()).isEqualTo(State.CANCELLED);
      assertThat(q.get(999_999)).isEqualTo(Optional.empty());
    }
  }

  /** Two queues (two connections, as two instances) claim 120 requests with 4 threads. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void concurrentClaimsNeverHandOutARequestTwice(Backend backend) throws Exception {
    final int requests = 120;
    TalksbotConfig cfg = backend.location(data);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (IntakeQueue one = open(cfg);
        IntakeQueue two = open(cfg)) {
      Set<Long> queued = new HashSet<>();
      for (int i = 0; i < requests; i++) {
        queued.add(one.enqueue(new IntakeRequest.Page("https://news.example/" + i)));
      }
      ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> workers = new ArrayList<>();
      for (IntakeQueue q : List.of(one, two, one, two)) {
        workers.add(
            pool.submit(
                () -> {
                  go.await();
                  for (Optional<Entry> e = q.claim(); e.isPresent(); e = q.claim()) {
                    claimed.add(e.get().id());
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : workers) f.get();
      assertThat(claimed).hasSize(requests).doesNotHaveDuplicates();
      assertThat(new HashSet<>(claimed)).isEqualTo(queued);
      assertThat(two.claim()).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }
}
