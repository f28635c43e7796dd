package dev.talksbot.index;

import dev.talksbot.ingest.Article;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
  /**
   * Articles embedding at once per worker: two, so a worker picks up the next article while the
   * writer stores the one it finished.
   */
  static final int IN_FLIGHT_PER_WORKER = 2;

  /** Worker threads: one per core, or the system property talksbot.index.workers. */
  static int workers() {
    int byDefault = Runtime.getRuntime().availableProcessors();
    return Math.max(1, Integer.getInteger("talksbot.index.workers", byDefault));
  }

  private final PassageWriter writer;
  private final int workers;

  EmbeddingPipeline(PassageWriter writer, int workers) {
    if (workers < 1) throw new IllegalArgumentException("workers must be at least 1: " + workers);
    this.writer = writer;
    this.workers = workers;
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
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "talksbot-embed-" + names.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Deque<Pending> window = new ArrayDeque<>();
    long passages = 0;
    int done = 0;
    try {
      for (int i = 0; i < articles.size(); i++) {
        PassageWriter.Prepared p = writer.prepare(articles.get(i), firstSeq + i, rows);
        window.addLast(new Pending(p, pool.submit(() -> writer.build(p))));
        while (window.size() >= workers * IN_FLIGHT_PER_WORKER || i == articles.size() - 1) {
          if (window.isEmpty()) break;
          Pending head = window.removeFirst();
          passages += writer.write(w, built(head));
          written.update(++done, passages);
        }
      }
      return passages;
    } finally {
      for (Pending p : window) p.built.cancel(true);
      pool.shutdownNow();
    }
  }

  private record Pending(PassageWriter.Prepared prepared, Future<PassageWriter.Built> built) {}

  private static PassageWriter.Built built(Pending p) throws IOException {
    try {
      return p.built.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while embedding " + p.prepared.article().id());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) throw u.getCause();
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      throw new IOException("embedding failed for " + p.prepared.article().id(), cause);
    }
  }
}
