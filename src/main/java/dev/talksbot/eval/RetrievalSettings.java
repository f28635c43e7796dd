package dev.talksbot.eval;

import dev.talksbot.config.TalksbotConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The retrieval knobs an evaluation runs with: the product's configuration, optionally overridden
 * from the command line (for tuning on a train split).
 *
 * @param titleBoost boost of the title field in BM25 (the product passes 0.5 to PassageIndex)
 * @param depth passages taken from each retriever before fusion when scoring deep metrics
 *     (Recall@100 needs more than 100 passages, since the chunker splits a document into several)
 */
public record RetrievalSettings(
    String model,
    int targetChars,
    int maxChars,
    double k1,
    double b,
    double titleBoost,
    int candidates,
    int rrfK,
    double bm25Weight,
    double denseWeight,
    int depth) {

  /** What the product uses for the title field (see TalksBot.newIndex). */
  public static final double PRODUCT_TITLE_BOOST = dev.talksbot.index.PassageIndex.TITLE_BOOST;

  public static RetrievalSettings of(TalksbotConfig c) {
    var r = c.retrieval();
    return new RetrievalSettings(
        c.embedding().model(),
        c.chunking().targetChars(),
        c.chunking().maxChars(),
        r.bm25K1(),
        r.bm25B(),
        PRODUCT_TITLE_BOOST,
        r.candidates(),
        r.rrfK(),
        r.bm25Weight(),
        r.denseWeight(),
        Math.max(r.candidates(), 300));
  }

  public RetrievalSettings withFusion(int rrfK, double bm25Weight, double denseWeight) {
    return new RetrievalSettings(
        model,
        targetChars,
        maxChars,
        k1,
        b,
        titleBoost,
        candidates,
        rrfK,
        bm25Weight,
        denseWeight,
        depth);
  }

  public RetrievalSettings withBm25(double k1, double b, double titleBoost) {
    return new RetrievalSettings(
        model,
        targetChars,
        maxChars,
        k1,
        b,
        titleBoost,
        candidates,
        rrfK,
        bm25Weight,
        denseWeight,
        depth);
  }

  public RetrievalSettings withCandidates(int candidates, int depth) {
    return new RetrievalSettings(
        model,
        targetChars,
        maxChars,
        k1,
        b,
        titleBoost,
        candidates,
        rrfK,
        bm25Weight,
        denseWeight,
        depth);
  }

  public RetrievalSettings withChunking(int targetChars, int maxChars) {
    return new RetrievalSettings(
        model,
        targetChars,
        maxChars,
        k1,
        b,
        titleBoost,
        candidates,
        rrfK,
        bm25Weight,
        denseWeight,
        depth);
  }

  public RetrievalSettings withModel(String model) {
    return new RetrievalSettings(
        model,
        targetChars,
        maxChars,
        k1,
        b,
        titleBoost,
        candidates,
        rrfK,
        bm25Weight,
        denseWeight,
        depth);
  }

  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("embedding_model", model);
    m.put("chunk_target_chars", targetChars);
    m.put("chunk_max_chars", maxChars);
    m.put("bm25_k1", k1);
    m.put("bm25_b", b);
    m.put("title_boost", titleBoost);
    m.put("candidates", candidates);
    m.put("rrf_k", rrfK);
    m.put("bm25_weight", bm25Weight);
    m.put("dense_weight", denseWeight);
    m.put("depth", depth);
    return m;
  }
}
