package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.TestCorpus;
import dev.talksbot.index.SearchIndex.AddOutcome;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a folder's articles in one write ({@link PassageIndex#addAll}): the same index as adding
 * them one by one, the same outcomes, and nothing committed when the write fails part-way.
 */
class AddAllTest {
  @TempDir Path dir;

  private static PassageIndex open(Path at, Embedder model) throws Exception {
    return new PassageIndex(at, model, new ParagraphChunker(300, 700), 0.9, 0.4);
  }

  private static Article withText(Article a, String text) {
    return new Article(
        a.id(), a.source(), a.title(), a.outlet(), a.authors(), a.date(), a.url(), text);
  }

  @Test
  void oneWriteIndexesWhatAddingOneByOneDoes() throws Exception {
    List<Article> articles = ParallelWritesTest.corpus();
    Embedder model = TestCorpus.embedder();
    try (PassageIndex index = open(dir.resolve("one-by-one"), model)) {
      for (Article a : articles) assertThat(index.add(a)).isEqualTo(AddOutcome.ADDED);
    }
    try (PassageIndex index = open(dir.resolve("together"), model)) {
      index.indexWorkers(3);
      assertThat(index.addAll(articles, IndexProgress.NONE))
          .hasSize(articles.size())
          .containsOnly(AddOutcome.ADDED);
      assertThat(index.passagesOf(articles.getLast().id())).isNotEmpty();
    }
    assertThat(ParallelWritesTest.documents(dir.resolve("together")))
        .containsExactlyElementsOf(ParallelWritesTest.documents(dir.resolve("one-by-one")));
  }

  @Test
  void outcomesSayWhatChanged() throws Exception {
    List<Article> articles = ParallelWritesTest.corpus();
    try (PassageIndex index = open(dir, TestCorpus.embedder())) {
      index.addAll(articles.subList(0, 3), IndexProgress.NONE);
      Article edited = withText(articles.get(1), articles.get(1).text() + "\n\nA late update.");
      List<AddOutcome> outcomes =
          index.addAll(
              List.of(articles.get(0), edited, articles.get(3), articles.get(3)),
              IndexProgress.NONE);
      assertThat(outcomes)
          .containsExactly(
              AddOutcome.UNCHANGED, AddOutcome.REPLACED, AddOutcome.ADDED, AddOutcome.ADDED);
      assertThat(index.articles()).hasSize(4);
      assertThat(index.articles().get(edited.id()).text()).endsWith("A late update.");
    }
  }

  @Test
  void aWriteThatFailsPartWayCommitsNothing() throws Exception {
    List<Article> articles = ParallelWritesTest.corpus();
    Embedder model = TestCorpus.embedder();
    Article bad = articles.getLast();
    Embedder failing = new FailingEmbedder(model, t -> t.contains(bad.text().substring(0, 60)));
    Article first = articles.getFirst();
    try (PassageIndex index = open(dir, model)) {
      index.add(first);
    }
    List<String> before = ParallelWritesTest.documents(dir);
    List<Article> batch = new ArrayList<>(articles);
    batch.set(0, withText(first, first.text() + "\n\nA correction."));
    try (PassageIndex index = open(dir, failing)) {
      assertThatThrownBy(() -> index.addAll(batch, IndexProgress.NONE))
          .hasMessage(FailingEmbedder.MESSAGE);
      // the old version of the first article was not deleted, none of the others was added
      assertThat(index.articles()).containsOnlyKeys(first.id());
      assertThat(index.articles().get(first.id()).text()).isEqualTo(first.text());
    }
    assertThat(ParallelWritesTest.documents(dir)).containsExactlyElementsOf(before);
  }
}
