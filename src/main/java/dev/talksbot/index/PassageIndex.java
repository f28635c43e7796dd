package dev.talksbot.index;

import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Chunker;
import dev.talksbot.ingest.Passage;
import dev.talksbot.ingest.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index on disk: passages (BM25 text + kNN vector) and article metadata. Readers share
 * searchers through a {@link SearcherManager}; writes open an {@link IndexWriter} only for the
 * write, so another process (the bot) can keep reading while a CLI adds an article. Adding an
 * article replaces that article's documents and nothing else: no rebuild.
 */
public final class PassageIndex implements AutoCloseable {
  private final Path dir;
  private final Directory directory;
  private final Embedder embedder;
  private final Chunker chunker;
  private final BM25Similarity similarity;
  private final Analyzer analyzer = TextAnalysis.englishAnalyzer();
  private final float titleBoost;
  private final Object writeLock = new Object();
  private volatile SearcherManager manager;
  private volatile Catalog catalog;

  public PassageIndex(
      Path dir, Embedder embedder, Chunker chunker, double k1, double b, double titleBoost)
      throws IOException {
    this.dir = dir;
    this.embedder = embedder;
    this.chunker = chunker;
    this.similarity = new BM25Similarity((float) k1, (float) b);
    this.titleBoost = (float) titleBoost;
    Files.createDirectories(dir);
    this.directory = FSDirectory.open(dir);
  }

  public Embedder embedder() {
    return embedder;
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  /** True when the folder holds a usable index built with this embedding model. */
  public boolean exists() throws IOException {
    if (!DirectoryReader.indexExists(directory)) return false;
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      Map<String, String> meta = r.getIndexCommit().getUserData();
      return embedder.name().equals(meta.get(IndexSchema.META_EMBEDDING_MODEL))
          && IndexSchema.SCHEMA_VERSION.equals(meta.get(IndexSchema.META_SCHEMA_VERSION));
    }
  }

  /** Builds the index anew from these articles (removing everything it held). */
  public long rebuild(List<Article> articles, IndexProgress progress) throws IOException {
    synchronized (writeLock) {
      catalog = null;
      long passages = 0;
      long t0 = System.nanoTime();
      try (IndexWriter w = writer(IndexWriterConfig.OpenMode.CREATE)) {
        long seq = 0;
        for (int i = 0; i < articles.size(); i++) {
          passages += writeArticle(w, articles.get(i), seq++);
          progress.update(i + 1, articles.size(), passages, System.nanoTime() - t0);
        }
        w.setLiveCommitData(commitData().entrySet());
        w.commit();
      }
      refresh();
      return passages;
    }
  }

  /** Result of adding one article. */
  public enum AddOutcome {
    ADDED,
    REPLACED,
    UNCHANGED
  }

  /**
   * Adds (or replaces) one article without touching the rest of the index.
   *
   * @return whether it was new, replaced an older version, or was already there unchanged
   */
  public AddOutcome add(Article article) throws IOException {
    synchronized (writeLock) {
      String hash = contentHash(article);
      Optional<String> existing = contentHashOf(article.id());
      if (existing.isPresent() && existing.get().equals(hash)) return AddOutcome.UNCHANGED;
      try (IndexWriter w = writer(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)) {
        w.deleteDocuments(new Term(IndexSchema.ARTICLE_ID, article.id()));
        writeArticle(w, article, nextSeq());
        w.setLiveCommitData(commitData().entrySet());
        w.commit();
      }
      refresh();
      return existing.isPresent() ? AddOutcome.REPLACED : AddOutcome.ADDED;
    }
  }

  private long nextSeq() throws IOException {
    return DirectoryReader.indexExists(directory) ? catalog().maxSeq() + 1 : 0;
  }

  /** How long a write waits for another writer's lock before it gives up with a clear message. */
  static final Duration WRITE_LOCK_WAIT = Duration.ofSeconds(60);

  /** Longest pause between two attempts to take the write lock. */
  static final long LOCK_RETRY_MAX_MILLIS = 1000;

  private volatile Duration writeLockWait = WRITE_LOCK_WAIT;

  /** For tests: a shorter bounded wait for the write lock. */
  void writeLockWait(Duration d) {
    writeLockWait = d;
  }

