package dev.talksbot.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal rank fusion (Cormack et al., 2009): {@code score(d) = Σ w_i / (k +
 * rank_i(d))} over the rankings that contain {@code d}. Ties break on the id, so the order is
 * deterministic.
 */
public final class RankFusion {
  private RankFusion() {}

  /** One ranking: ids best first, with its weight. */
  public record Ranking(List<String> ids, double weight) {
    public Ranking {
      ids = List.copyOf(ids);
      if (weight < 0) throw new IllegalArgumentException("weight < 0");
    }
  }

  /** A fused entry. */
  public record Fused(String id, double score) {}

  public static List<Fused> rrf(List<Ranking> rankings, int k) {
    if (k < 1) throw new IllegalArgumentException("k < 1");
    Map<String, Double> scores = new HashMap<>();
    for (Ranking r : rankings) {
      for (int i = 0; i < r.ids().size(); i++) {
        scores.merge(r.ids().get(i), r.weight() / (k + i + 1), Double::sum);
      }
    }
    List<Fused> out = new ArrayList<>(scores.size());
    scores.forEach((id, s) -> out.add(new Fused(id, s)));
    out.sort(Comparator.comparingDouble(Fused::score).reversed().thenComparing(Fused::id));
    return out;
  }
}
