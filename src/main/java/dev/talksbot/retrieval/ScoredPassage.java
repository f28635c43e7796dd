package dev.talksbot.retrieval;

import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Passage;
import java.util.Objects;

/**
 * A retrieved passage with its article and how each retriever ranked it.
 *
 * @param score the fused score (higher is better)
 * @param bm25Rank 1-based BM25 rank, 0 when BM25 did not return it
 * @param denseRank 1-based kNN rank, 0 when kNN did not return it
 * @param denseScore cosine similarity to the query, NaN when unknown
 */
public record ScoredPassage(
    Passage passage, Article article, double score, int bm25Rank, int denseRank, float denseScore) {
  public ScoredPassage {
    Objects.requireNonNull(passage);
    Objects.requireNonNull(article);
    if (!passage.articleId().equals(article.id())) {
      throw new IllegalArgumentException(
          "passage " + passage.id() + " is not from " + article.id());
    }
  }
}
