package dev.talksbot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A fitted model that gives an example (a vector of named features) the probability of the positive
 * label: a logistic model ({@link LinearModel}), boosted trees ({@link TreeEnsemble}), or the
 * product of two such ({@link GatedModel}).
 */
public sealed interface ProbabilityModel permits LinearModel, TreeEnsemble, GatedModel {
  /** Feature names, in vector order. */
  List<String> names();

  double probability(double[] x);

  /**
   * How much each feature pulled this example's log-odds up (positive) or down (negative), aligned
   * with {@link #names()} (for {@code ask --explain}).
   */
  double[] contributions(double[] x);

  ObjectNode toJson();

  /**
   * Reads any kind: a {@code "kind": "trees"} object is a tree ensemble, {@code "gated"} a gated
   * pair, anything else linear.
   */
  static ProbabilityModel fromJson(JsonNode n) {
    return switch (n.path("kind").asText()) {
      case TreeEnsemble.KIND -> TreeEnsemble.fromJson(n);
      case GatedModel.KIND -> GatedModel.fromJson(n);
      default -> LinearModel.fromJson(n);
    };
  }
}
