package dev.talksbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.MutableClock;
import dev.talksbot.TestCorpus;
import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.answer.Answer;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.db.PostgresTarget;
import dev.talksbot.db.StateStores;
import dev.talksbot.db.TestPostgres;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.intake.IndexFollower;
import dev.talksbot.ingest.intake.LocalIntake;
import dev.talksbot.ingest.intake.TestIntakes;
import dev.talksbot.net.PageFetcher;
import dev.talksbot.net.SafeAddresses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one PostgreSQL database: the matcher runs on the one whose index has not yet
 * followed an article that arrived through the other. The event must wait for the article (found by
 * the scale-out test: it was dropped as "not in the index", and its 2,000 alerts never went out),
 * and an article that never reaches the index is given up after {@link LaggingArticles#WAIT}.
 */
class LaggingArticlesTest {
  static final Path ARTICLES = Path.of("src/test/resources/alerts");
  static final long CHAT = 77;

  @TempDir Path dir;

  static final AlertText PLAIN =
      new AlertText() {
        @Override
        public String alert(String topic, List<Article> story, Answer summaryOrNull) {
          return "new: " + story.getLast().id();
        }

        @Override
        public String digest(String topic, LocalDate day, List<List<Article>> stories) {
          return "digest";
        }
      };

  @Test
  void theMatcherWaitsForAnArticleItsIndexHasNotFollowedYet() throws Exception {
    PostgresTarget db = TestPostgres.freshDatabase();
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestCorpus.corpusDir().resolve("001_03bb27ef92224f2d.txt"), corpus.resolve("a.txt"));
    TalksbotConfig a = TestPostgres.config(dir.resolve("a"), db).withCorpusDir(corpus);
    TalksbotConfig b = TestPostgres.config(dir.resolve("b"), db).withCorpusDir(corpus);
    MutableClock clock = new MutableClock(Instant.parse("2025-08-01T10:00:00Z"));
    try (TalksBot one = TalksBot.open(a, TestCorpus.embedder(), IndexProgress.NONE);
        TalksBot two = TalksBot.open(b, TestCorpus.embedder(), IndexProgress.NONE);
        AlertStore store = StateStores.alerts(b, Map.of());
        PageFetcher fetcher =
            new PageFetcher(Duration.ofSeconds(1), 1024, SafeAddresses.strict())) {
      ArrivalFeed arrivals = new ArrivalFeed(two.articleStore(), store, clock);
      arrivals.pull(); // the bundled article's arrival
      AlertEngine engine = new AlertEngine(b, two.index(), store, clock, PLAIN);
      engine.processEvents();
      store.subscribeMany(
          List.of(CHAT), "private", "grain exports shipping insurance", clock.instant());

      // the article arrives through instance one; instance two matches before its index follows
      LocalIntake intake = TestIntakes.local(one, fetcher, clock);
      TestIntakes.files(intake, ARTICLES.resolve("grain-corridor.txt"));
      assertThat(arrivals.pull()).isEqualTo(1);
      assertThat(two.index().articles()).doesNotContainKey("grain-corridor");
      assertThat(engine.processEvents()).as("the event waits").isZero();
      assertThat(store.pendingEvents(10)).hasSize(1);
      assertThat(store.countOutbox("pending")).isZero();

      // its index follows: the event is matched and the subscriber's alert queued
      clock.advance(Duration.ofSeconds(1));
      assertThat(
              new IndexFollower(two.corpusWriter(), IndexFollower.cursorIn(b.dataDir())).catchUp())
          .isEqualTo(1);
      assertThat(engine.processEvents()).isEqualTo(1);
      assertThat(store.pendingEvents(10)).isEmpty();
      assertThat(store.countOutbox("pending")).isEqualTo(1);

      // an article this index never gets (its follower is not run) is given up after the wait
      TestIntakes.files(intake, ARTICLES.resolve("fourth-round.txt"));
      assertThat(arrivals.pull()).isEqualTo(1);
      assertThat(engine.processEvents()).isZero();
      clock.advance(LaggingArticles.WAIT.minusSeconds(1));
      assertThat(engine.processEvents()).as("still within the wait").isZero();
      clock.advance(Duration.ofSeconds(2));
      assertThat(engine.processEvents()).as("given up").isEqualTo(1);
      assertThat(store.pendingEvents(10)).isEmpty();
      assertThat(store.countOutbox("pending")).isEqualTo(1);
    }
  }
}
