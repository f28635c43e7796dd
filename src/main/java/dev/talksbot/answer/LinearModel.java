package dev.talksbot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A logistic model over named features: each feature is standardised with the training mean and
 * standard deviation, weighed, summed with the bias and squashed to a probability.
 *
 * @param names feature names, in vector order
 * @param means training means per feature
 * @param scales training standard deviations per feature (1 where a feature is constant)
 * @param weights the weight of each standardised feature
 * @param bias the intercept
 */
public record LinearModel(
    List<String> names, double[] means, double[] scales, double[] weights, double bias)
    implements ProbabilityModel {
  public LinearModel {
    names = List.copyOf(names);
    int n = names.size();
    if (means.length != n || scales.length != n || weights.length != n)
      throw new IllegalArgumentException(
          "linear model: "
              + n
              + " names but "
              + means.length
              + "/"
              + scales.length
              + "/"
              + weights.length
              + " means/scales/weights");
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(means[i]) || !Double.isFinite(weights[i]) || !(scales[i] > 0))
        throw new IllegalArgumentException("linear model: bad value for " + names.get(i));
    }
    if (!Double.isFinite(bias)) throw new IllegalArgumentException("linear model: bad bias");
  }

  /** A model that gives every example 0.5 (before anything is learned). */
  public static LinearModel untrained(List<String> names) {
    int n = names.size();
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    return new LinearModel(names, new double[n], ones, new double[n], 0);
  }

  @Override
  public double probability(double[] x) {
    if (x.length != weights.length)
      throw new IllegalArgumentException(
          "expected " + weights.length + " features, got " + x.length);
    double z = bias;
    for (int i = 0; i < weights.length; i++) z += weights[i] * (x[i] - means[i]) / scales[i];
    return 1 / (1 + Math.exp(-z));
  }

  @Override
  public double[] contributions(double[] x) {
    double[] c = new double[weights.length];
    for (int i = 0; i < c.length; i++) c[i] = weights[i] * (x[i] - means[i]) / scales[i];
    return c;
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.putPOJO("names", names);
    n.putPOJO("means", means);
    n.putPOJO("scales", scales);
    n.putPOJO("weights", weights);
    n.put("bias", bias);
    return n;
  }

  static LinearModel fromJson(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.get("names").forEach(x -> names.add(x.asText()));
    return new LinearModel(
        names,
        doubles(n.get("means")),
        doubles(n.get("scales")),
        doubles(n.get("weights")),
        n.get("bias").asDouble());
  }

  private static double[] doubles(JsonNode a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) out[i] = a.get(i).asDouble();
    return out;
  }
}
