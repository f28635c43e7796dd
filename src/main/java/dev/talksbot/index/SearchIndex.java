package dev.talksbot.index;

import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Passage;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the question, summary and alert paths need of the passage index: BM25 and kNN searches,
 * passage and article loading, term statistics, the embedder with the stored answer vectors, and
 * writes. Implemented by the Lucene index on disk ({@link PassageIndex}, the default) and by an
 * OpenSearch cluster ({@code index.opensearch.OpenSearchIndex}, {@code retrieval.backend:
 * opensearch}).
 */
public interface SearchIndex extends AutoCloseable {
  /** Result of adding one article. */
  enum AddOutcome {
    ADDED,
    REPLACED,
    UNCHANGED
  }

  /** BM25 over passage text (and the article title, boosted by the title boost). */
  List<IndexHit> searchBm25(String text, int k) throws IOException;

  /** Nearest passages to a query vector (cosine = dot product of unit vectors). */
  List<IndexHit> searchDense(float[] queryVector, int k) throws IOException;

  /**
   * Whether a search is a network round trip (a cluster), so that a retriever gains by running its
   * BM25 and kNN searches at the same time; a local index answers faster than a thread hand-off.
   */
  default boolean remote() {
    return false;
  }

  /** The passages with these ids (those still in the index), by id. */
  Map<String, Passage> passages(Collection<String> ids) throws IOException;

  /** All passages of one article, in order. */
  List<Passage> passagesOf(String articleId) throws IOException;

  /**
   * The articles in the index, in the order they were added, by id. The Lucene index holds only
   * their metadata in memory: an article's text is read when the article is asked for ({@code
   * get}), so iterating the values reads every text; callers that need only metadata use {@link
   * #articleHeaders()}.
   */
  Map<String, Article> articles() throws IOException;

  /**
   * The articles' metadata without their texts, in the order they were added, by id. Both backends
   * return the same instance until the index changes (callers may cache by identity).
   */
  default Map<String, ArticleHeader> articleHeaders() throws IOException {
    return headersOf(articles());
  }

  /** The headers of these articles, in their order, by id. */
  static Map<String, ArticleHeader> headersOf(Map<String, Article> articles) {
    Map<String, ArticleHeader> out = new LinkedHashMap<>();
    for (Article a : articles.values()) out.put(a.id(), ArticleHeader.of(a));
    return Collections.unmodifiableMap(out);
  }

  default Optional<Article> article(String id) throws IOException {
    return Optional.ofNullable(articles().get(id));
  }

  int passageCount() throws IOException;

  /**
   * BM25-style inverse document frequency of an analysed term over passages: {@code ln(1 + (N - df
   * + 0.5) / (df + 0.5))}; a term no passage contains gets the highest weight.
   */
  double idf(String term);

  /**
   * The embedder for everything that reads this index: sentence and word vectors stored at index
   * time come from the index, query vectors are cached; only other texts reach the model.
   */
  Embedder embedder();

  /** Where question typos are corrected against: the index's plain-word vocabulary. */
  Vocabulary vocabulary();

  /**
   * Adds (or replaces) one article without touching the rest of the index.
   *
   * @return whether it was new, replaced an older version, or was already there unchanged
   */
  AddOutcome add(Article article) throws IOException;

  /**
   * Adds (or replaces) several articles, as {@link #add} one by one would; an index may write them
   * together (one commit, embedded on every core).
   *
   * @param progress told after each article written (unchanged ones are not written)
   * @return each article's outcome, in order (an id given twice: its last version counts)
   */
  default List<AddOutcome> addAll(List<Article> articles, IndexProgress progress)
      throws IOException {
    List<AddOutcome> out = new java.util.ArrayList<>(articles.size());
    long t0 = System.nanoTime();
    long passages = 0;
    for (Article a : articles) {
      AddOutcome o = add(a);
      out.add(o);
      if (o != AddOutcome.UNCHANGED) passages += passagesOf(a.id()).size();
      progress.update(out.size(), articles.size(), passages, System.nanoTime() - t0);
    }
    return out;
  }

  /** Builds the index anew from these articles (removing everything it held). */
  long rebuild(List<Article> articles, IndexProgress progress) throws IOException;

  /** True when the index is usable: built, with this embedding model and schema. */
  boolean exists() throws IOException;

  /** Picks up writes made by this or another process now. */
  void refresh() throws IOException;

  @Override
  void close() throws IOException;
}
