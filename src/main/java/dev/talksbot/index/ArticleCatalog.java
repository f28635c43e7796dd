package dev.talksbot.index;

import dev.talksbot.ingest.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;

/**
 * The articles in the index (metadata, content hash, order of arrival) and the passage count, read
 * once per index version from doc values: it follows every commit the searcher sees, including
 * another process's. Article texts are not held: an article's text is read from the index when the
 * article is asked for, and the most recent ones are kept in a cache bounded by {@link
 * #TEXT_CACHE_CHARS}.
 */
final class ArticleCatalog {
  /**
   * Characters of article text kept in memory at most (≈ 2–4 MB): a question cites a handful of
   * articles, a summary a few dozen, so the articles in use stay cached while a 100,000-article
   * index holds no texts on the heap.
   */
  static final int TEXT_CACHE_CHARS = 2_000_000;

  /** One version of the catalog. */
  record Snapshot(
      Map<String, CatalogRecord> records,
      Map<String, ArticleHeader> headers,
      Map<String, Article> articles,
      int passages,
      long maxSeq) {
    Snapshot {
      if (passages < 0) throw new IllegalArgumentException("passages < 0");
    }

    /** The content hash of an article in this version, or {@code null}. */
    String hash(String id) {
      CatalogRecord r = records.get(id);
      return r == null ? null : r.hash();
    }
  }

  private record Cached(Object readerKey, Snapshot snapshot) {}

  private final PassageSearcher searcher;
  private volatile Cached cached;

  /** Article texts by content hash. */
  private final TextCache texts = new TextCache(TEXT_CACHE_CHARS);

  ArticleCatalog(PassageSearcher searcher) {
    this.searcher = searcher;
  }

  /** The catalog of the current index version (read again only after a commit). */
  Snapshot current() throws IOException {
    return searcher.withSearcher(
        s -> {
          Object key = readerKey(s.getIndexReader());
          Cached c = cached;
          if (c != null && c.readerKey() == key) return c.snapshot();
          Snapshot snap = load(s);
          cached = new Cached(key, snap);
          return snap;
        });
  }

  static Object readerKey(IndexReader r) {
    return r.getReaderCacheHelper() == null ? r : r.getReaderCacheHelper().getKey();
  }

  private Snapshot load(IndexSearcher s) throws IOException {
    List<CatalogRecord> rows = new ArrayList<>();
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      // only article documents carry these doc values
      BinaryDocValues meta = DocValues.getBinary(leaf.reader(), IndexSchema.ARTICLE_META);
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexSchema.ID);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = meta.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = meta.nextDoc()) {
        if (live != null && !live.get(doc)) continue;
        if (!ids.advanceExact(doc))
          throw new IllegalStateException("an article document without an id (doc " + doc + ")");
        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        rows.add(CatalogRecord.decode(id, meta.binaryValue()));
      }
    }
    rows.sort(Comparator.comparingLong(CatalogRecord::seq).thenComparing(r -> r.header().id()));
    Map<String, CatalogRecord> records = new LinkedHashMap<>();
    Map<String, ArticleHeader> headers = new LinkedHashMap<>();
    long maxSeq = -1;
    for (CatalogRecord r : rows) {
      records.put(r.header().id(), r);
      headers.put(r.header().id(), r.header());
      maxSeq = Math.max(maxSeq, r.seq());
    }
    records = Collections.unmodifiableMap(records);
    int passages = s.count(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE)));
    return new Snapshot(
        records,
        Collections.unmodifiableMap(headers),
        new LazyArticles(records, this::text),
        passages,
        maxSeq);
  }

  /**
   * The text of this version of an article: from the cache, else from the index's stored fields
   * (that one document and field only); {@code null} when that version is no longer in the index.
   */
  String text(String id, String hash) {
    String t = texts.get(hash);
    if (t != null) return t;
    try {
      t = searcher.withSearcher(s -> readText(s, id, hash));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the text of article " + id, e);
    }
    if (t != null) texts.put(hash, t);
    return t;
  }

  private static String readText(IndexSearcher s, String id, String hash) throws IOException {
    BooleanQuery q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE)),
                BooleanClause.Occur.FILTER)
            .build();
    ScoreDoc[] hits = s.search(q, 1).scoreDocs;
    if (hits.length == 0) return null;
    var d =
        s.storedFields()
            .document(hits[0].doc, Set.of(IndexSchema.ARTICLE_TEXT, IndexSchema.CONTENT_HASH));
    return hash.equals(d.get(IndexSchema.CONTENT_HASH)) ? d.get(IndexSchema.ARTICLE_TEXT) : null;
  }

  /** For tests: how many article texts the cache holds. */
  int cachedTexts() {
    return texts.size();
  }
}
