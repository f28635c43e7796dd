package dev.talksbot.alerts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.alerts.store.AlertStore.DigestItem;
import dev.talksbot.alerts.store.AlertStore.Event;
import dev.talksbot.alerts.store.AlertStore.FeedState;
import dev.talksbot.alerts.store.AlertStore.MatchBatch;
import dev.talksbot.alerts.store.AlertStore.NewAlert;
import dev.talksbot.alerts.store.AlertStore.OutboxItem;
import dev.talksbot.alerts.store.AlertStore.StoryMember;
import dev.talksbot.alerts.store.AlertStore.Subscription;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.db.Backend;
import dev.talksbot.db.StateStores;
import dev.talksbot.ingest.store.Arrival;
import dev.talksbot.ingest.store.ArticleStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One behaviour for every backend of the alerts store: the same assertions on SQLite and on a real
 * PostgreSQL server.
 */
class AlertStoreContractTest {
  @TempDir Path data;

  static final Instant T0 = Instant.parse("2025-05-16T08:00:00Z");

  static AlertStore open(TalksbotConfig cfg) {
    return StateStores.alerts(cfg, Map.of());
  }

  static int version(AlertStore s) {
    return switch (s) {
      case SqliteAlertStore q -> q.schemaVersion();
      case PostgresAlertStore p -> p.schemaVersion();
      default -> throw new IllegalArgumentException(s.getClass().getName());
    };
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void migratesFromEmptyAndReopeningChangesNothing(Backend backend) {
    TalksbotConfig cfg = backend.location(data);
    long id;
    try (AlertStore s = open(cfg)) {
      assertThat(s.getClass().getSimpleName()).startsWithIgnoringCase(backend.name());
      assertThat(version(s)).isEqualTo(SqliteAlertStore.MIGRATIONS.size());
      id = s.subscribe(7, "private", "ceasefire", false, T0).id();
    }
    try (AlertStore s = open(cfg)) {
      assertThat(version(s)).isEqualTo(SqliteAlertStore.MIGRATIONS.size());
      assertThat(s.subscriptions(7)).extracting(Subscription::id).containsExactly(id);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aSchemaFromANewerVersionIsRefused(Backend backend) throws Exception {
    TalksbotConfig cfg = backend.location(data);
    open(cfg).close();
    Backend.fakeSchemaVersion(cfg, SqliteAlertStore.fileIn(data), "alerts", 99);
    assertThatThrownBy(() -> open(cfg))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(
            "schema version 99, newer than this program knows ("
                + SqliteAlertStore.MIGRATIONS.size()
                + ")");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void subscriptionsAndWhatEndingThemDoesToPendingAlerts(Backend backend) {
    try (AlertStore s = open(backend.location(data))) {
      Subscription a = s.subscribe(1, "private", null, false, T0);
      Subscription b = s.subscribe(1, "private", "prisoners", true, T0);
      Subscription c = s.subscribe(2, "group", "ceasefire", false, T0);
      assertThat(a.topic()).isNull();
      assertThat(a.created()).isEqualTo(T0);
      assertThat(b.daily()).isTrue();
      assertThat(c.group()).isTrue();
      assertThat(s.subscriptions(1)).extracting(Subscription::id).containsExactly(a.id(), b.id());
      assertThat(s.dailySubscriptions()).extracting(Subscription::id).containsExactly(b.id());
      s.apply(
          new MatchBatch(
              List.of(),
              List.of(
                  new NewAlert(a.id(), 1, "private", "story:1", "one"),
                  new NewAlert(c.id(), 2, "group", "story:1", "two")),
              List.of(),
              List.of()),
          T0);
      assertThat(s.unsubscribe(1, a.id())).isTrue();
      assertThat(s.unsubscribe(1, a.id())).isFalse();
      assertThat(s.unsubscribe(1, c.id())).as("another chat's subscription").isFalse();
      assertThat(s.countOutbox("dropped")).isEqualTo(1);
      assertThat(s.deactivateChat(2, "blocked")).isEqualTo(1);
      assertThat(s.countOutbox("pending")).isZero();
      assertThat(s.unsubscribeAll(1)).isEqualTo(1);
      assertThat(s.activeSubscriptions()).isEmpty();
      s.subscribeMany(List.of(10L, 11L, 12L), "private", null, T0);
      assertThat(s.activeSubscriptions())
          .extracting(Subscription::chatId)
          .containsExactly(10L, 11L, 12L);
      assertThat(s.stats().subscribers()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void storiesEventsAndTheOutboxLifecycle(Backend backend) {
    try (AlertStore s = open(backend.location(data))) {
      Subscription sub = s.subscribe(5, "private", null, false, T0);
      s.addEvent("a1", "file:a1.txt", T0);
      s.addEvent("a2", null, T0);
      List<Event> events = s.pendingEvents(10);
      assertThat(events).extracting(Event::articleId).containsExactly("a1", "a2");
      long story1 = s.newStory("a1", T0);
      long story2 = s.newStory("a2", T0);
      assertThat(story2).isGreaterThan(story1);
      int[] sig = {1, -2, Integer.MAX_VALUE, Integer.MIN_VALUE};
      s.apply(
          new MatchBatch(
              List.of(
                  new StoryMember("a1", story1, sig), new StoryMember("a2", story1, new int[] {3})),
              List.of(
                  new NewAlert(sub.id(), 5, "private", "story:" + story1, "first"),
                  new NewAlert(sub.id(), 5, "private", "story:" + story1, "duplicate, ignored")),
              List.of(
                  new DigestItem(sub.id(), story1, "a1"), new DigestItem(sub.id(), story1, "a1")),
              List.of(events.get(0).seq())),
          T0);
      assertThat(s.pendingEvents(10)).extracting(Event::articleId).containsExactly("a2");
      assertThat(s.members()).extracting(StoryMember::articleId).containsExactly("a1", "a2");
      assertThat(s.members().get(0).signature()).containsExactly(sig);
      assertThat(s.storyArticles(story1)).containsExactly("a1", "a2");
      assertThat(s.undigested(sub.id())).hasSize(1);

      assertThat(s.due(T0.minusSeconds(1), 10)).isEmpty();
      List<OutboxItem> due = s.due(T0, 10);
      assertThat(due).extracting(OutboxItem::text).containsExactly("first");
      assertThat(s.nextDue()).contains(T0);
      OutboxItem item = due.get(0);
      s.retryLater(item.id(), 1, T0.plusSeconds(60), "429");
      assertThat(s.due(T0.plusSeconds(59), 10)).isEmpty();
      assertThat(s.due(T0.plusSeconds(60), 10)).extracting(OutboxItem::attempts).containsExactly(1);
      s.park(item.id(), 2, "chat not found");
      assertThat(s.parked(10))
          .singleElement()
          .satisfies(p -> assertThat(p.reason()).isEqualTo("chat not found"));
      assertThat(s.nextDue()).isEmpty();
      assertThat(s.countOutbox("parked")).isEqualTo(1);

      s.apply(
          new MatchBatch(
              List.of(),
              List.of(new NewAlert(sub.id(), 5, "private", "story:" + story2, "second")),
              List.of(),
              List.of()),
          T0);
      s.markSent(s.due(T0, 10).get(0).id(), T0);
      var stats = s.stats();
      assertThat(stats.stories()).isEqualTo(2);
      assertThat(stats.storyArticles()).isEqualTo(2);
      assertThat(stats.sent()).isEqualTo(1);
      assertThat(stats.parked()).isEqualTo(1);
      assertThat(stats.backlog()).isZero();
      assertThat(stats.pendingEvents()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aDigestIsMadeOncePerDay(Backend backend) {
    try (AlertStore s = open(backend.location(data))) {
      Subscription sub = s.subscribe(9, "private", null, true, T0);
      long story = s.newStory("a1", T0);
      s.apply(
          new MatchBatch(
              List.of(), List.of(), List.of(new DigestItem(sub.id(), story, "a1")), List.of()),
          T0);
      LocalDate day = LocalDate.parse("2025-05-16");
      List<DigestItem> items = s.undigested(sub.id());
      s.commitDigest(sub, day, "digest text", items, T0);
      s.commitDigest(sub, day, "digest text again", items, T0);
      assertThat(s.undigested(sub.id())).isEmpty();
      assertThat(s.due(T0, 10))
          .extracting(OutboxItem::storyKey)
          .containsExactly("digest:2025-05-16");
      assertThat(s.dailySubscriptions().get(0).lastDigest()).isEqualTo(day);
      s.commitDigest(sub, day.plusDays(1), null, List.of(), T0);
      assertThat(s.countOutbox("pending")).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void feedStateAndFeedItems(Backend backend) {
    try (AlertStore s = open(backend.location(data))) {
      assertThat(s.feedState("https://f.example/rss")).isEmpty();
      s.saveFeedState(new FeedState("https://f.example/rss", "\"e1\"", null));
      s.saveFeedState(new FeedState("https://f.example/rss", "\"e2\"", "Fri, 16 May 2025"));
      assertThat(s.feedState("https://f.example/rss"))
          .contains(new FeedState("https://f.example/rss", "\"e2\"", "Fri, 16 May 2025"));
      assertThat(s.claimFeedItem("https://f.example/1", "https://f.example/rss", T0)).isTrue();
      assertThat(s.claimFeedItem("https://f.example/1", "https://f.example/rss", T0)).isFalse();
      s.feedItemFailed("https://f.example/1", 1, T0.plusSeconds(30), "timeout", false);
      assertThat(s.feedItemsDue(T0)).isEmpty();
      assertThat(s.feedItemsDue(T0.plusSeconds(30)))
          .singleElement()
          .satisfies(f -> assertThat(f.attempts()).isEqualTo(1));
      s.feedItemDone("https://f.example/1");
      assertThat(s.feedItemsDue(T0.plusSeconds(99))).isEmpty();
    }
  }

  /**
   * Two processes' copiers (two store objects, two connections) run while two writers announce
   * arrivals: every arrival becomes exactly one event.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void arrivalsAreCopiedIntoEventsExactlyOnce(Backend backend) throws Exception {
    final int perWriter = 60;
    TalksbotConfig cfg = backend.location(data);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (ArticleStore articles = StateStores.articles(cfg, Map.of());
        ArticleStore articles2 = StateStores.articles(cfg, Map.of());
        AlertStore one = open(cfg);
        AlertStore two = open(cfg)) {
      AtomicBoolean writing = new AtomicBoolean(true);
      List<Future<?>> writers = new ArrayList<>();
      for (ArticleStore w : List.of(articles, articles2)) {
        String prefix = w == articles ? "x" : "y";
        writers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perWriter; i++) w.announce(prefix + i, "file:" + i, T0);
                  return null;
                }));
      }
      List<Future<?>> copiers = new ArrayList<>();
      for (AlertStore s : List.of(one, two)) {
        copiers.add(
            pool.submit(
                () -> {
                  boolean last = false;
                  while (!last) {
                    last = !writing.get();
                    List<Arrival> batch;
                    do {
                      batch = articles.arrivalsAfter(s.arrivalCursor(), 7);
                      s.addArrivalEvents(batch, T0);
                    } while (!batch.isEmpty());
                  }
                  return null;
                }));
      }
      for (Future<?> f : writers) f.get();
      writing.set(false);
      for (Future<?> f : copiers) f.get();
      List<String> ids = one.pendingEvents(10_000).stream().map(Event::articleId).toList();
      assertThat(ids).hasSize(2 * perWriter).doesNotHaveDuplicates();
      assertThat(two.arrivalCursor()).isEqualTo(one.arrivalCursor());
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void oneMatcherAtATimeUntilItsLeaseRunsOutOrItGivesItUp(Backend backend) {
    TalksbotConfig cfg = backend.location(data);
    java.time.Instant t = java.time.Instant.parse("2025-08-01T10:00:00Z");
    java.time.Duration lease = java.time.Duration.ofSeconds(15);
    try (AlertStore a = open(cfg);
        AlertStore b = open(cfg)) {
      assertThat(a.leadMatching("A", t, t.plus(lease))).isTrue();
      assertThat(b.leadMatching("B", t.plusSeconds(1), t.plusSeconds(1).plus(lease))).isFalse();
      assertThat(a.leadMatching("A", t.plusSeconds(5), t.plusSeconds(5).plus(lease))).isTrue();
      // A stops renewing: B takes over once the lease has run out
      assertThat(b.leadMatching("B", t.plusSeconds(19), t.plusSeconds(19).plus(lease))).isFalse();
      assertThat(b.leadMatching("B", t.plusSeconds(21), t.plusSeconds(21).plus(lease))).isTrue();
      assertThat(a.leadMatching("A", t.plusSeconds(22), t.plusSeconds(22).plus(lease))).isFalse();
      // a clean stop gives it up at once
      b.releaseMatching("B");
      assertThat(a.leadMatching("A", t.plusSeconds(23), t.plusSeconds(23).plus(lease))).isTrue();
    }
  }
}
