package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.TestCorpus;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.FileLoader;
import dev.talksbot.ingest.NewsArticleParser;
import dev.talksbot.ingest.ParagraphChunker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild embeds articles on worker threads and writes them in order: the index it writes is the
 * one a single worker writes, document for document, and a failure on a worker fails the rebuild.
 */
class ParallelWritesTest {
  @TempDir Path dir;

  static List<Article> corpus() throws IOException {
    return new FileLoader(new NewsArticleParser()).load(TestCorpus.corpusDir()).articles();
  }

  private long rebuild(Path at, List<Article> articles, Embedder model, int workers)
      throws IOException {
    try (PassageIndex index =
        new PassageIndex(at, model, new ParagraphChunker(300, 700), 0.9, 0.4)) {
      index.indexWorkers(workers);
      return index.rebuild(articles, IndexProgress.NONE);
    }
  }

  /** Every live document's stored fields and passage vector, in document order. */
  static List<String> documents(Path at) throws IOException {
    List<String> out = new ArrayList<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(at))) {
      for (var leafContext : r.leaves()) {
        LeafReader leaf = leafContext.reader();
        Bits live = leaf.getLiveDocs();
        FloatVectorValues vectors = leaf.getFloatVectorValues(IndexSchema.VECTOR);
        var it = vectors == null ? null : vectors.iterator();
        for (int d = 0; d < leaf.maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          StringBuilder doc = new StringBuilder(leaf.storedFields().document(d).toString());
          if (it != null && it.docID() < d) it.advance(d);
          if (it != null && it.docID() == d)
            doc.append(java.util.Arrays.toString(vectors.vectorValue(it.index())));
          out.add(doc.toString());
        }
      }
    }
    return out;
  }

  @Test
  void workersWriteTheIndexOneWorkerWrites() throws Exception {
    List<Article> articles = corpus();
    assertThat(articles).hasSizeGreaterThan(3);
    Embedder model = TestCorpus.embedder();
    // one worker keeps a window of 2 articles (drained while preparing); 4 workers hold them all
    long one = rebuild(dir.resolve("one"), articles, model, 1);
    long four = rebuild(dir.resolve("four"), articles, model, 4);
    assertThat(four).isEqualTo(one).isPositive();
    List<String> expected = documents(dir.resolve("one"));
    assertThat(expected).hasSizeGreaterThan((int) one); // passages, articles and vector rows
    assertThat(documents(dir.resolve("four"))).containsExactlyElementsOf(expected);
  }

  @Test
  void aFailureOnAWorkerFailsTheRebuildAndStopsTheWorkers() throws Exception {
    List<Article> articles = corpus();
    Embedder model = TestCorpus.embedder();
    // the last article with a title fails: the ones before it are written first
    Article bad = articles.reversed().stream().filter(a -> a.title() != null).findFirst().get();
    assertThat(articles.indexOf(bad)).isPositive();
    Embedder failing = new FailingEmbedder(model, t -> t.startsWith(bad.title() + "\n"));
    assertThatThrownBy(() -> rebuild(dir.resolve("failing"), articles, failing, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(FailingEmbedder.MESSAGE);
    Thread.sleep(200); // workers are interrupted; give them a moment to end
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.isAlive() && t.getName().startsWith("talksbot-embed-"));
  }

  @Test
  void aWriteNeedsAWorker() throws Exception {
    try (PassageIndex index =
        new PassageIndex(dir, TestCorpus.embedder(), new ParagraphChunker(300, 700), 0.9, 0.4)) {
      assertThatThrownBy(() -> index.indexWorkers(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at least 1");
    }
  }
}
