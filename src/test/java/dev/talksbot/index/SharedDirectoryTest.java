package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two index instances on one folder (as `serve` and a CLI `ingest` in two processes): what one
 * commits, the other's catalog and searches show without reopening or an explicit refresh.
 */
class SharedDirectoryTest {
  @TempDir Path dir;

  private PassageIndex open() throws Exception {
    return new PassageIndex(dir, TestCorpus.embedder(), new ParagraphChunker(300, 700), 0.9, 0.4);
  }

  private static Article article(String id, String text) {
    return new Article(
        id,
        id + ".txt",
        "Harbour talks resume",
        "Meridian Post",
        List.of(),
        LocalDate.of(2025, 8, 2),
        null,
        text);
  }

  @Test
  void aCommitByOneInstanceReachesTheOthersCatalogAndSearch() throws Exception {
    try (PassageIndex writer = open();
        PassageIndex reader = open()) {
      writer.add(
          article("first", "Delegations from both sides met again at the harbour on Monday."));
      assertThat(reader.articles()).containsOnlyKeys("first");
      int passagesBefore = reader.passageCount();
      assertThat(reader.searchBm25("lighthouse keepers", 5)).isEmpty();

      writer.add(
          article(
              "second",
              "The lighthouse keepers of the harbour were named observers of the ceasefire."));

      long deadline = System.nanoTime() + 5_000_000_000L;
      while (!reader.articles().containsKey("second") && System.nanoTime() < deadline)
        Thread.sleep(50);
      assertThat(reader.articles()).containsKeys("first", "second");
      assertThat(reader.passageCount()).isGreaterThan(passagesBefore);
      assertThat(reader.searchBm25("lighthouse keepers", 5))
          .extracting(IndexHit::articleId)
          .containsExactly("second");
      float[] q = reader.embedder().embedQuery("Who observes the ceasefire at the harbour?");
      assertThat(reader.searchDense(q, 5)).extracting(IndexHit::articleId).contains("second");
      // the sentence vectors the writer stored are served to the reader
      assertThat(reader.embedder().embedPassages(List.of("lighthouse")).getFirst())
          .containsExactly(TestCorpus.embedder().embedPassage("lighthouse"));
    }
  }
}
