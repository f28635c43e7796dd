package dev.talksbot.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.MutableClock;
import dev.talksbot.alerts.store.SqliteAlertStore;
import dev.talksbot.ingest.SkippedFile;
import dev.talksbot.ingest.store.Arrival;
import dev.talksbot.ingest.store.SqliteArticleStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-off queue, the server's claim on a data dir, and arrivals becoming alert events. */
class IntakeQueueTest {
  @TempDir Path data;
  final MutableClock clock = new MutableClock(Instant.parse("2025-08-01T10:00:00Z"));

  @Test
  void aRequestGoesPendingWorkingDoneWithItsOutcomeKept() {
    try (IntakeQueue q = JdbcIntakeQueue.openIn(data, clock)) {
      long id = q.enqueue(new IntakeRequest.Files(Path.of("x/y.txt")));
      long page = q.enqueue(new IntakeRequest.Page("https://example.org/a"));
      IntakeQueue.Entry e = q.claim().orElseThrow();
      assertThat(e.id()).isEqualTo(id); // oldest first
      assertThat(e.state()).isEqualTo(IntakeQueue.State.WORKING);
      assertThat(e.request()).isEqualTo(new IntakeRequest.Files(Path.of("x/y.txt")));
      IntakeResult.Added r =
          new IntakeResult.Added(
              List.of("y"), List.of("z"), List.of(new SkippedFile("w.txt", "empty file")), 7);
      q.complete(id, r);
      assertThat(q.get(id).orElseThrow().outcome()).isEqualTo(r);
      assertThat(q.cancel(id)).isFalse(); // finished: cannot be taken back

      assertThat(q.claim().orElseThrow().request())
          .isEqualTo(new IntakeRequest.Page("https://example.org/a"));
      q.fail(page, "that address is not allowed");
      assertThat(q.get(page).orElseThrow().error()).isEqualTo("that address is not allowed");
      assertThat(q.claim()).isEmpty();
    }
  }

  @Test
  void workLeftByAStoppedServerIsPendingAgainAndACancelledRequestIsNotRedone() {
    try (IntakeQueue q = JdbcIntakeQueue.openIn(data, clock)) {
      long a = q.enqueue(new IntakeRequest.Reindex());
      long b = q.enqueue(new IntakeRequest.Reindex());
      q.claim();
      assertThat(q.cancel(b)).isTrue(); // the asker took it back
      assertThat(q.requeueAbandoned()).isEqualTo(1);
      assertThat(q.claim().orElseThrow().id()).isEqualTo(a);
      assertThat(q.claim()).isEmpty();
      q.complete(a, new IntakeResult.Rebuilt(3, 30, 1, 2, List.of()));
      assertThat(q.get(a).orElseThrow().outcome())
          .isEqualTo(new IntakeResult.Rebuilt(3, 30, 1, 2, List.of()));
    }
  }

  @Test
  void oneServerPerDataDirAndTheClaimIsVisibleUntilReleased() throws Exception {
    assertThat(ServerPresence.serving(data)).isFalse();
    try (ServerPresence p = ServerPresence.claim(data)) {
      assertThat(ServerPresence.serving(data)).isTrue();
      assertThatThrownBy(() -> ServerPresence.claim(data))
          .isInstanceOf(IntakeException.class)
          .hasMessageContaining("already runs on the data dir");
    }
    assertThat(ServerPresence.serving(data)).isFalse();
    try (ServerPresence again = ServerPresence.claim(data)) {
      assertThat(ServerPresence.serving(data)).isTrue();
    }
  }

  @Test
  void eachArrivalBecomesExactlyOneAlertEventWhoeverCopiesIt() {
    try (SqliteArticleStore articles = SqliteArticleStore.openIn(data);
        SqliteAlertStore alerts = SqliteAlertStore.openIn(data)) {
      long s1 = articles.announce("a", "file:a.txt", clock.instant());
      long s2 = articles.announce("b", "url:https://example.org/b", clock.instant());
      assertThat(s2).isGreaterThan(s1);
      List<Arrival> batch = articles.arrivalsAfter(0, 10);
      assertThat(batch).extracting(Arrival::articleId).containsExactly("a", "b");
      alerts.addArrivalEvents(batch, clock.instant());
      alerts.addArrivalEvents(batch, clock.instant()); // a second copier: nothing new
      assertThat(alerts.arrivalCursor()).isEqualTo(s2);
      assertThat(alerts.pendingEvents(10))
          .extracting(e -> e.articleId() + " " + e.origin())
          .containsExactly("a file:a.txt", "b url:https://example.org/b");
      assertThat(articles.arrivalsAfter(alerts.arrivalCursor(), 10)).isEmpty();
    }
  }

  @Test
  void badRequestsAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> new IntakeRequest.Page("ftp://example.org/x"))
        .hasMessage("not an http(s) URL: ftp://example.org/x");
    assertThatThrownBy(() -> new IntakeRequest.Page(" ")).hasMessage("no URL given");
  }
}
