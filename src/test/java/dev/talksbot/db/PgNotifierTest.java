package dev.talksbot.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.alerts.store.PostgresAlertStore;
import dev.talksbot.ingest.store.PostgresArticleStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An arrival stored by one instance and alerts queued by another wake a third that listens, through
 * PostgreSQL's LISTEN/NOTIFY, once the writing transaction commits.
 */
class PgNotifierTest {
  @Test
  void arrivalsAndQueuedAlertsWakeTheListener() throws Exception {
    PostgresTarget db = TestPostgres.freshDatabase();
    Semaphore arrivals = new Semaphore(0);
    Semaphore outbox = new Semaphore(0);
    try (PostgresArticleStore articles = PostgresArticleStore.open(db);
        PostgresAlertStore alerts = PostgresAlertStore.open(db);
        PgNotifier listener = PgNotifier.start(db)) {
      listener.on(PgNotifier.ARRIVAL, arrivals::release);
      listener.on(PgNotifier.OUTBOX, outbox::release);
      Thread.sleep(300); // let it LISTEN
      assertThat(arrivals.tryAcquire(600, TimeUnit.MILLISECONDS)).as("nothing yet").isFalse();

      articles.announce("a", "file:a.txt", Instant.now());
      assertThat(arrivals.tryAcquire(10, TimeUnit.SECONDS)).as("arrival heard").isTrue();

      Instant now = Instant.now();
      alerts.subscribeMany(List.of(1L), "private", null, now);
      long story = alerts.newStory("a", now);
      long sub = alerts.activeSubscriptions().getFirst().id();
      alerts.apply(
          new AlertStore.MatchBatch(
              List.of(),
              List.of(new AlertStore.NewAlert(sub, 1L, "private", "story:" + story, "x")),
              List.of(),
              List.of()),
          now);
      assertThat(outbox.tryAcquire(10, TimeUnit.SECONDS)).as("queued alerts heard").isTrue();
    }
  }
}
