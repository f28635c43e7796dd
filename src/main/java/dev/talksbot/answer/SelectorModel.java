package dev.talksbot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fitted answer selector: a logistic model over {@link SelectorFeatures} (features are
 * standardised with the training means and scales, then weighed) and the calibrated refusal
 * threshold on the best sentence's probability. Fitted by {@code ./talksbot train answerer}; the
 * resource {@code /answer/selector-model.json} is the versioned result.
 *
 * @param version bumped whenever the features or the training data change
 * @param names feature names, which must equal {@link SelectorFeatures#NAMES}
 * @param means training means per feature
 * @param scales training standard deviations per feature (1 where a feature is constant)
 * @param weights the weight of each standardised feature
 * @param bias the intercept
 * @param threshold answer when the best sentence's probability is at least this, else refuse
 * @param about what it was trained on, the calibration target and its figures (documentation)
 */
public record SelectorModel(
    int version,
    List<String> names,
    double[] means,
    double[] scales,
    double[] weights,
    double bias,
    double threshold,
    Map<String, String> about) {

  public static final String RESOURCE = "/answer/selector-model.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  public SelectorModel {
    names = List.copyOf(names);
    about = Map.copyOf(about);
    int n = names.size();
    if (means.length != n || scales.length != n || weights.length != n)
      throw new IllegalArgumentException(
          "selector model: "
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
        throw new IllegalArgumentException("selector model: bad value for " + names.get(i));
    }
    if (!Double.isFinite(bias)) throw new IllegalArgumentException("selector model: bad bias");
    if (!(threshold >= 0 && threshold <= 1))
      throw new IllegalArgumentException("selector model: threshold must be in 0..1");
  }

  /** The probability that a sentence with these features answers the question. */
  public double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) z += weights[i] * (x[i] - means[i]) / scales[i];
    return 1 / (1 + Math.exp(-z));
  }

  /** The bundled model; fails loudly when it does not match the features this code computes. */
  public static SelectorModel bundled() {
    try (InputStream in = SelectorModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing");
      SelectorModel m =
          fromJson(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      if (!m.names().equals(SelectorFeatures.NAMES))
        throw new IllegalStateException(
            RESOURCE + " was fitted on other features; run ./talksbot train answerer");
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static SelectorModel fromJson(String json) throws IOException {
    JsonNode n = JSON.readTree(json);
    List<String> names = new ArrayList<>();
    n.get("names").forEach(x -> names.add(x.asText()));
    Map<String, String> about = new TreeMap<>();
    n.path("about").fields().forEachRemaining(e -> about.put(e.getKey(), e.getValue().asText()));
    return new SelectorModel(
        n.get("version").asInt(),
        names,
        doubles(n.get("means")),
        doubles(n.get("scales")),
        doubles(n.get("weights")),
        n.get("bias").asDouble(),
        n.get("threshold").asDouble(),
        about);
  }

  public String toJson() {
    ObjectNode n = JSON.createObjectNode();
    n.put("version", version);
    n.putPOJO("names", names);
    n.putPOJO("means", means);
    n.putPOJO("scales", scales);
    n.putPOJO("weights", weights);
    n.put("bias", bias);
    n.put("threshold", threshold);
    n.putPOJO("about", new TreeMap<>(about));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same weights with another refusal threshold. */
  public SelectorModel withThreshold(double t, Map<String, String> about) {
    return new SelectorModel(version, names, means, scales, weights, bias, t, about);
  }

  private static double[] doubles(JsonNode a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) out[i] = a.get(i).asDouble();
    return out;
  }
}
