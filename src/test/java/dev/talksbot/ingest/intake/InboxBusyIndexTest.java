package dev.talksbot.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.MutableClock;
import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.net.PageFetcher;
import dev.talksbot.net.SafeAddresses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An inbox file that meets a busy index waits for the next scan instead of failing. */
class InboxBusyIndexTest {
  @TempDir Path tmp;

  @Test
  void anInboxFileWaitsWhileAnotherWriterHoldsTheIndex() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(TestCorpus.corpusDir().resolve("001_03bb27ef92224f2d.txt"), corpus.resolve("a.txt"));
    try (TalksBot bot = TestCorpus.freshBot(corpus);
        PageFetcher fetcher =
            new PageFetcher(Duration.ofSeconds(1), 1024, SafeAddresses.strict())) {
      LocalIntake ingestor =
          TestIntakes.local(bot, fetcher, new MutableClock(Instant.parse("2025-08-01T10:00:00Z")));
      Path inbox = Files.createDirectories(tmp.resolve("inbox"));
      InboxWatcher w = new InboxWatcher(inbox, ingestor);
      Files.copy(
          Path.of("src/test/resources/alerts/grain-corridor.txt"), inbox.resolve("busy-grain.txt"));
      dev.talksbot.index.PassageIndexes.shortLockWait(
          (dev.talksbot.index.PassageIndex) bot.index(), Duration.ofMillis(300));
      try (var dir = org.apache.lucene.store.FSDirectory.open(bot.config().indexDir());
          var lock = dir.obtainLock(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME)) {
        w.scanOnce(); // first sighting
        assertThat(w.scanOnce()).isZero(); // the lock is held: the file waits, it does not fail
        assertThat(inbox.resolve("busy-grain.txt")).exists();
        assertThat(inbox.resolve("failed")).isEmptyDirectory();
      }
      w.scanOnce();
      assertThat(w.scanOnce()).isEqualTo(1);
      assertThat(inbox.resolve("done/busy-grain.txt")).exists();
      assertThat(bot.index().articles()).containsKey("busy-grain");
      // announced once, for the alerts
      assertThat(bot.articleStore().arrivalsAfter(0, 10))
          .extracting(dev.talksbot.ingest.store.Arrival::articleId)
          .containsExactly("busy-grain");
    }
  }
}
