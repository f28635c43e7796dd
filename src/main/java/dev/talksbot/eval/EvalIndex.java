package dev.talksbot.eval;

import dev.talksbot.index.Embedder;
import dev.talksbot.index.IndexHit;
import dev.talksbot.index.PassageIndex;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import dev.talksbot.retrieval.RankFusion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throw-away index built with the product's own code (ParagraphChunker, PassageIndex, the ONNX
 * embedder) in a temporary folder, and the rankings the product's retriever computes over it.
 *
 * <p>Fusion here calls {@link RankFusion#rrf} on the BM25 and kNN passage lists exactly as {@code
 * HybridRetriever} does (a test checks the two agree); doing it here lets the evaluation time each
 * stage and re-fuse cached lists while tuning. Passages are aggregated to their article (the
 * benchmark's document) by the best score among its passages: max fused score for hybrid, the first
 * (best) rank for BM25 and for dense.
 */
public final class EvalIndex implements AutoCloseable {
  private final Path dir;
  private final PassageIndex index;
  private final Embedder embedder;
  private final RetrievalSettings settings;
  private final long passages;
  private final double indexSeconds;

  private EvalIndex(
      Path dir,
      PassageIndex index,
      Embedder embedder,
      RetrievalSettings settings,
      long passages,
      double indexSeconds) {
    this.dir = dir;
    this.index = index;
    this.embedder = embedder;
    this.settings = settings;
    this.passages = passages;
    this.indexSeconds = indexSeconds;
  }

  public static EvalIndex build(
      List<Article> articles, Embedder embedder, RetrievalSettings s, PrintWriter log)
      throws IOException {
    Path dir = Files.createTempDirectory("talksbot-eval-");
    PassageIndex index =
        new PassageIndex(
                dir,
                embedder,
                new ParagraphChunker(s.targetChars(), s.maxChars()),
                s.k1(),
                s.b(),
                s.titleBoost())
            .retrievalOnly();
    long t0 = System.nanoTime();
    long[] last = {0};
    long n =
        index.rebuild(
            articles,
            (done, total, p, el) -> {
              if (log != null && (done == total || el - last[0] > 10_000_000_000L)) {
                last[0] = el;
                log.printf(
                    Locale.ROOT,
                    "indexing: %d/%d articles, %d passages, %.0f s%n",
                    done,
                    total,
                    p,
                    el / 1e9);
                log.flush();
              }
            });
    return new EvalIndex(dir, index, embedder, s, n, (System.nanoTime() - t0) / 1e9);
  }

  public PassageIndex index() {
    return index;
  }

  /** What the coverage is, for articles without dates or outlets (benchmark paragraphs). */
  public dev.talksbot.answer.CorpusInfo undatedCorpus(String topic, int articles) {
    return new dev.talksbot.answer.CorpusInfo(
        topic, articles, (int) passages, null, null, articles, List.of(), articles);
  }

  /** The product's fused retriever over this index, with the run's settings. */
  public dev.talksbot.retrieval.HybridRetriever hybridRetriever() {
    return new dev.talksbot.retrieval.HybridRetriever(
        index,
        dev.talksbot.retrieval.HybridRetriever.Mode.HYBRID,
        settings.candidates(),
        settings.rrfK(),
        settings.bm25Weight(),
        settings.denseWeight());
  }

  public Embedder embedder() {
    return embedder;
  }

  public long passages() {
    return passages;
  }

  public double indexSeconds() {
    return indexSeconds;
  }

  public Path dir() {
    return dir;
  }

  /** Another view of the same index with other BM25 parameters (norms do not depend on k1/b). */
  public PassageIndex reopen(double k1, double b, double titleBoost) throws IOException {
    return new PassageIndex(
        dir,
        embedder,
        new ParagraphChunker(settings.targetChars(), settings.maxChars()),
        k1,
        b,
        titleBoost);
  }

  /** One query's raw lists and how long each stage took. */
  public record Hits(
      List<IndexHit> bm25,
      List<IndexHit> dense,
      long embedNanos,
      long bm25Nanos,
      long denseNanos) {}

  public Hits search(PassageIndex idx, String query, int k) throws IOException {
    long t0 = System.nanoTime();
    float[] qv = embedder.embedQuery(query);
    long t1 = System.nanoTime();
    List<IndexHit> bm25 = idx.searchBm25(query, k);
    long t2 = System.nanoTime();
    List<IndexHit> dense = idx.searchDense(qv, k);
    long t3 = System.nanoTime();
    return new Hits(bm25, dense, t1 - t0, t2 - t1, t3 - t2);
  }

  /** A document (article) with its aggregated score. */
  public record DocScore(String id, double score) {}

  /** Articles in the order of their best passage. */
  public static List<DocScore> docs(List<IndexHit> hits) {
    Map<String, DocScore> out = new LinkedHashMap<>();
    for (IndexHit h : hits) out.putIfAbsent(h.articleId(), new DocScore(h.articleId(), h.score()));
    return List.copyOf(out.values());
  }

  /**
   * RRF over the first {@code candidates} of each list, then articles by their best fused passage.
   */
  public static List<DocScore> fusedDocs(
      Hits h, int candidates, int rrfK, double wBm25, double wDense) {
    List<RankFusion.Fused> fused = fusedPassages(h, candidates, rrfK, wBm25, wDense);
    Map<String, String> article = new HashMap<>();
    Stream.concat(h.bm25().stream(), h.dense().stream())
        .forEach(x -> article.put(x.passageId(), x.articleId()));
    Map<String, DocScore> best = new LinkedHashMap<>();
    for (RankFusion.Fused f : fused) {
      String a = article.get(f.id());
      best.putIfAbsent(a, new DocScore(a, f.score())); // fused is sorted: the first is the max
    }
    List<DocScore> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparingDouble(DocScore::score).reversed().thenComparing(DocScore::id));
    return out;
  }

  public static List<RankFusion.Fused> fusedPassages(
      Hits h, int candidates, int rrfK, double wBm25, double wDense) {
    List<String> b = h.bm25().stream().limit(candidates).map(x -> x.passageId()).toList();
    List<String> d = h.dense().stream().limit(candidates).map(x -> x.passageId()).toList();
    return RankFusion.rrf(
        List.of(new RankFusion.Ranking(b, wBm25), new RankFusion.Ranking(d, wDense)), rrfK);
  }

  public static List<String> ids(List<DocScore> docs) {
    return docs.stream().map(DocScore::id).toList();
  }

  @Override
  public void close() throws IOException {
    index.close();
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
