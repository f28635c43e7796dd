package dev.talksbot.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * The features of the question-level decision (answer or refuse): how probable the best sentence is
 * and how clearly it beats the others, and the best sentence's own features that speak to whether
 * the question is answered at all (what it leaves uncovered, negation, capitalised and numeric
 * question words, the kind of value asked for).
 */
public final class AnswerabilityFeatures {
  /** Best-sentence features carried over from {@link SelectorFeatures}. */
  static final List<String> CARRIED =
      List.of(
          "coverage",
          "own_coverage",
          "cosine",
          "bm25",
          "bigram_share",
          "capitals_share",
          "numbers_share",
          "missing_max_idf",
          "passage_missing",
          "retrieved_missing",
          "passage_missing_capitals",
          "missing_terms",
          "passage_rank_inverse",
          "expected_value",
          "expects_specific",
          "negation_mismatch",
          "question_negated",
          "question_terms",
          "soft_coverage",
          "soft_worst_missing",
          "value_proximity",
          "planned_for_done");

  /** Sentences at least this probable count as "strong" ones. */
  static final double STRONG = 0.5;

  public static final List<String> NAMES;

  static {
    List<String> n =
        new ArrayList<>(
            List.of(
                "best_probability", "second_probability", "probability_margin", "strong_share"));
    n.addAll(CARRIED);
    NAMES = List.copyOf(n);
  }

  private static final int[] INDEX = new int[CARRIED.size()];

  static {
    for (int i = 0; i < CARRIED.size(); i++) {
      INDEX[i] = SelectorFeatures.NAMES.indexOf(CARRIED.get(i));
      if (INDEX[i] < 0) throw new IllegalStateException("no sentence feature " + CARRIED.get(i));
    }
  }

  private AnswerabilityFeatures() {}

  /**
   * The question's features from its candidates, best first by sentence probability ({@code
   * relevance}), with their sentence features aligned.
   */
  public static double[] of(List<Candidate> ranked, List<double[]> vectors) {
    double[] p = new double[ranked.size()];
    for (int i = 0; i < p.length; i++) p[i] = ranked.get(i).relevance();
    return of(p, vectors.isEmpty() ? null : vectors.getFirst());
  }

  /**
   * The question's features from the sentence probabilities, best first, and the best sentence's
   * features.
   */
  public static double[] of(double[] ranked, double[] best) {
    double[] x = new double[NAMES.size()];
    if (ranked.length == 0) return x;
    double p1 = ranked[0];
    double p2 = ranked.length > 1 ? ranked[1] : 0;
    int strong = 0;
    for (double p : ranked) if (p >= STRONG) strong++;
    int k = 0;
    x[k++] = p1;
    x[k++] = p2;
    x[k++] = p1 - p2;
    x[k++] = (double) strong / ranked.length;
    for (int i : INDEX) x[k++] = best[i];
    return x;
  }
}