  /**
   * A writer, waiting (bounded) while another process or thread holds the write lock: two ingests
   * at once take turns instead of failing.
   */
  private IndexWriter writer(IndexWriterConfig.OpenMode mode) throws IOException {
    long deadline = System.nanoTime() + writeLockWait.toNanos();
    long pause = 50;
    while (true) {
      IndexWriterConfig cfg =
          new IndexWriterConfig(
              new PerFieldAnalyzerWrapper(analyzer, Map.of(IndexSchema.SPELL, SPELL_ANALYZER)));
      cfg.setSimilarity(similarity);
      cfg.setOpenMode(mode);
      cfg.setRAMBufferSizeMB(128);
      try {
        return new IndexWriter(directory, cfg);
      } catch (org.apache.lucene.store.LockObtainFailedException e) {
        if (System.nanoTime() >= deadline) throw new IndexBusyException(writeLockWait);
        try {
          Thread.sleep(pause);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted while waiting for the write lock");
        }
        pause = Math.min(LOCK_RETRY_MAX_MILLIS, pause * 2);
      }
    }
  }

  private Map<String, String> commitData() {
    Map<String, String> m = new HashMap<>();
    m.put(IndexSchema.META_EMBEDDING_MODEL, embedder.name());
    m.put(IndexSchema.META_SCHEMA_VERSION, IndexSchema.SCHEMA_VERSION);
    return m;
  }

  private int writeArticle(IndexWriter w, Article a, long seq) throws IOException {
    List<Passage> passages = chunker.chunk(a);
    List<String> toEmbed =
        passages.stream()
            .map(p -> a.title() == null ? p.text() : a.title() + "\n" + p.text())
            .toList();
    List<float[]> vectors = embedder.embedPassages(toEmbed);
    List<Document> docs = new ArrayList<>(passages.size() + 1);
    for (int i = 0; i < passages.size(); i++)
      docs.add(passageDoc(a, passages.get(i), vectors.get(i)));
    docs.add(articleDoc(a, seq));
    w.addDocuments(docs);
    return passages.size();
  }

