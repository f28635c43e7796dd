package dev.talksbot.index;

import dev.talksbot.ingest.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The articles in the index (metadata, text, content hash, order of arrival) and the passage count,
 * read once per index version: it follows every commit the searcher sees, including another
 * process's.
 */
final class ArticleCatalog {
  /** One version of the catalog. */
  record Snapshot(
      Map<String, Article> articles, Map<String, String> hashes, int passages, long maxSeq) {
    Snapshot {
      articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
      hashes = Map.copyOf(hashes);
      if (passages < 0) throw new IllegalArgumentException("passages < 0");
    }
  }

  private record Cached(Object readerKey, Snapshot snapshot) {}

  private final PassageSearcher searcher;
  private volatile Cached cached;

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

  private static Snapshot load(IndexSearcher s) throws IOException {
    TopDocs top =
        s.search(
            new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE)), Integer.MAX_VALUE);
    StoredFields stored = s.storedFields();
    record Row(long seq, Article a, String hash) {}
    List<Row> rows = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      rows.add(
          new Row(
              d.getField(IndexSchema.ADDED_SEQ).numericValue().longValue(),
              PassageDocuments.articleFrom(d),
              d.get(IndexSchema.CONTENT_HASH)));
    }
    rows.sort(Comparator.comparingLong(Row::seq).thenComparing(r -> r.a().id()));
    Map<String, Article> articles = new LinkedHashMap<>();
    Map<String, String> hashes = new HashMap<>();
    long maxSeq = -1;
    for (Row r : rows) {
      articles.put(r.a().id(), r.a());
      hashes.put(r.a().id(), r.hash());
      maxSeq = Math.max(maxSeq, r.seq());
    }
    int passages = s.count(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE)));
    return new Snapshot(articles, hashes, passages, maxSeq);
  }
}
