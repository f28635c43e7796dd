package dev.talksbot.index;

import dev.talksbot.ingest.Article;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;

/**
 * The writes of a {@link PassageIndex}: a rebuild, one article added, several added in one write.
 * One write at a time in this process (and one writer across processes: {@link
 * PassageWriter#open}); each commits when it is whole, and the searcher sees it at once.
 */
final class IndexWrites {
  private final Directory directory;
  private final PassageWriter writer;
  private final PassageSearcher searcher;
  private final ArticleCatalog catalog;
  private final Object writeLock = new Object();

  /**
   * A write's articles are prepared in order, embedded and made into documents on one worker per
   * core (one model run uses one core: {@link OnnxSessions#DEFAULT_THREADS_PER_RUN}), and added in
   * order: the index is the same document for document whatever the number of workers.
   */
  private volatile InOrder<Article, PassageWriter.Prepared, PassageWriter.Built> inOrder =
      inOrder(InOrder.defaultWorkers());

  private static InOrder<Article, PassageWriter.Prepared, PassageWriter.Built> inOrder(int n) {
    return new InOrder<>(n, "talksbot-embed-");
  }

  IndexWrites(
      Directory directory, PassageWriter writer, PassageSearcher searcher, ArticleCatalog catalog) {
    this.directory = directory;
    this.writer = writer;
    this.searcher = searcher;
    this.catalog = catalog;
  }

  /** Builds the index anew from these articles (removing everything it held). */
  long rebuild(List<Article> articles, IndexProgress progress) throws IOException {
    synchronized (writeLock) {
      long passages;
      // the new index starts empty: nothing stored before counts
      try (IndexWriter w = writer.open(IndexWriterConfig.OpenMode.CREATE)) {
        passages = writeAndCommit(w, articles, 0, rowsOf(false), progress);
      }
      searcher.refresh();
      return passages;
    }
  }

  /**
   * Adds (or replaces) one article without touching the rest of the index.
   *
   * @return whether it was new, replaced an older version, or was already there unchanged
   */
  SearchIndex.AddOutcome add(Article article) throws IOException {
    synchronized (writeLock) {
      // an unchanged article is told without waiting for the writer's lock
      if (DirectoryReader.indexExists(directory)) {
        searcher.refresh();
        String hash = catalog.current().hash(article.id());
        if (PassageDocuments.contentHash(article).equals(hash))
          return SearchIndex.AddOutcome.UNCHANGED;
      }
      return addAll(List.of(article), IndexProgress.NONE).getFirst();
    }
  }

  /**
   * Adds (or replaces) several articles with one writer and one commit, embedding them on every
   * core ({@link InOrder}); unchanged ones are skipped. Readers see all of them at once.
   */
  List<SearchIndex.AddOutcome> addAll(List<Article> articles, IndexProgress progress)
      throws IOException {
    Map<String, Article> last = new LinkedHashMap<>();
    for (Article a : articles) last.put(a.id(), a);
    synchronized (writeLock) {
      try (IndexWriter w = writer.open(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)) {
        // the lock is ours now: read what the last writer committed
        boolean exists = DirectoryReader.indexExists(directory);
        if (exists) searcher.refresh();
        Map<String, SearchIndex.AddOutcome> outcome = new HashMap<>();
        List<Article> toWrite = new ArrayList<>();
        for (Article a : last.values()) {
          String old = exists ? catalog.current().hash(a.id()) : null;
          if (old != null && old.equals(PassageDocuments.contentHash(a))) {
            outcome.put(a.id(), SearchIndex.AddOutcome.UNCHANGED);
            continue;
          }
          outcome.put(
              a.id(), old == null ? SearchIndex.AddOutcome.ADDED : SearchIndex.AddOutcome.REPLACED);
          toWrite.add(a);
          w.deleteDocuments(new Term(IndexSchema.ARTICLE_ID, a.id()));
        }
        if (!toWrite.isEmpty()) {
          long seq = exists ? catalog.current().maxSeq() + 1 : 0;
          PassageWriter.VectorRows rows = rowsOf(exists);
          writeAndCommit(w, toWrite, seq, rows, progress);
        }
        List<SearchIndex.AddOutcome> out = new ArrayList<>(articles.size());
        for (Article a : articles) out.add(outcome.get(a.id()));
        searcher.refresh();
        return out;
      }
    }
  }

  /**
   * Writes articles (numbered from {@code firstSeq}) on every core and commits them at once;
   * returns their passage count.
   */
  private long writeAndCommit(
      IndexWriter w,
      List<Article> articles,
      long firstSeq,
      PassageWriter.VectorRows rows,
      IndexProgress progress)
      throws IOException {
    long t0 = System.nanoTime();
    long[] passages = {0};
    inOrder.run(
        articles,
        (i, a) -> writer.prepare(a, firstSeq + i, rows),
        writer::build,
        (i, p, built) -> {
          passages[0] += writer.write(w, built);
          progress.update(i + 1, articles.size(), passages[0], System.nanoTime() - t0);
        });
    w.setLiveCommitData(writer.commitData().entrySet());
    w.commit();
    return passages[0];
  }

  /** The stored-vector rows a write may reuse: the committed index's, when there is one. */
  private PassageWriter.VectorRows rowsOf(boolean indexExists) {
    return new PassageWriter.VectorRows(
        keys -> indexExists ? searcher.withSearcher(s -> StoredVectors.lookup(s, keys)) : Map.of());
  }

  /** Worker threads a write embeds on (default {@link InOrder#defaultWorkers()}). */
  void indexWorkers(int n) {
    inOrder = inOrder(n);
  }

  /** For tests: a shorter bounded wait for the write lock. */
  void writeLockWait(Duration d) {
    writer.writeLockWait(d);
  }
}
