package dev.talksbot.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.db.PostgresTarget;
import dev.talksbot.db.TestPostgres;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.net.PageFetcher;
import dev.talksbot.net.SafeAddresses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances, each with its own data dir and Lucene index, share one PostgreSQL state database:
 * an article ingested through one is answerable through the other once its index follower has
 * looked, without being stored or announced twice.
 */
class TwoInstancesTest {
  @TempDir Path dir;

  @Test
  void anArticleIngestedThroughOneInstanceIsAnswerableThroughTheOther() throws Exception {
    PostgresTarget db = TestPostgres.freshDatabase();
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestCorpus.corpusDir().resolve("001_03bb27ef92224f2d.txt"), corpus.resolve("a.txt"));
    TalksbotConfig a = TestPostgres.config(dir.resolve("a"), db).withCorpusDir(corpus);
    TalksbotConfig b = TestPostgres.config(dir.resolve("b"), db).withCorpusDir(corpus);
    try (TalksBot one = TalksBot.open(a, TestCorpus.embedder(), IndexProgress.NONE);
        TalksBot two = TalksBot.open(b, TestCorpus.embedder(), IndexProgress.NONE);
        PageFetcher fetcher =
            new PageFetcher(Duration.ofSeconds(1), 1024, SafeAddresses.strict())) {
      LocalIntake intake = TestIntakes.local(one, fetcher, Clock.systemUTC());
      assertThat(
              TestIntakes.files(intake, Path.of("src/test/resources/alerts/grain-corridor.txt"))
                  .added())
          .containsExactly("grain-corridor");
      assertThat(two.index().articles()).doesNotContainKey("grain-corridor");

      IndexFollower follower =
          new IndexFollower(two.corpusWriter(), IndexFollower.cursorIn(b.dataDir()));
      assertThat(follower.catchUp()).isEqualTo(1);
      assertThat(follower.catchUp()).isZero(); // the cursor moved on
      assertThat(two.index().articles()).containsKey("grain-corridor");
      Answer ans =
          two.ask("How much are war-risk premiums for a single voyage to Ukrainian ports?");
      assertThat(ans.citations()).extracting(Citation::articleId).contains("grain-corridor");
      // stored and announced once, by the instance it came through
      assertThat(two.articleStore().arrivalsAfter(0, 10))
          .extracting(dev.talksbot.ingest.store.Arrival::articleId)
          .containsExactly("grain-corridor");

      // the follow-up memory of a chat is shared: a follow-up reaching the other instance is
      // understood
      one.ask("Who leads the Russian delegation?", "chat-9");
      assertThat(two.ask("and the Ukrainian one?", "chat-9").question())
          .isEqualTo("Who leads the Ukrainian delegation?");
      two.forgetConversation("chat-9");
      assertThat(one.ask("and the Ukrainian one?", "chat-9").question())
          .isEqualTo("and the Ukrainian one?");

      // a follower that restarts reads its cursor and does nothing again
      assertThat(
              new IndexFollower(two.corpusWriter(), IndexFollower.cursorIn(b.dataDir())).catchUp())
          .isZero();
    }
  }
}
