package dev.talksbot.eval.train;

import dev.talksbot.answer.ProbabilityModel;
import java.util.List;

/** A way to fit the question-level answerability model: logistic regression or boosted trees. */
sealed interface StageTwo {
  ProbabilityModel fit(List<String> names, List<double[]> x, List<Boolean> y);

  String label();

  /** Logistic regression fitted as the sentence model is ({@link SelectorFit}). */
  record Logistic() implements StageTwo {
    @Override
    public ProbabilityModel fit(List<String> names, List<double[]> x, List<Boolean> y) {
      return SelectorFit.fit(names, x, y);
    }

    @Override
    public String label() {
      return "logistic";
    }
  }

  /** Tribuo's XGBoost trees ({@link TreeFit}). */
  record Trees(TreeFit.Options options) implements StageTwo {
    @Override
    public ProbabilityModel fit(List<String> names, List<double[]> x, List<Boolean> y) {
      return TreeFit.fit(names, x, y, options);
    }

    @Override
    public String label() {
      return "trees (" + options + ")";
    }
  }

  /**
   * The candidates cross-validation chooses from: the logistic model alone (the default), or with
   * {@code withTrees} also a small grid of boosted trees (depth × rounds at a fixed shrinkage;
   * deeper trees get fewer rounds). Trees are not the default: they win on the tune split's
   * held-out folds and on the SQuAD test split but refuse more of the bundled coverage's questions
   * (docs/evaluation.md, "Boosted trees").
   */
  static List<StageTwo> candidates(boolean withTrees) {
    if (!withTrees) return List.of(new Logistic());
    return List.of(
        new Logistic(),
        new Trees(new TreeFit.Options(300, 2, TREE_ETA, TREE_MIN_CHILD, TREE_LAMBDA)),
        new Trees(new TreeFit.Options(200, 3, TREE_ETA, TREE_MIN_CHILD, TREE_LAMBDA)),
        new Trees(new TreeFit.Options(150, 4, TREE_ETA, TREE_MIN_CHILD, TREE_LAMBDA)),
        new Trees(new TreeFit.Options(100, 6, TREE_ETA, TREE_MIN_CHILD, TREE_LAMBDA)));
  }

  /** Shrinkage of each boosting round (small: many rounds of small steps generalise better). */
  double TREE_ETA = 0.05;

  /** A leaf must hold this much hessian (about 20 questions near p = 0.5: no tiny leaves). */
  double TREE_MIN_CHILD = 5;

  /** XGBoost's default L2 penalty on leaf values. */
  double TREE_LAMBDA = 1;
}
