package dev.talksbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.index.Embedder;
import dev.talksbot.ingest.Article;
import dev.talksbot.retrieval.HybridRetriever;
import dev.talksbot.retrieval.RankFusion;
import dev.talksbot.retrieval.RetrievalQuery;
import dev.talksbot.retrieval.ScoredPassage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation's fusion must rank exactly as the product's HybridRetriever. */
class FusionConsistencyTest {
  /** Deterministic bag-of-hashed-words vectors: fast, and similar texts get similar vectors. */
  static final class HashEmbedder implements Embedder {
    @Override
    public String name() {
      return "hash-test";
    }

    @Override
    public int dimension() {
      return 64;
    }

    @Override
    public float[] embedQuery(String text) {
      return embedPassage(text);
    }

    @Override
    public float[] embedPassage(String text) {
      float[] v = new float[64];
      for (String w : text.toLowerCase().split("\\W+"))
        if (!w.isEmpty()) v[Math.floorMod(w.hashCode(), 64)] += 1;
      v[0] += 0.01f;
      return Embedder.normalize(v);
    }
  }

  @Test
  void evalFusionEqualsHybridRetriever() throws Exception {
    String[] topics = {
      "ceasefire talks in Istanbul",
      "prisoner exchange of soldiers",
      "sanctions on oil exports",
      "drone attacks on cities",
      "energy infrastructure repairs",
      "grain corridor shipping"
    };
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String t = topics[i % topics.length];
      articles.add(
          new Article(
              "a" + i,
              "test",
              "Report " + i + " on " + t,
              null,
              List.of(),
              null,
              null,
              "Officials discussed "
                  + t
                  + " on day "
                  + i
                  + ". The meeting covered "
                  + topics[(i + 1) % topics.length]
                  + " as well.\n\nA second paragraph mentions "
                  + topics[(i + 2) % topics.length]
                  + " and number "
                  + i
                  + "."));
    }
    RetrievalSettings s =
        new RetrievalSettings("hash-test", 300, 700, 0.9, 0.4, 0.5, 10, 60, 1.0, 1.0, 10);
    try (EvalIndex idx = EvalIndex.build(articles, new HashEmbedder(), s, null)) {
      HybridRetriever product =
          new HybridRetriever(idx.index(), HybridRetriever.Mode.HYBRID, 10, 60, 1.0, 1.0);
      for (String q :
          List.of("prisoner exchange", "oil sanctions Istanbul", "drone attacks day 7")) {
        List<String> retrieved =
            product.retrieve(new RetrievalQuery(q, 8)).stream()
                .map(ScoredPassage::passage)
                .map(p -> p.id())
                .toList();
        // the fused eight, then BM25's first passage when the fusion left it out
        List<String> expected = retrieved.subList(0, Math.min(8, retrieved.size()));
        String bm25First = idx.search(idx.index(), q, 10).bm25().getFirst().passageId();
        assertThat(retrieved).contains(bm25First);
        List<String> ours =
            EvalIndex.fusedPassages(idx.search(idx.index(), q, 10), 10, 60, 1.0, 1.0).stream()
                .map(RankFusion.Fused::id)
                .limit(8)
                .toList();
        assertThat(ours).isEqualTo(expected);
      }
      // a ranking weighed 0 is not run: BM25 alone ranks, none of kNN's passages trail behind
      HybridRetriever lexical =
          new HybridRetriever(idx.index(), HybridRetriever.Mode.HYBRID, 10, 60, 1.0, 0.0);
      HybridRetriever bm25 =
          new HybridRetriever(idx.index(), HybridRetriever.Mode.BM25, 10, 60, 1.0, 1.0);
      for (String q : List.of("prisoner exchange", "grain corridor Istanbul")) {
        var got = lexical.retrieve(new RetrievalQuery(q, 30));
        assertThat(got).allMatch(p -> Float.isNaN(p.denseScore()));
        assertThat(got.stream().map(p -> p.passage().id()).toList())
            .isEqualTo(
                bm25.retrieve(new RetrievalQuery(q, 30)).stream()
                    .map(p -> p.passage().id())
                    .toList());
      }
      // and BM25 weighed 0: kNN alone
      HybridRetriever semantic =
          new HybridRetriever(idx.index(), HybridRetriever.Mode.HYBRID, 10, 60, 0.0, 1.0);
      HybridRetriever dense =
          new HybridRetriever(idx.index(), HybridRetriever.Mode.DENSE, 10, 60, 1.0, 1.0);
      var got = semantic.retrieve(new RetrievalQuery("prisoner exchange", 30));
      assertThat(got).allMatch(p -> p.bm25Rank() == 0);
      assertThat(got.stream().map(p -> p.passage().id()).toList())
          .isEqualTo(
              dense.retrieve(new RetrievalQuery("prisoner exchange", 30)).stream()
                  .map(p -> p.passage().id())
                  .toList());
    }
  }
}