  private static Document passageDoc(Article a, Passage p, float[] vector) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE, Field.Store.NO));
    d.add(new StringField(IndexSchema.ID, p.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(p.id())));
    d.add(new StringField(IndexSchema.ARTICLE_ID, a.id(), Field.Store.YES));
    d.add(new StoredField(IndexSchema.ORDINAL, p.ordinal()));
    d.add(new TextField(IndexSchema.TEXT, p.text(), Field.Store.YES));
    if (a.title() != null) d.add(new TextField(IndexSchema.TITLE, a.title(), Field.Store.NO));
    d.add(new Field(IndexSchema.SPELL, p.text(), SPELL_TYPE));
    if (a.title() != null) d.add(new Field(IndexSchema.SPELL, a.title(), SPELL_TYPE));
    d.add(
        new KnnFloatVectorField(IndexSchema.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    d.add(new StoredField(IndexSchema.START, p.span().start()));
    d.add(new StoredField(IndexSchema.END, p.span().end()));
    d.add(new StoredField(IndexSchema.SENTENCES, encodeSpans(p.sentences())));
    return d;
  }

  /** The plain-word vocabulary field: tokenized, documents only, no norms, not stored. */
  private static final FieldType SPELL_TYPE = spellType();

  private static FieldType spellType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS);
    t.setOmitNorms(true);
    t.setStored(false);
    t.freeze();
    return t;
  }

  /** Words as written, lower case and accents folded: no stop words removed, no stemming. */
  private static final Analyzer SPELL_ANALYZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          return new TokenStreamComponents(
              source,
              new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source))));
        }
      };

  private static Document articleDoc(Article a, long seq) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE, Field.Store.NO));
    d.add(new StringField(IndexSchema.ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(a.id())));
    d.add(new StringField(IndexSchema.ARTICLE_ID, a.id(), Field.Store.YES));
    if (a.title() != null) d.add(new StoredField(IndexSchema.ARTICLE_TITLE, a.title()));
    if (a.outlet() != null) d.add(new StoredField(IndexSchema.OUTLET, a.outlet()));
    for (String author : a.authors()) d.add(new StoredField(IndexSchema.AUTHORS, author));
    if (a.date() != null) d.add(new StoredField(IndexSchema.DATE, a.date().toString()));
    if (a.url() != null) d.add(new StoredField(IndexSchema.URL, a.url()));
    d.add(new StoredField(IndexSchema.SOURCE, a.source()));
    d.add(new StoredField(IndexSchema.ARTICLE_TEXT, a.text()));
    d.add(new StoredField(IndexSchema.CONTENT_HASH, contentHash(a)));
    d.add(new StoredField(IndexSchema.ADDED_SEQ, seq));
    d.add(new NumericDocValuesField(IndexSchema.ADDED_SEQ, seq));
    return d;
  }

  static String encodeSpans(List<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      if (!b.isEmpty()) b.append(',');
      b.append(s.start()).append('-').append(s.end());
    }
    return b.toString();
  }

  static List<Span> decodeSpans(String s) {
    if (s == null || s.isEmpty()) return List.of();
    return Arrays.stream(s.split(","))
        .map(x -> x.split("-"))
        .map(x -> new Span(Integer.parseInt(x[0]), Integer.parseInt(x[1])))
        .toList();
  }

  /** Hash of what an article's documents are built from. */
  public static String contentHash(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {
            a.text(),
            a.title(),
            a.outlet(),
            String.join("|", a.authors()),
            a.date() == null ? null : a.date().toString(),
            a.url(),
            a.source()
          }) {
        md.update((part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0x1f);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- reading

  private SearcherManager manager() throws IOException {
    SearcherManager m = manager;
    if (m == null) {
      synchronized (this) {
        if (manager == null) {
          if (!DirectoryReader.indexExists(directory)) {
            throw new IOException("no index at " + dir + " (run ./talksbot index)");
          }
          manager =
              new SearcherManager(
                  directory,
                  new SearcherFactory() {
                    @Override
                    public IndexSearcher newSearcher(
                        org.apache.lucene.index.IndexReader r,
                        org.apache.lucene.index.IndexReader previous) {
                      IndexSearcher s = new IndexSearcher(r);
                      s.setSimilarity(similarity);
                      return s;
                    }
                  });
          manager.addListener(
              new org.apache.lucene.search.ReferenceManager.RefreshListener() {
                @Override
                public void beforeRefresh() {}

                @Override
                public void afterRefresh(boolean didRefresh) {
                  if (didRefresh) catalog = null;
                }
              });
        }
        m = manager;
      }
    }
    return m;
  }

  /** What {@link #withSearcher} runs. */
  @FunctionalInterface
  public interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code f} on a current searcher (released afterwards); e.g. to read term statistics. */
  public <T> T withSearcher(SearcherFunction<T> f) throws IOException {
    SearcherManager m = manager();
    refreshIfStale(m);
    IndexSearcher s = m.acquire();
    try {
      return f.apply(s);
    } finally {
      m.release(s);
    }
  }

  /** Picks up commits made by this or another process. */
  public void refresh() throws IOException {
    if (manager != null) manager.maybeRefreshBlocking();
    catalog = null;
  }

  /** BM25 over passage text (and the article title, boosted by {@code titleBoost}). */
  public List<IndexHit> searchBm25(String text, int k) throws IOException {
    List<String> terms = TextAnalysis.terms(text);
    if (terms.isEmpty()) return List.of();
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
    return search(b.build(), k, false);
  }

  /** Nearest passages to a query vector (cosine = dot product of unit vectors). */
  public List<IndexHit> searchDense(float[] queryVector, int k) throws IOException {
    return search(new KnnFloatVectorQuery(IndexSchema.VECTOR, queryVector, k), k, true);
  }

  private volatile long lastRefreshCheck;

  /** At most once a second, picks up articles another process committed (e.g. `ingest`). */
  private void refreshIfStale(SearcherManager m) throws IOException {
    long now = System.nanoTime();
    if (now - lastRefreshCheck < 1_000_000_000L) return;
    lastRefreshCheck = now;
    m.maybeRefresh();
  }

  private List<IndexHit> search(Query q, int k, boolean dense) throws IOException {
    SearcherManager m = manager();
    refreshIfStale(m);
    IndexSearcher s = m.acquire();
    try {
      ScoreDoc[] docs = s.search(q, k).scoreDocs;
      // ids from doc values: stored fields (decompression) are read only for the fused top hits
      List<org.apache.lucene.index.LeafReaderContext> leaves = s.getIndexReader().leaves();
      record Raw(String id, float score) {}
      List<Raw> raw = new ArrayList<>(docs.length);
      for (ScoreDoc sd : docs) {
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, leaves));
        var ids = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), IndexSchema.ID);
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
    } finally {
      m.release(s);
    }
  }

  /** The passages with these ids (those still in the index), by id. */
  public Map<String, Passage> passages(java.util.Collection<String> ids) throws IOException {
    Map<String, Passage> out = new HashMap<>();
    if (ids.isEmpty()) return out;
    SearcherManager m = manager();
    IndexSearcher s = m.acquire();
    try {
      StoredFields stored = s.storedFields();
      for (String id : ids) {
        TopDocs top = s.search(new TermQuery(new Term(IndexSchema.ID, id)), 2);
        for (ScoreDoc sd : top.scoreDocs) {
          Document d = stored.document(sd.doc);
          if (d.get(IndexSchema.TEXT) != null) out.put(id, passageFrom(d));
        }
      }
      return out;
    } finally {
      m.release(s);
    }
  }

  private static Passage passageFrom(Document d) {
    String text = d.get(IndexSchema.TEXT);
    int start = d.getField(IndexSchema.START).numericValue().intValue();
    int end = d.getField(IndexSchema.END).numericValue().intValue();
    return new Passage(
        d.get(IndexSchema.ARTICLE_ID),
        d.getField(IndexSchema.ORDINAL).numericValue().intValue(),
        new Span(start, end),
        text,
        decodeSpans(d.get(IndexSchema.SENTENCES)));
  }

  /** All passages of one article, in order. */
  public List<Passage> passagesOf(String articleId) throws IOException {
    SearcherManager m = manager();
    IndexSearcher s = m.acquire();
    try {
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
      for (ScoreDoc sd : top.scoreDocs) out.add(passageFrom(stored.document(sd.doc)));
      out.sort(Comparator.comparingInt(Passage::ordinal));
      return out;
    } finally {
      m.release(s);
    }
  }

  /** The articles in the index, in the order they were added, by id. */
  public Map<String, Article> articles() throws IOException {
    return catalog().articles();
  }

  public Optional<Article> article(String id) throws IOException {
    return Optional.ofNullable(catalog().articles().get(id));
  }

  public int passageCount() throws IOException {
    return catalog().passages();
  }

  private Optional<String> contentHashOf(String articleId) throws IOException {
    if (!DirectoryReader.indexExists(directory)) return Optional.empty();
    return Optional.ofNullable(catalog().hashes().get(articleId));
  }

  private record Catalog(
      Map<String, Article> articles, Map<String, String> hashes, int passages, long maxSeq) {}

  private Catalog catalog() throws IOException {
    Catalog c = catalog;
    if (c != null) return c;
    SearcherManager m = manager();
    m.maybeRefresh();
    IndexSearcher s = m.acquire();
    try {
      TopDocs top =
          s.search(
              new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE)),
              Integer.MAX_VALUE);
      StoredFields stored = s.storedFields();
      record Row(long seq, Article a, String hash) {}
      List<Row> rows = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc);
        String date = d.get(IndexSchema.DATE);
        Article a =
            new Article(
                d.get(IndexSchema.ID),
                d.get(IndexSchema.SOURCE),
                d.get(IndexSchema.ARTICLE_TITLE),
                d.get(IndexSchema.OUTLET),
                Arrays.asList(d.getValues(IndexSchema.AUTHORS)),
                date == null ? null : LocalDate.parse(date),
                d.get(IndexSchema.URL),
                d.get(IndexSchema.ARTICLE_TEXT));
        rows.add(
            new Row(
                d.getField(IndexSchema.ADDED_SEQ).numericValue().longValue(),
                a,
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
      c = new Catalog(java.util.Collections.unmodifiableMap(articles), hashes, passages, maxSeq);
      catalog = c;
      return c;
    } finally {
      m.release(s);
    }
  }

  private final java.util.concurrent.ConcurrentHashMap<String, Double> idfCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private volatile Object idfReader;

  /**
   * BM25-style inverse document frequency of an analysed term over passages: {@code ln(1 + (N - df
   * + 0.5) / (df + 0.5))}; a term no passage contains gets the highest weight.
   */
  public double idf(String term) {
    try {
      SearcherManager m = manager();
      IndexSearcher s = m.acquire();
      try {
        Object readerKey =
            s.getIndexReader().getReaderCacheHelper() == null
                ? s.getIndexReader()
                : s.getIndexReader().getReaderCacheHelper().getKey();
        if (readerKey != idfReader) {
          idfCache.clear();
          idfReader = readerKey;
        }
        Double cached = idfCache.get(term);
        if (cached != null) return cached;
        long n = Math.max(1, catalog().passages());
        int df = s.getIndexReader().docFreq(new Term(IndexSchema.TEXT, term));
        double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        idfCache.put(term, idf);
        return idf;
      } finally {
        m.release(s);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (manager != null) manager.close();
    directory.close();
  }
}
