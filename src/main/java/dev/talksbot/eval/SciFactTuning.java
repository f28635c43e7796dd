package dev.talksbot.eval;

import dev.talksbot.index.IndexHit;
import dev.talksbot.index.OnnxEmbedder;
import dev.talksbot.index.PassageIndex;
import dev.talksbot.ingest.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Grid search of the retrieval settings on BEIR SciFact (train split only): one index, BM25 lists
 * for each (k1, b, title boost), the dense list once, then every fusion setting re-fused in memory.
 * Prints the best settings by hybrid nDCG@10, the best BM25-only settings, and where the current
 * defaults rank.
 */
final class SciFactTuning {
  private SciFactTuning() {}

  /** Depth of the BM25 and dense lists that fusion settings are tried on. */
  private static final int DEPTH = 300;

  /** BM25 term-saturation values tried. */
  private static final double[] K1S = {0.6, 0.9, 1.2, 1.5};

  /** BM25 length-normalisation values tried. */
  private static final double[] BS = {0.3, 0.4, 0.6, 0.75};

  /** Title boosts tried. */
  private static final double[] TITLE_BOOSTS = {0, 0.5, 1.0};

  /** Reciprocal-rank-fusion constants tried. */
  private static final int[] RRF_KS = {5, 10, 20, 40, 60, 100};

