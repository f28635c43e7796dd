package dev.talksbot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fitted answer selector, in two stages: the {@code sentence} model gives each candidate
 * sentence the probability that it holds the answer (over {@link SelectorFeatures}); the {@code
 * answerability} model gives the question, from its best sentence and how that sentence stands
 * against the rest ({@link AnswerabilityFeatures}), the probability that answering with it is
 * right. The bot answers when that probability reaches the calibrated {@code threshold}, else it
 * refuses. Fitted by {@code ./talksbot train answerer}; the resource {@code
 * /answer/selector-model.json} is the versioned result.
 *
 * @param version bumped whenever the features or the training data change
 * @param sentence the sentence model (logistic or boosted trees)
 * @param answerability the question-level model (logistic or boosted trees)
 * @param threshold answer when the answerability probability (the reading stage's, when there is
 *     one) is at least this, else refuse
 * @param about what it was trained on, the calibration target and its figures (documentation)
 * @param reading null, or a stage that weighs the answerability with the question and the best
 *     sentence read together ({@link JointReading}); its probability is then the one the threshold
 *     cuts
 */
public record SelectorModel(
    int version,
    ProbabilityModel sentence,
    ProbabilityModel answerability,
    double threshold,
    Map<String, String> about,
    ProbabilityModel reading) {

  public static final String RESOURCE = "/answer/selector-model.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  public SelectorModel {
    about = Map.copyOf(about);
    if (!(threshold >= 0 && threshold <= 1))
      throw new IllegalArgumentException("selector model: threshold must be in 0..1");
    if (reading != null && !reading.names().equals(JointReading.NAMES))
      throw new IllegalArgumentException(
          "selector model: the reading stage reads other features than " + JointReading.NAMES);
  }

  /** A model without a reading stage. */
  public SelectorModel(
      int version,
      ProbabilityModel sentence,
      ProbabilityModel answerability,
      double threshold,
      Map<String, String> about) {
    this(version, sentence, answerability, threshold, about, null);
  }

  /** A model that has learned nothing (used while collecting the features to learn from). */
  public static SelectorModel untrained() {
    return new SelectorModel(
        0,
        LinearModel.untrained(SelectorFeatures.NAMES),
        LinearModel.untrained(AnswerabilityFeatures.NAMES),
        0.5,
        Map.of());
  }

  /** The bundled model; fails loudly when it does not match the features this code computes. */
  public static SelectorModel bundled() {
    try (InputStream in = SelectorModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing");
      SelectorModel m = fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (!m.sentence().names().equals(SelectorFeatures.NAMES)
          || !m.answerability().names().equals(AnswerabilityFeatures.NAMES))
        throw new IllegalStateException(
            RESOURCE + " was fitted on other features; run ./talksbot train answerer");
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static SelectorModel fromJson(String json) throws IOException {
    JsonNode n = JSON.readTree(json);
    Map<String, String> about = new TreeMap<>();
    n.path("about").fields().forEachRemaining(e -> about.put(e.getKey(), e.getValue().asText()));
    return new SelectorModel(
        n.get("version").asInt(),
        ProbabilityModel.fromJson(n.get("sentence")),
        ProbabilityModel.fromJson(n.get("answerability")),
        n.get("threshold").asDouble(),
        about,
        n.has("reading") ? ProbabilityModel.fromJson(n.get("reading")) : null);
  }

  public String toJson() {
    ObjectNode n = JSON.createObjectNode();
    n.put("version", version);
    n.put("threshold", threshold);
    n.putPOJO("about", new TreeMap<>(about));
    n.set("sentence", sentence.toJson());
    n.set("answerability", answerability.toJson());
    if (reading != null) n.set("reading", reading.toJson());
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same weights with another refusal threshold and description. */
  public SelectorModel withThreshold(double t, Map<String, String> about) {
    return new SelectorModel(version, sentence, answerability, t, about, reading);
  }

  /** The same model with another reading stage (null for none) and its threshold. */
  public SelectorModel withReading(ProbabilityModel stage, double t, Map<String, String> about) {
    return new SelectorModel(version, sentence, answerability, t, about, stage);
  }
}
