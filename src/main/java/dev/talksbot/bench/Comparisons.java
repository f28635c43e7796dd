package dev.talksbot.bench;

import dev.talksbot.core.TalksBot;
import dev.talksbot.eval.EasyRagPeer;
import dev.talksbot.index.Embedder;
import dev.talksbot.index.OnnxEmbedder;
import dev.talksbot.index.SearchIndex;
import dev.talksbot.ingest.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The product beside two references measured in the same run on the same questions, one asker, so
 * that a loaded machine moves all three alike and the ratios still show a regression:
 *
 * <ul>
 *   <li>the floor: what any hybrid retriever must pay per question here — the query embedding (a
 *       model of its own, so no cache helps), a BM25 top-{@link #FLOOR_BM25_K} and an HNSW
 *       top-{@link #FLOOR_KNN_K} on the product's own index;
 *   <li>the peer: LangChain4j's easy RAG ({@link EasyRagPeer}) over the same articles, retrieval
 *       only (it has no answerer).
 * </ul>
 */
final class Comparisons {
  private Comparisons() {}

  /** BM25 hits the floor asks for. */
  static final int FLOOR_BM25_K = 10;

  /** kNN hits the floor asks for (the product's candidate depth). */
  static final int FLOOR_KNN_K = 100;

  /** Times the floor on the bot's index; run it before the product so no cache is shared. */
  static Latency.Summary floor(Bench b, TalksBot bot, List<String> pool) throws Exception {
    Embedder model = OnnxEmbedder.load(b.config.embedding().model());
    SearchIndex index = bot.index();
    for (String q : b.warmUp(pool, Bench.WARM_UP_QUESTIONS)) floorAsk(model, index, q);
    Latency.Summary s = Latency.run(b.oneAskerSlice(pool), 1, q -> floorAsk(model, index, q));
    b.log.printf(Locale.ROOT, "  floor: median %.1f ms, p99 %.1f%n", s.medianMs(), s.p99Ms());
    return s;
  }

  private static void floorAsk(Embedder model, SearchIndex index, String q) {
    try {
      float[] v = model.embedQuery(q);
      index.searchBm25(q, FLOOR_BM25_K);
      index.searchDense(v, FLOOR_KNN_K);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ingests the articles into the peer (its own model, no cache) and times its retrieval. */
  static Map<String, Object> peer(Bench b, List<Article> articles, List<String> pool)
      throws Exception {
    b.log.printf(Locale.ROOT, "  peer: ingesting %d articles (easy RAG)...%n", articles.size());
    EasyRagPeer peer = new EasyRagPeer().ingest(articles);
    for (String q : b.warmUp(pool, Bench.PEER_WARM_UP_QUESTIONS)) peer.retrieve(q);
    Latency.Summary s = Latency.run(b.oneAskerSlice(pool), 1, peer::retrieve);
    b.log.printf(Locale.ROOT, "  peer: median %.1f ms, p99 %.1f%n", s.medianMs(), s.p99Ms());
    Map<String, Object> m = new LinkedHashMap<>(s.asMap());
    m.put("ingest_seconds", Latency.r(peer.ingestSeconds()));
    m.put("ingest_segments_per_s", Latency.r(peer.documents() / peer.ingestSeconds()));
    return m;
  }

  /**
   * The ratios of one part: product median and p99 over the floor's (1 = at the floor), and the
   * peer's median over the product's (how many times faster the product is).
   */
  static Map<String, Object> ratios(
      Map<String, Object> latency, Latency.Summary floor, Map<String, Object> peer) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!(latency.get("threads_1") instanceof Map<?, ?> one)) return m;
    double median = ((Number) one.get("median_ms")).doubleValue();
    double p99 = ((Number) one.get("p99_ms")).doubleValue();
    if (floor != null) {
      m.put("floor", floor.asMap());
      m.put("product_over_floor_median", Latency.r(median / floor.medianMs()));
      m.put("product_over_floor_p99", Latency.r(p99 / floor.p99Ms()));
    }
    if (peer != null) {
      m.put("peer", peer);
      m.put(
          "peer_over_product_median",
          Latency.r(((Number) peer.get("median_ms")).doubleValue() / median));
    }
    if (latency.get("threads_2") instanceof Map<?, ?> two)
      m.put(
          "throughput_2_over_1",
          Latency.r(
              ((Number) two.get("questions_per_s")).doubleValue()
                  / ((Number) one.get("questions_per_s")).doubleValue()));
    return m;
  }
}
