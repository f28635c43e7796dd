package dev.talksbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {
  @Test
  void reciprocalRankFusionMatchesHandComputedScores() {
    var fused =
        RankFusion.rrf(
            List.of(
                new RankFusion.Ranking(List.of("a", "b", "c"), 1.0),
                new RankFusion.Ranking(List.of("c", "a"), 1.0)),
            60);
    assertThat(fused).extracting(RankFusion.Fused::id).containsExactly("a", "c", "b");
    assertThat(fused.get(0).score()).isCloseTo(1.0 / 61 + 1.0 / 62, within(1e-12));
    assertThat(fused.get(1).score()).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
    assertThat(fused.get(2).score()).isCloseTo(1.0 / 62, within(1e-12));
  }

  @Test
  void weightsScaleEachRanking() {
    var fused =
        RankFusion.rrf(
            List.of(
                new RankFusion.Ranking(List.of("a"), 1.0),
                new RankFusion.Ranking(List.of("b"), 2.0)),
            10);
    assertThat(fused).extracting(RankFusion.Fused::id).containsExactly("b", "a");
  }

  @Test
  void tiesBreakOnIdSoTheOrderIsDeterministic() {
    var fused =
        RankFusion.rrf(
            List.of(
                new RankFusion.Ranking(List.of("z", "m"), 1.0),
                new RankFusion.Ranking(List.of("m", "z"), 1.0)),
            60);
    assertThat(fused).extracting(RankFusion.Fused::id).containsExactly("m", "z");
  }
}
