package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.TestCorpus;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second writer waits (bounded) for the write lock instead of failing at once. */
class WriteLockTest {
  @TempDir Path dir;

  private PassageIndex index() throws Exception {
    return new PassageIndex(dir, TestCorpus.embedder(), new ParagraphChunker(300, 700), 0.9, 0.4);
  }

  private static Article article(String id) {
    return new Article(
        id,
        id + ".txt",
        "Harbour talks resume",
        "Meridian Post",
        List.of(),
        LocalDate.of(2025, 8, 2),
        null,
        "Delegations from both sides met again at the harbour on Monday, officials said.");
  }

  @Test
  void anAddWaitsForAnotherWriterAndThenSucceeds() throws Exception {
    try (PassageIndex index = index()) {
      index.add(article("first"));
      CompletableFuture<PassageIndex.AddOutcome> second;
      long t0;
      try (var fs = FSDirectory.open(dir);
          var lock = fs.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
        t0 = System.nanoTime();
        second =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return index.add(article("second"));
                  } catch (Exception e) {
                    throw new RuntimeException(e);
                  }
                });
        Thread.sleep(700);
        assertThat(second).as("still waiting for the lock").isNotDone();
      }
      assertThat(second.get(30, TimeUnit.SECONDS)).isNotNull();
      assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(600);
      assertThat(index.articles()).containsKeys("first", "second");
    }
  }

  @Test
  void aWriterThatWaitsTooLongGetsAClearMessage() throws Exception {
    try (PassageIndex index = index()) {
      index.add(article("first"));
      index.writeLockWait(Duration.ofMillis(300));
      try (var fs = FSDirectory.open(dir);
          var lock = fs.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
        assertThatThrownBy(() -> index.add(article("second")))
            .isInstanceOf(IndexBusyException.class)
            .hasMessageContaining("being written by another process")
            .hasMessageContaining("Try again");
      }
    }
  }
}
