package dev.talksbot.index;

import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Chunker;
import dev.talksbot.ingest.Passage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index on disk: passages (BM25 text + kNN vector), article metadata and the stored
 * sentence and word vectors. A facade over {@link PassageWriter} (writes), {@link PassageSearcher}
 * (searches), {@link ArticleCatalog} (the articles), {@link TermIdf} and {@link StoredVectors}.
 * Writes open an {@link IndexWriter} only for the write, so another process (the bot) can keep
 * reading while a CLI adds an article, and every reader follows the other's commits. Adding an
 * article replaces that article's documents and nothing else: no rebuild.
 */
public final class PassageIndex implements SearchIndex {
  /**
   * Boost of a question term matched in the article's headline relative to the passage text in
   * BM25: half, since a headline is short and shared by every passage of its article. The one place
   * the product's value lives (evaluation may try others).
   */
  public static final double TITLE_BOOST = 0.5;

  private final Path dir;
  private final Directory directory;
  private final Analyzer analyzer = TextAnalysis.englishAnalyzer();
  private final PassageWriter writer;
  private final PassageSearcher searcher;
  private final ArticleCatalog catalog;
  private final TermIdf idf;
  private final StoredVectorEmbedder embedder;
  private final LuceneVocabulary vocabulary;
  private final IndexWrites writes;

  /** An index with the product's title boost ({@link #TITLE_BOOST}). */
  public PassageIndex(Path dir, Embedder embedder, Chunker chunker, double k1, double b)
      throws IOException {
    this(dir, embedder, chunker, k1, b, TITLE_BOOST);
  }

  public PassageIndex(
      Path dir, Embedder embedder, Chunker chunker, double k1, double b, double titleBoost)
      throws IOException {
    this.dir = dir;
    BM25Similarity similarity = new BM25Similarity((float) k1, (float) b);
    Files.createDirectories(dir);
    this.directory = IndexDirectory.open(dir);
    Embedder model = embedder instanceof StoredVectorEmbedder stored ? stored.model() : embedder;
    this.writer = new PassageWriter(directory, model, chunker, similarity, analyzer);
    this.searcher = new PassageSearcher(dir, directory, similarity, (float) titleBoost);
    this.catalog = new ArticleCatalog(searcher);
    this.idf = new TermIdf(searcher, catalog);
    this.embedder = new StoredVectorEmbedder(model, searcher);
    this.vocabulary = new LuceneVocabulary(searcher);
    this.writes = new IndexWrites(directory, writer, searcher, catalog);
  }

  /**
   * Stores no sentence or word vectors from now on: for evaluations of retrieval alone (their
   * answerers, if any, embed sentences themselves), where they would only slow indexing down. An
   * index without them still answers; the model then embeds the sentences at question time.
   */
  public PassageIndex retrievalOnly() {
    writer.storeAnswerVectors(false);
    return this;
  }

  /**
   * The embedder for everything that reads this index: sentence and word vectors stored at index
   * time come from the index, query vectors are cached; only other texts reach the model.
   */
  public Embedder embedder() {
    return embedder;
  }

  @Override
  public Vocabulary vocabulary() {
    return vocabulary;
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
    return writes.rebuild(articles, progress);
  }

  /**
   * Adds (or replaces) one article without touching the rest of the index.
   *
   * @return whether it was new, replaced an older version, or was already there unchanged
   */
  public AddOutcome add(Article article) throws IOException {
    return writes.add(article);
  }

  /**
   * Adds (or replaces) several articles with one writer and one commit, embedding them on every
   * core ({@link InOrder}); unchanged ones are skipped. Readers see all of them at once.
   */
  @Override
  public List<AddOutcome> addAll(List<Article> articles, IndexProgress progress)
      throws IOException {
    return writes.addAll(articles, progress);
  }

  /** For tests: how many article texts are held in memory (the catalog's bounded cache). */
  int cachedArticleTexts() {
    return catalog.cachedTexts();
  }

  /** Worker threads a write embeds on (default {@link InOrder#defaultWorkers()}). */
  void indexWorkers(int n) {
    writes.indexWorkers(n);
  }

  /** For tests: a shorter bounded wait for the write lock. */
  void writeLockWait(Duration d) {
    writes.writeLockWait(d);
  }

  /** Hash of what an article's documents are built from. */
  public static String contentHash(Article a) {
    return PassageDocuments.contentHash(a);
  }

  /** What {@link #withSearcher} runs. */
  @FunctionalInterface
  public interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code f} on a current searcher (released afterwards); e.g. to read term statistics. */
  public <T> T withSearcher(SearcherFunction<T> f) throws IOException {
    return searcher.withSearcher(f::apply);
  }

  /** Picks up commits made by this or another process now (reads also do, within 200 ms). */
  public void refresh() throws IOException {
    if (DirectoryReader.indexExists(directory)) searcher.refresh();
  }

  /** BM25 over passage text (and the article title, boosted by the title boost). */
  public List<IndexHit> searchBm25(String text, int k) throws IOException {
    return searcher.searchBm25(text, k);
  }

  /** Nearest passages to a query vector (cosine = dot product of unit vectors). */
  public List<IndexHit> searchDense(float[] queryVector, int k) throws IOException {
    return searcher.searchDense(queryVector, k);
  }

  /** The passages with these ids (those still in the index), by id. */
  public Map<String, Passage> passages(Collection<String> ids) throws IOException {
    return searcher.passages(ids);
  }

  /** All passages of one article, in order. */
  public List<Passage> passagesOf(String articleId) throws IOException {
    return searcher.passagesOf(articleId);
  }

  /** The articles in the index, in the order they were added, by id. */
  public Map<String, Article> articles() throws IOException {
    return catalog.current().articles();
  }

  @Override
  public Map<String, ArticleHeader> articleHeaders() throws IOException {
    return catalog.current().headers();
  }

  public int passageCount() throws IOException {
    return catalog.current().passages();
  }

  /**
   * BM25-style inverse document frequency of an analysed term over passages: {@code ln(1 + (N - df
   * + 0.5) / (df + 0.5))}; a term no passage contains gets the highest weight.
   */
  public double idf(String term) {
    return idf.idf(term);
  }

  @Override
  public void close() throws IOException {
    searcher.close();
    directory.close();
  }

  @Override
  public String toString() {
    return "PassageIndex[" + dir + "]";
  }
}
