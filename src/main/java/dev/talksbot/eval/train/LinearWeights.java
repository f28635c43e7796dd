package dev.talksbot.eval.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A fitted binary logistic regression as plain values, so the runtime needs no training library:
 * {@code p = sigmoid(bias + Σ weights[i] · (x[i] − means[i]) / scales[i])}.
 *
 * @param names the feature names, in the order of {@code x}
 * @param weights one weight per feature, on standardised features
 * @param bias the intercept
 * @param means the training mean of each feature
 * @param scales the training standard deviation of each feature (1 where it was constant)
 */
public record LinearWeights(
    List<String> names, double[] weights, double bias, double[] means, double[] scales) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public LinearWeights {
    names = List.copyOf(Objects.requireNonNull(names, "names"));
    weights = Objects.requireNonNull(weights, "weights").clone();
    means = Objects.requireNonNull(means, "means").clone();
    scales = Objects.requireNonNull(scales, "scales").clone();
    int n = names.size();
    if (weights.length != n || means.length != n || scales.length != n) {
      throw new IllegalArgumentException(
          "linear weights: "
              + n
              + " names but "
              + weights.length
              + " weights, "
              + means.length
              + " means, "
              + scales.length
              + " scales");
    }
    if (new HashSet<>(names).size() != n || names.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("linear weights: feature names must be distinct and set");
    }
    if (!Double.isFinite(bias)) {
      throw new IllegalArgumentException("linear weights: bias is not finite: " + bias);
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(weights[i]) || !Double.isFinite(means[i])) {
        throw new IllegalArgumentException(
            "linear weights: weight or mean of '" + names.get(i) + "' is not finite");
      }
      if (!Double.isFinite(scales[i]) || scales[i] <= 0) {
        throw new IllegalArgumentException(
            "linear weights: scale of '" + names.get(i) + "' must be > 0, got " + scales[i]);
      }
    }
  }

  /** Weights without standardisation (means 0, scales 1). */
  public static LinearWeights unscaled(List<String> names, double[] weights, double bias) {
    double[] zeros = new double[weights.length];
    double[] ones = new double[weights.length];
    Arrays.fill(ones, 1.0);
    return new LinearWeights(names, weights, bias, zeros, ones);
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public double[] means() {
    return means.clone();
  }

  @Override
  public double[] scales() {
    return scales.clone();
  }

  /** The weight of a feature by name. */
  public double weight(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no feature named '" + name + "'");
    }
    return weights[i];
  }

  /** The linear score (log-odds) of raw feature values. */
  public double score(double[] x) {
    Objects.requireNonNull(x, "x");
    if (x.length != weights.length) {
      throw new IllegalArgumentException(
          "expected " + weights.length + " feature values, got " + x.length);
    }
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * (x[i] - means[i]) / scales[i];
    }
    return z;
  }

  /** The probability of the positive class for raw feature values. */
  public double probability(double[] x) {
    double z = score(x);
    // numerically stable sigmoid
    if (z >= 0) {
      return 1.0 / (1.0 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1.0 + e);
  }

  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode features = root.putArray("features");
    for (int i = 0; i < weights.length; i++) {
      features
          .addObject()
          .put("name", names.get(i))
          .put("weight", weights[i])
          .put("mean", means[i])
          .put("scale", scales[i]);
    }
    root.put("bias", bias);
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write linear weights as JSON", e);
    }
  }

  /** Reads what {@link #toJson()} wrote; a clear message names what is missing or wrong. */
  public static LinearWeights fromJson(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(Objects.requireNonNull(json, "json"));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("linear weights: not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("linear weights: expected a JSON object");
    }
    JsonNode features = root.get("features");
    if (features == null || !features.isArray()) {
      throw new IllegalArgumentException("linear weights: 'features' must be an array");
    }
    List<String> names = new ArrayList<>();
    double[] w = new double[features.size()];
    double[] m = new double[features.size()];
    double[] s = new double[features.size()];
    for (int i = 0; i < features.size(); i++) {
      JsonNode f = features.get(i);
      JsonNode name = f.get("name");
      if (name == null || !name.isTextual()) {
        throw new IllegalArgumentException("linear weights: feature " + i + " has no 'name'");
      }
      names.add(name.asText());
      w[i] = number(f, "weight", i);
      m[i] = number(f, "mean", i);
      s[i] = number(f, "scale", i);
    }
    JsonNode bias = root.get("bias");
    if (bias == null || !bias.isNumber()) {
      throw new IllegalArgumentException("linear weights: 'bias' must be a number");
    }
    return new LinearWeights(names, w, bias.asDouble(), m, s);
  }

  private static double number(JsonNode feature, String field, int i) {
    JsonNode v = feature.get(field);
    if (v == null || !v.isNumber()) {
      throw new IllegalArgumentException(
          "linear weights: feature " + i + " needs a number '" + field + "'");
    }
    return v.asDouble();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinearWeights other
        && names.equals(other.names)
        && Arrays.equals(weights, other.weights)
        && Double.compare(bias, other.bias) == 0
        && Arrays.equals(means, other.means)
        && Arrays.equals(scales, other.scales);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        names, Arrays.hashCode(weights), bias, Arrays.hashCode(means), Arrays.hashCode(scales));
  }

  @Override
  public String toString() {
    return "LinearWeights" + names + " w=" + Arrays.toString(weights) + " b=" + bias;
  }
}