  /** Dense weights tried, relative to a BM25 weight of 1. */
  private static final double[] DENSE_OVER_BM25 = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0};

  /** Candidate counts (per list) tried for fusion. */
  private static final int[] CANDIDATES = {50, 100, 200, 300};

  /** How many of the best BM25 settings (besides the current one) the fusion grid runs over. */
  private static final int BM25_FINALISTS = 4;

  /** Depth of the BM25 list scored alone in stage 1. */
  private static final int BM25_ALONE_DEPTH = 100;

  /** Rows printed for the best BM25-only settings. */
  private static final int BM25_SHOWN = 5;

  /** Rows printed for the best hybrid settings. */
  private static final int HYBRID_SHOWN = 15;

  /** One scored setting: nDCG@10, recall@100 (0 where not measured) and its description. */
  private record Row(double ndcg, double recall, String setting) {}

  /** One BM25 setting and its nDCG@10 alone. */
  private record Bm25(double k1, double b, double tb, double ndcg) {}

  /** The description of one hybrid setting, as printed. */
  static String setting(double k1, double b, double tb, int rrfK, double denseWeight, int cands) {
    return String.format(
        Locale.ROOT,
        "k1=%.2f b=%.2f title=%.1f rrfK=%d bm25Weight=1.0 denseWeight=%.2f candidates=%d",
        k1,
        b,
        tb,
        rrfK,
        denseWeight,
        cands);
  }

  /** Runs the grid on {@code o}'s split (refuses the test split) and prints to {@code out}. */
  static void tune(EvalOptions o, PrintWriter out) throws IOException {
    if (o.split().equals("test"))
      throw new IllegalArgumentException("tuning runs on the train split only");
    BenchData.SciFact data = BenchData.scifact(o.dataDir());
    Map<String, Map<String, Integer>> qrels = data.split(o.split());
    Map<String, String> queries = SciFactSuite.queries(data, o.split(), o.limit());
    List<Article> corpus = SciFactSuite.corpus(data, qrels, queries.keySet(), o.corpusSample());
    RetrievalSettings s = o.settings();
    CachingEmbedder embedder = new CachingEmbedder(OnnxEmbedder.load(s.model()), o.cacheDir());
    try (EvalIndex idx = EvalIndex.build(corpus, embedder, s, o.log())) {
      embedder.save();
      out.printf(
          Locale.ROOT,
          "tuning on %s: %d queries, %d documents, %d passages, chunking %d/%d, model %s%n",
          o.split(),
          queries.size(),
          corpus.size(),
          idx.passages(),
          s.targetChars(),
          s.maxChars(),
          s.model());
      Map<String, List<IndexHit>> dense = new LinkedHashMap<>();
      for (var q : queries.entrySet())
        dense.put(q.getKey(), idx.index().searchDense(embedder.embedQuery(q.getValue()), DEPTH));
      double denseNdcg = 0;
      for (var q : queries.keySet())
        denseNdcg += Metrics.ndcg(EvalIndex.ids(EvalIndex.docs(dense.get(q))), qrels.get(q), 10);
      out.printf(Locale.ROOT, "dense alone: ndcg@10 %.4f%n", denseNdcg / queries.size());
      List<Row> bm25Rows = new ArrayList<>();
      List<Bm25> bm25s = bm25Grid(idx, queries, qrels, bm25Rows, out);
      // stage 2: fusion grid over the best BM25 settings and the current one
      bm25s.sort((x, y) -> Double.compare(y.ndcg(), x.ndcg()));
      List<Bm25> chosen = new ArrayList<>(bm25s.subList(0, Math.min(BM25_FINALISTS, bm25s.size())));
      bm25s.stream()
          .filter(x -> x.k1() == s.k1() && x.b() == s.b() && x.tb() == s.titleBoost())
          .findFirst()
          .filter(x -> !chosen.contains(x))
          .ifPresent(chosen::add);
      List<Row> rows = new ArrayList<>();
      for (Bm25 v : chosen) fusionGrid(idx, v, queries, qrels, dense, rows, out);
      report(s, bm25Rows, rows, out);
    }
  }

  /** Stage 1: every BM25 setting alone; adds a printable row for each to {@code rows}. */
  private static List<Bm25> bm25Grid(
      EvalIndex idx,
      Map<String, String> queries,
      Map<String, Map<String, Integer>> qrels,
      List<Row> rows,
      PrintWriter out)
      throws IOException {
    List<Bm25> bm25s = new ArrayList<>();
    for (double k1 : K1S) {
      for (double b : BS) {
        for (double tb : TITLE_BOOSTS) {
          try (PassageIndex view = idx.reopen(k1, b, tb)) {
            double bn = 0;
            for (var q : queries.entrySet()) {
              bn +=
                  Metrics.ndcg(
                      EvalIndex.ids(
                          EvalIndex.docs(view.searchBm25(q.getValue(), BM25_ALONE_DEPTH))),
                      qrels.get(q.getKey()),
                      10);
            }
            bm25s.add(new Bm25(k1, b, tb, bn / queries.size()));
            rows.add(
                new Row(
                    bn / queries.size(),
                    0,
                    String.format(Locale.ROOT, "k1=%.2f b=%.2f title=%.1f", k1, b, tb)));
          }
        }
      }
      out.printf(Locale.ROOT, "  ... bm25 k1=%.2f done%n", k1);
      out.flush();
    }
    return bm25s;
  }

  /** Stage 2 for one BM25 setting: every fusion setting, re-fused in memory, added to rows. */
  private static void fusionGrid(
      EvalIndex idx,
      Bm25 v,
      Map<String, String> queries,
      Map<String, Map<String, Integer>> qrels,
      Map<String, List<IndexHit>> dense,
      List<Row> rows,
      PrintWriter out)
      throws IOException {
    try (PassageIndex view = idx.reopen(v.k1(), v.b(), v.tb())) {
      Map<String, EvalIndex.Hits> hits = new LinkedHashMap<>();
      for (var q : queries.entrySet()) {
        hits.put(
            q.getKey(),
            new EvalIndex.Hits(
                view.searchBm25(q.getValue(), DEPTH), dense.get(q.getKey()), 0, 0, 0));
      }
      for (int rk : RRF_KS) {
        for (double ratio : DENSE_OVER_BM25) {
          for (int c : CANDIDATES) {
            double nd = 0, rc = 0;
            for (var q : queries.keySet()) {
              List<String> ids = EvalIndex.ids(EvalIndex.fusedDocs(hits.get(q), c, rk, 1.0, ratio));
              nd += Metrics.ndcg(ids, qrels.get(q), 10);
              rc += Metrics.recall(ids, qrels.get(q), 100);
            }
            rows.add(
                new Row(
                    nd / queries.size(),
                    rc / queries.size(),
                    setting(v.k1(), v.b(), v.tb(), rk, ratio, c)));
          }
        }
      }
    }
    out.printf(
        Locale.ROOT, "  ... fusion over k1=%.2f b=%.2f title=%.1f done%n", v.k1(), v.b(), v.tb());
    out.flush();
  }

  /** Prints the best BM25-only and hybrid rows, and the rank of the current defaults. */
  private static void report(
      RetrievalSettings s, List<Row> bm25Rows, List<Row> rows, PrintWriter out) {
    bm25Rows.sort((x, y) -> Double.compare(y.ndcg(), x.ndcg()));
    rows.sort((x, y) -> Double.compare(y.ndcg(), x.ndcg()));
    out.println("best BM25 alone (ndcg@10):");
    bm25Rows.stream()
        .limit(BM25_SHOWN)
        .forEach(r -> out.printf(Locale.ROOT, "  %.4f  %s%n", r.ndcg(), r.setting()));
    out.println("best hybrid (ndcg@10, recall@100 at depth 300):");
    rows.stream()
        .limit(HYBRID_SHOWN)
        .forEach(
            r -> out.printf(Locale.ROOT, "  %.4f  %.4f  %s%n", r.ndcg(), r.recall(), r.setting()));
    String product =
        setting(
            s.k1(),
            s.b(),
            s.titleBoost(),
            s.rrfK(),
            s.denseWeight() / s.bm25Weight(),
            s.candidates());
    rows.stream()
        .filter(r -> r.setting().equals(product))
        .findFirst()
        .ifPresent(
            r ->
                out.printf(
                    Locale.ROOT,
                    "current defaults: %.4f  %.4f  %s (rank %d of %d)%n",
                    r.ndcg(),
                    r.recall(),
                    r.setting(),
                    rows.indexOf(r) + 1,
                    rows.size()));
    out.flush();
  }
}
