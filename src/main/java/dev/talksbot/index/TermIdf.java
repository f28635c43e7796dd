package dev.talksbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;

/**
 * BM25-style inverse document frequency of analysed terms over passages, cached per index version.
 */
final class TermIdf {
  /** Terms kept before the cache starts afresh (bounded memory). */
  static final int CAPACITY = 100_000;

  private final PassageSearcher searcher;
  private final ArticleCatalog catalog;
  private final ConcurrentHashMap<String, Double> cache = new ConcurrentHashMap<>();
  private volatile Object cacheReader;

  TermIdf(PassageSearcher searcher, ArticleCatalog catalog) {
    this.searcher = searcher;
    this.catalog = catalog;
  }

  /**
   * {@code ln(1 + (N - df + 0.5) / (df + 0.5))} with N the passage count; a term no passage
   * contains gets the highest weight.
   */
  double idf(String term) {
    try {
      return searcher.withSearcher(
          s -> {
            Object key = ArticleCatalog.readerKey(s.getIndexReader());
            if (key != cacheReader) {
              cache.clear();
              cacheReader = key;
            }
            Double cached = cache.get(term);
            if (cached != null) return cached;
            long n = Math.max(1, catalog.current().passages());
            int df = s.getIndexReader().docFreq(new Term(IndexSchema.TEXT, term));
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            if (cache.size() >= CAPACITY) cache.clear();
            cache.put(term, idf);
            return idf;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
