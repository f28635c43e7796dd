package dev.talksbot.index;

import dev.talksbot.ingest.Article;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexWriter;

/**
 * A rebuild's articles, embedded on worker threads and written in order: the caller's thread
 * prepares each article (chunks, claims its new stored-vector rows) and adds its documents once a
 * worker has built them (embedding, spotting sentence values), while the next articles build. One
 * model run uses one core ({@link OnnxSessions#DEFAULT_THREADS_PER_RUN}), so one article at a time
 * left the other cores idle. The index is the same document for document as one written article by
 * article: the order of preparing and of writing is the articles' order, and each text's vector
 * does not depend on the thread that ran it.
 */
final class EmbeddingPipeline {
  /** Worker threads: one per core, or the system property talksbot.index.workers. */
  static int workers() {
    return InOrder.defaultWorkers();
  }

  private final PassageWriter writer;
  private final InOrder<Article, PassageWriter.Prepared, PassageWriter.Built> inOrder;

  EmbeddingPipeline(PassageWriter writer, int workers) {
    this.writer = writer;
    this.inOrder = new InOrder<>(workers, "talksbot-embed-");
  }

  /** Called after each article is written: articles done, passages written so far. */
  @FunctionalInterface
  interface Written {
    void update(int articles, long passages);
  }

  /**
   * Writes these articles with {@code w}, numbered from {@code firstSeq} in order; returns the
   * passage count.
   */
  long writeAll(
      IndexWriter w,
      List<Article> articles,
      long firstSeq,
      PassageWriter.VectorRows rows,
      Written written)
      throws IOException {
    long[] passages = {0};
    inOrder.run(
        articles,
        (i, a) -> writer.prepare(a, firstSeq + i, rows),
        writer::build,
        (i, p, built) -> {
          passages[0] += writer.write(w, built);
          written.update(i + 1, passages[0]);
        });
    return passages[0];
  }
}
