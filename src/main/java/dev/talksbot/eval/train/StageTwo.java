package dev.talksbot.eval.train;

import dev.talksbot.answer.AnswerabilityFeatures;
import dev.talksbot.answer.QuestionModel;
import java.util.List;

/** A way to fit the question-level answerability model: logistic regression or boosted trees. */
sealed interface StageTwo {
  QuestionModel fit(List<double[]> x, List<Boolean> y);

  String label();

  /** Tribuo's logistic regression, as the sentence model ({@link SelectorFit}). */
  record Logistic() implements StageTwo {
    @Override
    public QuestionModel fit(List<double[]> x, List<Boolean> y) {
      return SelectorFit.fit(AnswerabilityFeatures.NAMES, x, y);
    }

    @Override
    public String label() {
      return "logistic";
    }
  }

  /** Tribuo's XGBoost trees ({@link TreeFit}). */
  record Trees(TreeFit.Options options) implements StageTwo {
    @Override
    public QuestionModel fit(List<double[]> x, List<Boolean> y) {
      return TreeFit.fit(AnswerabilityFeatures.NAMES, x, y, options);
    }

    @Override
    public String label() {
      return "trees (" + options + ")";
    }
  }

  /**
   * The candidates cross-validation chooses from: the logistic model and a small grid of trees
   * (depth × rounds at a fixed shrinkage; deeper trees get fewer rounds).
   */
  static List<StageTwo> candidates() {
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
