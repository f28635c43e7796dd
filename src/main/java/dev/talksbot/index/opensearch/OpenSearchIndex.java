package dev.talksbot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talksbot.config.OpenSearchSettings;
import dev.talksbot.index.ArticleHeader;
import dev.talksbot.index.Embedder;
import dev.talksbot.index.IndexHit;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.index.SearchIndex;
import dev.talksbot.index.TextAnalysis;
import dev.talksbot.index.Vocabulary;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Chunker;
import dev.talksbot.ingest.Passage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passage index on an OpenSearch cluster ({@code retrieval.backend: opensearch}): the same
 * searches, passages, term statistics, stored answer vectors and writes as the Lucene index, so an
 * instance needs no local index. Three indices: {@code <index>} (passages: BM25 terms, spell field,
 * kNN vector), {@code <index>-articles} and {@code <index>-vectors}. BM25 is asked with {@code
 * dfs_query_then_fetch}, so every shard scores with the whole index's statistics.
 */
public final class OpenSearchIndex implements SearchIndex {
  /**
   * kNN candidates per shard per wanted hit (the Lucene index re-scores 3× candidates from its
   * quantized graph; the cluster's graph holds float vectors, the oversampling keeps recall equal).
   */
  static final int KNN_OVERSAMPLE = 3;

  /** Most passages read for one article (as the Lucene index; OpenSearch's result window). */
  static final int MAX_PASSAGES_PER_ARTICLE = 10_000;

  private final String index;
  private final double titleBoost;
  private final OpenSearchHttp http;
  private final ClusterCatalog catalog;
  private final ClusterTermStats stats;
  private final ClusterVectorEmbedder embedder;
  private final ClusterVocabulary vocabulary;
  private final ClusterWriter writer;
  private final Object writeLock = new Object();

  private OpenSearchIndex(
      OpenSearchSettings s,
      OpenSearchHttp http,
      Embedder model,
      Chunker chunker,
      double k1,
      double b,
      double titleBoost) {
    this.index = s.index();
    this.titleBoost = titleBoost;
    this.http = http;
    this.catalog = new ClusterCatalog(http, index, model.name());
    this.stats = new ClusterTermStats(http, index, catalog);
    this.embedder = new ClusterVectorEmbedder(model, http, index, catalog);
    this.vocabulary = new ClusterVocabulary(http, index);
    this.writer = new ClusterWriter(http, index, s.shards(), s.replicas(), k1, b, model, chunker);
  }

  /**
   * The index on the cluster {@code settings} names (nothing is created until the first write).
   *
   * @param credentials basic authentication, or null
   */
  public static OpenSearchIndex open(
      OpenSearchSettings settings,
      OpenSearchSettings.Credentials credentials,
      Embedder embedder,
      Chunker chunker,
      double k1,
      double b,
      double titleBoost) {
    if (settings.hosts().isEmpty())
      throw new IllegalArgumentException("retrieval.opensearch.hosts is empty");
    Embedder model = embedder instanceof ClusterVectorEmbedder stored ? stored.model() : embedder;
    return new OpenSearchIndex(
        settings,
        new OpenSearchHttp(settings.hosts(), credentials),
        model,
        chunker,
        k1,
        b,
        titleBoost);
  }

  @Override
  public List<IndexHit> searchBm25(String text, int k) throws IOException {
    List<String> terms = TextAnalysis.terms(text);
    if (terms.isEmpty()) return List.of();
    stats.prefetch(terms);
    return hits(
        http.json(
            "POST",
            "/" + index + "/_search?search_type=dfs_query_then_fetch",
            OpenSearchRequests.bm25(terms, k, titleBoost)),
        false);
  }

  @Override
  public boolean remote() {
    return true;
  }

  @Override
  public List<IndexHit> searchDense(float[] queryVector, int k) throws IOException {
    return hits(
        http.json(
            "POST",
            "/" + index + "/_search",
            OpenSearchRequests.knn(queryVector, k, k * KNN_OVERSAMPLE)),
        true);
  }

