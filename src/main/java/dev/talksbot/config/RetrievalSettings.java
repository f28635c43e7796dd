package dev.talksbot.config;

/**
 * @param bm25K1 BM25 k1
 * @param bm25B BM25 b
 * @param candidates hits taken from each retriever (BM25, kNN) before fusion
 * @param rrfK the k constant of reciprocal rank fusion
 * @param bm25Weight weight of the BM25 ranking in the fusion
 * @param denseWeight weight of the dense (kNN) ranking in the fusion
 * @param passages passages handed to the answerer
 * @param backend where passages are indexed and searched: {@code lucene} (default) or {@code
 *     opensearch}; env {@code TALKSBOT_OPENSEARCH_HOSTS} selects opensearch
 * @param opensearch the cluster of the opensearch backend (hosts required there)
 */
public record RetrievalSettings(
    Double bm25K1,
    Double bm25B,
    Integer candidates,
    Integer rrfK,
    Double bm25Weight,
    Double denseWeight,
    Integer passages,
    RetrievalBackend backend,
    OpenSearchSettings opensearch) {
  /** The Lucene backend with these settings. */
  public RetrievalSettings(
      Double bm25K1,
      Double bm25B,
      Integer candidates,
      Integer rrfK,
      Double bm25Weight,
      Double denseWeight,
      Integer passages) {
    this(bm25K1, bm25B, candidates, rrfK, bm25Weight, denseWeight, passages, null, null);
  }

  public RetrievalSettings {
    if (bm25K1 == null) bm25K1 = 0.9;
    if (bm25B == null) bm25B = 0.4;
    if (candidates == null) candidates = 100;
    if (rrfK == null) rrfK = 40; // tuned on SciFact train, see docs/evaluation.md
    if (bm25Weight == null) bm25Weight = 1.0;
    if (denseWeight == null) denseWeight = 2.0; // tuned on SciFact train
    if (passages == null) passages = 8;
    if (bm25K1 < 0 || bm25B < 0 || bm25B > 1) {
      throw new ConfigException("retrieval: bm25K1 >= 0 and 0 <= bm25B <= 1");
    }
    if (candidates < 1 || rrfK < 1 || passages < 1) {
      throw new ConfigException("retrieval: candidates, rrfK and passages must be >= 1");
    }
    if (bm25Weight < 0 || denseWeight < 0 || bm25Weight + denseWeight == 0) {
      throw new ConfigException("retrieval: weights must be >= 0 and not both 0");
    }
    if (backend == null) backend = RetrievalBackend.LUCENE;
    if (opensearch == null) opensearch = OpenSearchSettings.defaults();
    if (backend == RetrievalBackend.OPENSEARCH && opensearch.hosts().isEmpty()) {
      throw new ConfigException(
          "retrieval.backend opensearch needs retrieval.opensearch.hosts (e.g. [http://localhost:9200])"
              + " or the environment variable TALKSBOT_OPENSEARCH_HOSTS");
    }
  }

  /** With {@code TALKSBOT_OPENSEARCH_HOSTS}: that cluster, selecting the opensearch backend. */
  public RetrievalSettings withOpenSearchHosts(String commaSeparated) {
    return new RetrievalSettings(
        bm25K1,
        bm25B,
        candidates,
        rrfK,
        bm25Weight,
        denseWeight,
        passages,
        RetrievalBackend.OPENSEARCH,
        opensearch.withHosts(commaSeparated));
  }

  public boolean openSearch() {
    return backend == RetrievalBackend.OPENSEARCH;
  }
}
