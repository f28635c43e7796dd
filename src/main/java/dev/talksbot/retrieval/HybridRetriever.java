package dev.talksbot.retrieval;

import dev.talksbot.index.IndexHit;
import dev.talksbot.index.SearchIndex;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BM25 and kNN over the same passages, fused with weighted reciprocal rank fusion; BM25's first
 * passages are handed on after the fused ones when the fusion left them out ({@link
 * #BM25_FIRST_KEPT}), and so is BM25's first passage for a name of the question that none of them
 * holds ({@link NamedPassages}). The two single-retriever modes exist for evaluation.
 */
public final class HybridRetriever implements Retriever {
  public enum Mode {
    HYBRID,
    BM25,
    DENSE
  }

  /**
   * BM25's first passages that are always handed on, after the fused ones when the fusion leaves
   * them out: the passage with every word of a short question ("Who is the Marsh foreign ministry
   * spokesman?") can rank first in BM25 and past the cut in the kNN ranking of twice the weight. On
   * SQuAD 2.0 tune, keeping one: the answerer's first sentence holds a gold answer for 0.7764 of
   * the answerable questions (0.7718 without), answer-or-abstain +2 questions; news dev and the
   * regression set unchanged (docs/evaluation.md, session 31).
   */
  public static final int BM25_FIRST_KEPT = 1;

  private final SearchIndex index;
  private final Mode mode;
  private final int candidates;
  private final int rrfK;
  private final double bm25Weight;
  private final double denseWeight;

  public HybridRetriever(
      SearchIndex index,
      Mode mode,
      int candidates,
      int rrfK,
      double bm25Weight,
      double denseWeight) {
    this.index = index;
    // a ranking weighed 0 adds nothing to the fusion but its passages after all the others' (in an
    // order that embedding values differing in their last bits between CPUs can change): not run
    this.mode =
        mode == Mode.HYBRID && denseWeight == 0
            ? Mode.BM25
            : mode == Mode.HYBRID && bm25Weight == 0 ? Mode.DENSE : mode;
    this.candidates = candidates;
    this.rrfK = rrfK;
    this.bm25Weight = bm25Weight;
    this.denseWeight = denseWeight;
  }

  /** Where a remote index's BM25 search waits for its reply (one virtual thread per search). */
  private static final java.util.concurrent.Executor BM25_THREADS =
      java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

  private List<IndexHit> bm25(String text, int k) {
    try {
      return index.searchBm25(text, k);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<ScoredPassage> retrieve(RetrievalQuery query) {
    try {
      int k = Math.max(candidates, query.limit());
      List<IndexHit> bm25;
      List<IndexHit> dense;
      if (mode == Mode.HYBRID && index.remote()) {
        // two round trips at once: BM25 on its own thread while the question is embedded and kNN
        // runs
        var bm25Later =
            java.util.concurrent.CompletableFuture.supplyAsync(
                () -> bm25(query.text(), k), BM25_THREADS);
        dense = index.searchDense(index.embedder().embedQuery(query.text()), k);
        try {
          bm25 = bm25Later.join();
        } catch (java.util.concurrent.CompletionException e) {
          if (e.getCause() instanceof RuntimeException r) throw r;
          throw e;
        }
      } else {
        bm25 = mode == Mode.DENSE ? List.of() : index.searchBm25(query.text(), k);
        dense =
            mode == Mode.BM25
                ? List.of()
                : index.searchDense(index.embedder().embedQuery(query.text()), k);
      }
      Map<String, IndexHit> bm25ById = new HashMap<>();
      Map<String, IndexHit> denseById = new HashMap<>();
      for (IndexHit h : bm25) bm25ById.put(h.passageId(), h);
      for (IndexHit h : dense) denseById.put(h.passageId(), h);
      List<RankFusion.Fused> fused =
          RankFusion.rrf(
              List.of(
                  new RankFusion.Ranking(
                      bm25.stream().map(IndexHit::passageId).toList(), bm25Weight),
                  new RankFusion.Ranking(
                      dense.stream().map(IndexHit::passageId).toList(), denseWeight)),
              rrfK);
      // load only what is returned (a few more in case some vanished since the search)
      List<String> top =
          new ArrayList<>(
              fused.stream().limit(query.limit() + 4L).map(RankFusion.Fused::id).toList());
      List<IndexHit> kept = bm25.subList(0, Math.min(BM25_FIRST_KEPT, bm25.size()));
      for (IndexHit h : kept) if (!top.contains(h.passageId())) top.add(h.passageId());
      Map<String, Passage> passages = index.passages(top);
      Map<String, Article> articles = index.articles();
      List<ScoredPassage> out = new ArrayList<>(Math.min(query.limit(), fused.size()));
      for (RankFusion.Fused f : fused) {
        if (out.size() >= query.limit()) break;
        add(out, f, passages, articles, bm25ById, denseById);
      }
      // BM25's first, when the fusion left it out: its fused entry is looked up only then
      for (IndexHit h : kept)
        if (out.stream().noneMatch(o -> o.passage().id().equals(h.passageId())))
          for (RankFusion.Fused f : fused)
            if (f.id().equals(h.passageId())) {
              add(out, f, passages, articles, bm25ById, denseById);
              break;
            }
      // a name no passage holds: BM25's first passage for it, when it holds all the names
      NamedPassages.add(query.text(), out, index, articles, bm25ById, denseById);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the fused passage with its ranks, unless it was replaced between search and load. */
  static void add(
      List<ScoredPassage> out,
      RankFusion.Fused f,
      Map<String, Passage> passages,
      Map<String, Article> articles,
      Map<String, IndexHit> bm25ById,
      Map<String, IndexHit> denseById) {
    Passage p = passages.get(f.id());
    Article a = p == null ? null : articles.get(p.articleId());
    if (a == null) return; // replaced between search and load; the next query sees it
    IndexHit b = bm25ById.get(f.id());
    IndexHit d = denseById.get(f.id());
    out.add(
        new ScoredPassage(
            p,
            a,
            f.score(),
            b == null ? 0 : b.rank(),
            d == null ? 0 : d.rank(),
            d == null ? Float.NaN : d.score()));
  }
}
