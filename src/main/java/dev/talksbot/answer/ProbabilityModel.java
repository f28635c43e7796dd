package dev.talksbot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A fitted model that gives an example (a vector of named features) the probability of the positive
 * label: a logistic model ({@link LinearModel}) or boosted trees ({@link TreeEnsemble}).
 */
public sealed interface ProbabilityModel permits LinearModel, TreeEnsemble {
  /** Feature names, in vector order. */
  List<String> names();

  double probability(double[] x);

  /**
   * How much each feature pulled this example's log-odds up (positive) or down (negative), aligned
   * with {@link #names()} (for {@code ask --explain}).
   */
  double[] contributions(double[] x);

  ObjectNode toJson();

  /** Reads either kind: a {@code "kind": "trees"} object is a tree ensemble, else linear. */
  static ProbabilityModel fromJson(JsonNode n) {
    return TreeEnsemble.KIND.equals(n.path("kind").asText())
        ? TreeEnsemble.fromJson(n)
        : LinearModel.fromJson(n);
  }
}
