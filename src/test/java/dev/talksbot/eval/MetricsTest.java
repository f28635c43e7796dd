package dev.talksbot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {
  // ranking a b c d; relevant: b (grade 2), d (1), e (1, never retrieved)
  private static final List<String> RUN = List.of("a", "b", "c", "d");
  private static final Map<String, Integer> QRELS = Map.of("b", 2, "d", 1, "e", 1, "z", 0);

  @Test
  void ndcgWithGradedRelevance() {
    // DCG@3 = 2/log2(3) = 1.261860; IDCG@3 = 2/log2(2) + 1/log2(3) + 1/log2(4) = 3.130930
    assertThat(Metrics.ndcg(RUN, QRELS, 3)).isCloseTo(1.261860 / 3.130930, within(1e-6));
    // DCG@10 adds d at rank 4: 1/log2(5) = 0.430677 -> 1.692536 / 3.130930
    assertThat(Metrics.ndcg(RUN, QRELS, 10)).isCloseTo(1.692536 / 3.130930, within(1e-6));
    // perfect ranking
    assertThat(Metrics.ndcg(List.of("b", "d", "e"), QRELS, 10)).isCloseTo(1.0, within(1e-12));
    assertThat(Metrics.ndcg(List.of("x"), QRELS, 10)).isZero();
    assertThat(Metrics.ndcg(RUN, Map.of(), 10)).isZero();
  }

  @Test
  void ndcgCountsADuplicateOnce() {
    assertThat(Metrics.ndcg(List.of("a", "a", "b"), QRELS, 2))
        .isCloseTo(Metrics.ndcg(List.of("a", "b"), QRELS, 2), within(1e-12));
  }

  @Test
  void recallAtK() {
    assertThat(Metrics.recall(RUN, QRELS, 1)).isZero();
    assertThat(Metrics.recall(RUN, QRELS, 3)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(Metrics.recall(RUN, QRELS, 100)).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void mrrAtK() {
    assertThat(Metrics.mrr(RUN, QRELS, 10)).isEqualTo(0.5);
    assertThat(Metrics.mrr(RUN, QRELS, 1)).isZero();
    assertThat(Metrics.mrr(List.of("d"), QRELS, 10)).isEqualTo(1.0);
  }

  @Test
  void hitAt() {
    assertThat(Metrics.hitAt(RUN, Set.of("c"), 2)).isZero();
    assertThat(Metrics.hitAt(RUN, Set.of("c"), 3)).isEqualTo(1.0);
  }

  @Test
  void squadNormalisation() {
    assertThat(Metrics.squadNormalize("The  Denver Broncos!")).isEqualTo("denver broncos");
    assertThat(Metrics.squadNormalize("an apple, a pear & the plum")).isEqualTo("apple pear plum");
    assertThat(Metrics.squadNormalize("“Santa Clara,” California"))
        .isEqualTo("santa clara california");
    assertThat(Metrics.squadNormalize("Theatre")).isEqualTo("theatre"); // "the" only as a word
  }

  @Test
  void containsGoldMatchesWholeTokens() {
    assertThat(
            Metrics.containsGold(
                "The Broncos beat the Panthers [1].", List.of("Denver Broncos", "Broncos")))
        .isTrue();
    assertThat(Metrics.containsGold("It opened in 1990.", List.of("1"))).isFalse();
    assertThat(Metrics.containsGold("It cost $1 million.", List.of("1 million"))).isTrue();
    assertThat(Metrics.containsGold("Nothing here.", List.of("Broncos"))).isFalse();
  }

  @Test
  void words() {
    assertThat(Metrics.words("  one two\tthree\n")).isEqualTo(3);
    assertThat(Metrics.words(" ")).isZero();
  }
}
