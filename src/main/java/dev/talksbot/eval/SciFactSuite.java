package dev.talksbot.eval;

import dev.talksbot.index.OnnxEmbedder;
import dev.talksbot.ingest.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** BEIR SciFact: retrieval quality of BM25, dense, the fused ranking and the peer. */
public final class SciFactSuite {
  private SciFactSuite() {}

  /** The queries of a split (in file order) that have judgments, at most {@code limit}. */
  static Map<String, String> queries(BenchData.SciFact data, String split, int limit) {
    Map<String, Map<String, Integer>> qrels = data.split(split);
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : data.queries().entrySet()) {
      if (!qrels.containsKey(e.getKey())) continue;
      out.put(e.getKey(), e.getValue());
      if (limit > 0 && out.size() >= limit) break;
    }
    return out;
  }

  /** The corpus, or its judged documents for these queries plus an even sample of the others. */
  static List<Article> corpus(
      BenchData.SciFact data,
      Map<String, Map<String, Integer>> qrels,
      Set<String> queryIds,
      int sample) {
    if (sample <= 0) return data.corpus();
    Set<String> needed = new HashSet<>();
    for (String q : queryIds) needed.addAll(qrels.getOrDefault(q, Map.of()).keySet());
    List<Article> out = new ArrayList<>();
    int step = Math.max(1, data.corpus().size() / sample);
    for (int i = 0; i < data.corpus().size(); i++) {
      Article a = data.corpus().get(i);
      if (needed.contains(a.id()) || i % step == 0) out.add(a);
    }
    return out;
  }

  public static SuiteResult run(EvalOptions o) throws IOException {
    PrintWriter log = o.log();
    BenchData.SciFact data = BenchData.scifact(o.dataDir());
    Map<String, Map<String, Integer>> qrels = data.split(o.split());
    Map<String, String> queries = queries(data, o.split(), o.limit());
    List<Article> corpus = corpus(data, qrels, queries.keySet(), o.corpusSample());
    RetrievalSettings s = o.settings();
    SuiteResult result = new SuiteResult("scifact");
    result.settings().put("split", o.split());
    result.settings().put("queries", queries.size());
    result.settings().put("documents", corpus.size());
    result.settings().putAll(s.asMap());

    CachingEmbedder embedder = new CachingEmbedder(OnnxEmbedder.load(s.model()), o.cacheDir());
    log.printf(
        Locale.ROOT,
        "scifact: %d documents, %d %s queries; indexing with %s (%d vectors cached)%n",
        corpus.size(),
        queries.size(),
        o.split(),
        s.model(),
        embedder.cached());
    log.flush();
    try (EvalIndex idx = EvalIndex.build(corpus, embedder, s, log)) {
      embedder.save();
      result.settings().put("passages", idx.passages());
      warmUp(idx, data, o.split());
      Map<String, List<String>> bm25Runs = new LinkedHashMap<>();
      Map<String, List<String>> denseRuns = new LinkedHashMap<>();
      Map<String, List<EvalIndex.DocScore>> hybridRuns = new LinkedHashMap<>();
      long embedNs = 0, bm25Ns = 0, denseNs = 0, fuseNs = 0;
      for (var q : queries.entrySet()) {
        EvalIndex.Hits h = idx.search(idx.index(), q.getValue(), s.depth());
        long t0 = System.nanoTime();
        List<EvalIndex.DocScore> fused =
            EvalIndex.fusedDocs(h, s.depth(), s.rrfK(), s.bm25Weight(), s.denseWeight());
        fuseNs += System.nanoTime() - t0;
        embedNs += h.embedNanos();
        bm25Ns += h.bm25Nanos();
        denseNs += h.denseNanos();
        bm25Runs.put(q.getKey(), EvalIndex.ids(EvalIndex.docs(h.bm25())));
        denseRuns.put(q.getKey(), EvalIndex.ids(EvalIndex.docs(h.dense())));
        hybridRuns.put(q.getKey(), fused);
      }
      int n = Math.max(1, queries.size());
      score(result.system("bm25"), bm25Runs, qrels, bm25Ns / 1e6 / n);
      score(result.system("dense"), denseRuns, qrels, (embedNs + denseNs) / 1e6 / n);
      Map<String, List<String>> hybridIds = new LinkedHashMap<>();
      hybridRuns.forEach((k, v) -> hybridIds.put(k, EvalIndex.ids(v)));
      score(
          result.system("hybrid"),
          hybridIds,
          qrels,
          (embedNs + bm25Ns + denseNs + fuseNs) / 1e6 / n);
      result
          .notes()
          .add(
              String.format(
                  Locale.ROOT,
                  "product index: %d passages from %d documents in %.1f s (embedding %s; cached vectors make this faster)",
                  idx.passages(),
                  corpus.size(),
                  idx.indexSeconds(),
                  s.model()));
      if (o.runFile() != null) writeRun(o, hybridRuns);
    }
    if (o.peer()) {
      log.printf(
          Locale.ROOT,
          "scifact: peer (LangChain4j easy RAG) ingesting %d documents...%n",
          corpus.size());
      log.flush();
      EasyRagPeer peer = new EasyRagPeer().ingest(corpus);
      for (int i = 0; i < 5; i++) peer.docs("warm up " + i);
      Map<String, List<String>> peerRuns = new LinkedHashMap<>();
      long t0 = System.nanoTime();
      for (var q : queries.entrySet()) peerRuns.put(q.getKey(), peer.docs(q.getValue()));
      double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, queries.size());
      score(result.system("peer"), peerRuns, qrels, ms);
      result
          .notes()
          .add(
              String.format(
                  Locale.ROOT,
                  "peer: ingested %d documents in %.1f s; returns at most 3 segments, so its recall@100 is recall@3 segments",
                  peer.documents(),
                  peer.ingestSeconds()));
    }
    return result;
  }

  /** Untimed queries from the other split, so JIT and ONNX warm-up are not in the timings. */
  private static void warmUp(EvalIndex idx, BenchData.SciFact data, String split)
      throws IOException {
    Map<String, String> other = queries(data, split.equals("test") ? "train" : "test", 20);
    for (String q : other.values()) idx.search(idx.index(), q, 100);
  }

  static void score(
      Map<String, Object> m,
      Map<String, List<String>> runs,
      Map<String, Map<String, Integer>> qrels,
      double msPerQuery) {
    double ndcg = 0, recall = 0, mrr = 0;
    for (var e : runs.entrySet()) {
      Map<String, Integer> rel = qrels.get(e.getKey());
      ndcg += Metrics.ndcg(e.getValue(), rel, 10);
      recall += Metrics.recall(e.getValue(), rel, 100);
      mrr += Metrics.mrr(e.getValue(), rel, 10);
    }
    int n = Math.max(1, runs.size());
    m.put("ndcg@10", SuiteResult.round(ndcg / n, 4));
    m.put("recall@100", SuiteResult.round(recall / n, 4));
    m.put("mrr@10", SuiteResult.round(mrr / n, 4));
    m.put("ms_per_query", SuiteResult.round(msPerQuery, 2));
  }

  private static void writeRun(EvalOptions o, Map<String, List<EvalIndex.DocScore>> runs)
      throws IOException {
    StringBuilder b = new StringBuilder();
    for (var e : runs.entrySet()) {
      List<EvalIndex.DocScore> docs = e.getValue();
      for (int i = 0; i < Math.min(100, docs.size()); i++) {
        b.append(e.getKey())
            .append(" Q0 ")
            .append(docs.get(i).id())
            .append(' ')
            .append(i + 1)
            .append(' ')
            .append(String.format(Locale.ROOT, "%.6f", docs.get(i).score()))
            .append(" talksbot-hybrid\n");
      }
    }
    if (o.runFile().toAbsolutePath().getParent() != null)
      Files.createDirectories(o.runFile().toAbsolutePath().getParent());
    Files.writeString(o.runFile(), b, StandardCharsets.UTF_8);
  }
}
