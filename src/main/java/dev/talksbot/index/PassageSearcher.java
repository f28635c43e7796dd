package dev.talksbot.index;

import dev.talksbot.ingest.Passage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RescoreTopNQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

/**
 * Reading the index: BM25 and kNN searches and passage loading over searchers shared through a
 * {@link SearcherManager}. The searcher follows every commit, including those of another process on
 * the same folder: before a read it checks for a newer commit at most every {@link
 * #REFRESH_INTERVAL_NANOS}.
 */
final class PassageSearcher implements AutoCloseable {
  /**
   * Longest time a reader may go without checking for a newer commit (a check lists the folder, so
   * not before every search): 200 ms keeps another process's article visible almost at once.
   */
  static final long REFRESH_INTERVAL_NANOS = 200_000_000L;

  /**
   * kNN candidates taken from the quantized graph per wanted hit, re-scored with the full-precision
   * vectors: 3× keeps the top-k equal to a float search on SciFact.
   */
  static final int RESCORE_OVERSAMPLE = 3;

  private final Path dir;
  private final Directory directory;
  private final BM25Similarity similarity;
  private final float titleBoost;
  private volatile SearcherManager manager;
  private volatile long lastRefreshCheck;

  PassageSearcher(Path dir, Directory directory, BM25Similarity similarity, float titleBoost) {
    this.dir = dir;
    this.directory = directory;
    this.similarity = similarity;
    this.titleBoost = titleBoost;
  }

  /** The folder holds no index yet. */
  static final class NoIndexException extends IOException {
    NoIndexException(Path dir) {
      super("no index at " + dir + " (run ./talksbot index)");
    }
  }

  /** What {@link #withSearcher} runs. */
  @FunctionalInterface
  interface Fn<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code f} on a searcher no older than the refresh interval (released afterwards). */
  <T> T withSearcher(Fn<T> f) throws IOException {
    SearcherManager m = manager();
    refreshIfStale(m);
    IndexSearcher s = m.acquire();
    try {
      return f.apply(s);
    } finally {
      m.release(s);
    }
  }

  /** Picks up the newest commit now (after this process wrote). */
  void refresh() throws IOException {
    SearcherManager m = manager;
    if (m != null) m.maybeRefreshBlocking();
  }

  private SearcherManager manager() throws IOException {
    SearcherManager m = manager;
    if (m != null) return m;
    synchronized (this) {
      if (manager == null) {
        if (!DirectoryReader.indexExists(directory)) throw new NoIndexException(dir);
        manager =
            new SearcherManager(
                directory,
                new SearcherFactory() {
                  @Override
                  public IndexSearcher newSearcher(IndexReader r, IndexReader previous) {
                    IndexSearcher s = new IndexSearcher(r);
                    s.setSimilarity(similarity);
                    return s;
                  }
                });
        lastRefreshCheck = System.nanoTime();
      }
      return manager;
    }
  }

  private void refreshIfStale(SearcherManager m) throws IOException {
    long now = System.nanoTime();
    if (now - lastRefreshCheck < REFRESH_INTERVAL_NANOS) return;
    lastRefreshCheck = now;
    m.maybeRefresh();
  }

  /** The BM25 query: each term over the passage text, and over the title with the title boost. */
  Query bm25Query(List<String> terms) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (String t : terms) {
      if (clauses + 2 > IndexSearcher.getMaxClauseCount()) break;
      b.add(new TermQuery(new Term(IndexSchema.TEXT, t)), BooleanClause.Occur.SHOULD);
      clauses++;
      if (titleBoost > 0) {
        b.add(
            new BoostQuery(new TermQuery(new Term(IndexSchema.TITLE, t)), titleBoost),
            BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    return b.build();
  }

  List<IndexHit> searchBm25(String text, int k) throws IOException {
    List<String> terms = TextAnalysis.terms(text);
    if (terms.isEmpty()) return List.of();
    return search(bm25Query(terms), k, false);
  }

  /**
   * Nearest passages: candidates from the quantized HNSW graph, re-scored with the full-precision
   * vectors (cosine = dot product of unit vectors).
   */
  List<IndexHit> searchDense(float[] queryVector, int k) throws IOException {
    Query knn = new KnnFloatVectorQuery(IndexSchema.VECTOR, queryVector, k * RESCORE_OVERSAMPLE);
    Query q =
        RescoreTopNQuery.createFullPrecisionRescorerQuery(knn, queryVector, IndexSchema.VECTOR, k);
    return search(q, k, true);
  }

  private List<IndexHit> search(Query q, int k, boolean dense) throws IOException {
    return withSearcher(
        s -> {
          // nothing indexed yet: Lucene's full-precision re-scoring fails on an empty reader
          if (s.getIndexReader().numDocs() == 0) return List.of();
          ScoreDoc[] docs = s.search(q, k).scoreDocs;
          // ids from doc values: stored fields (decompression) are read only for the fused top hits
          List<LeafReaderContext> leaves = s.getIndexReader().leaves();
          record Raw(String id, float score) {}
          List<Raw> raw = new ArrayList<>(docs.length);
          for (ScoreDoc sd : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            var ids = DocValues.getSorted(leaf.reader(), IndexSchema.ID);
            if (!ids.advanceExact(sd.doc - leaf.docBase)) continue;
            String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
            // Lucene's DOT_PRODUCT score is (1 + cos) / 2; report the cosine
            raw.add(new Raw(id, dense ? 2 * sd.score - 1 : sd.score));
          }
          // deterministic order: score, then passage id
          raw.sort(Comparator.comparingDouble((Raw r) -> -r.score()).thenComparing(Raw::id));
          List<IndexHit> out = new ArrayList<>(raw.size());
          for (int i = 0; i < raw.size(); i++)
            out.add(new IndexHit(raw.get(i).id(), raw.get(i).score(), i + 1));
          return out;
        });
  }

  /** The passages with these ids (those still in the index), by id. */
  Map<String, Passage> passages(Collection<String> ids) throws IOException {
    if (ids.isEmpty()) return new HashMap<>();
    return withSearcher(
        s -> {
          Map<String, Passage> out = new HashMap<>();
          StoredFields stored = s.storedFields();
          for (String id : ids) {
            TopDocs top = s.search(new TermQuery(new Term(IndexSchema.ID, id)), 2);
            for (ScoreDoc sd : top.scoreDocs) {
              Document d = stored.document(sd.doc);
              if (d.get(IndexSchema.TEXT) != null) out.put(id, PassageDocuments.passageFrom(d));
            }
          }
          return out;
        });
  }

  /** All passages of one article, in order. */
  List<Passage> passagesOf(String articleId) throws IOException {
    return withSearcher(
        s -> {
          BooleanQuery q =
              new BooleanQuery.Builder()
                  .add(
                      new TermQuery(new Term(IndexSchema.ARTICLE_ID, articleId)),
                      BooleanClause.Occur.FILTER)
                  .add(
                      new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE)),
                      BooleanClause.Occur.FILTER)
                  .build();
          TopDocs top = s.search(q, 10_000);
          StoredFields stored = s.storedFields();
          List<Passage> out = new ArrayList<>();
          for (ScoreDoc sd : top.scoreDocs)
            out.add(PassageDocuments.passageFrom(stored.document(sd.doc)));
          out.sort(Comparator.comparingInt(Passage::ordinal));
          return out;
        });
  }

  @Override
  public void close() throws IOException {
    SearcherManager m = manager;
    if (m != null) m.close();
  }
}