  /** Hits in a deterministic order: score, then passage id. */
  private static List<IndexHit> hits(JsonNode r, boolean dense) {
    record Raw(String id, float score) {}
    List<Raw> raw = new ArrayList<>();
    for (JsonNode h : r.path("hits").path("hits")) {
      float s = (float) h.path("_score").asDouble();
      // OpenSearch's cosinesimil score on the Lucene engine is (1 + cos) / 2; report the cosine
      raw.add(
          new Raw(h.path("_source").path(OpenSearchRequests.ID).asText(), dense ? 2 * s - 1 : s));
    }
    raw.sort(Comparator.comparingDouble((Raw x) -> -x.score()).thenComparing(Raw::id));
    List<IndexHit> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++)
      out.add(new IndexHit(raw.get(i).id(), raw.get(i).score(), i + 1));
    return out;
  }

  @Override
  public Map<String, Passage> passages(Collection<String> ids) throws IOException {
    Map<String, Passage> out = new HashMap<>();
    if (ids.isEmpty()) return out;
    // a real-time get by id: one round trip, no query phase
    var body = OpenSearchHttp.JSON.createObjectNode();
    ids.forEach(body.putArray("ids")::add);
    OpenSearchHttp.Reply r =
        http.send(
            "POST",
            "/" + index + "/_mget?_source_includes=" + OpenSearchRequests.PASSAGE_SOURCE,
            body.toString(),
            "application/json");
    if (r.status() == 404) return out;
    if (r.status() / 100 != 2)
      throw new IOException("OpenSearch _mget on " + index + " answered " + r.status());
    Set<String> terms = new LinkedHashSet<>();
    for (JsonNode d : r.body().path("docs")) {
      if (!d.path("found").asBoolean(false)) continue;
      Passage p = OpenSearchDocs.passageFrom(d.path("_source"));
      out.put(p.id(), p);
      terms.addAll(TextAnalysis.terms(p.text()));
    }
    stats.prefetch(terms); // the answerer weighs these passages' words next
    return out;
  }

  @Override
  public List<Passage> passagesOf(String articleId) throws IOException {
    List<Passage> out = new ArrayList<>();
    for (JsonNode h :
        search(
            OpenSearchRequests.termsQuery(
                OpenSearchRequests.ARTICLE_ID, List.of(articleId), MAX_PASSAGES_PER_ARTICLE)))
      out.add(OpenSearchDocs.passageFrom(h.path("_source")));
    out.sort(Comparator.comparingInt(Passage::ordinal));
    return out;
  }

  private JsonNode search(Object body) throws IOException {
    OpenSearchHttp.Reply r =
        http.send(
            "POST",
            "/" + index + "/_search?_source_includes=" + OpenSearchRequests.PASSAGE_SOURCE,
            OpenSearchHttp.JSON.writeValueAsString(body),
            "application/json");
    if (r.status() == 404) return OpenSearchHttp.JSON.createArrayNode();
    if (r.status() / 100 != 2)
      throw new IOException(
          "OpenSearch search on "
              + index
              + " answered "
              + r.status()
              + ": "
              + OpenSearchHttp.clip(String.valueOf(r.body())));
    return r.body().path("hits").path("hits");
  }

  @Override
  public Map<String, Article> articles() throws IOException {
    return catalog.current().articles();
  }

  /** The headers of the last catalog version asked for, with that version's articles map. */
  private volatile Map.Entry<Map<String, Article>, Map<String, ArticleHeader>> headers;

  @Override
  public Map<String, ArticleHeader> articleHeaders() throws IOException {
    Map<String, Article> a = articles();
    var h = headers;
    if (h == null || h.getKey() != a) headers = h = Map.entry(a, SearchIndex.headersOf(a));
    return h.getValue();
  }

  @Override
  public int passageCount() throws IOException {
    return catalog.current().passages();
  }

  @Override
  public double idf(String term) {
    return stats.idf(term);
  }

  @Override
  public Embedder embedder() {
    return embedder;
  }

  @Override
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  @Override
  public AddOutcome add(Article article) throws IOException {
    synchronized (writeLock) {
      catalog.invalidate();
      try {
        return writer.add(article, catalog.current(), embedder);
      } finally {
        catalog.invalidate();
      }
    }
  }

  @Override
  public long rebuild(List<Article> articles, IndexProgress progress) throws IOException {
    synchronized (writeLock) {
      try {
        return writer.rebuild(articles, progress);
      } finally {
        catalog.invalidate();
        embedder.clear();
      }
    }
  }

  @Override
  public boolean exists() throws IOException {
    return catalog.usable();
  }

  @Override
  public void refresh() throws IOException {
    if (catalog.usable()) writer.refresh();
    catalog.invalidate();
  }

  @Override
  public void close() {
    // the HTTP client holds no resource that outlives its requests
  }

  @Override
  public String toString() {
    return "OpenSearchIndex[" + index + " on " + http + "]";
  }
}
