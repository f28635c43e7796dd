package dev.talksbot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Answerability as the product of two models over the same features: the {@code gate} gives the
 * probability that the coverage speaks of what the question asks about at all, the {@code inner}
 * model the probability that answering with the best sentence is right when it does.
 *
 * <p>Why two: on a reading-comprehension set every question meets its own paragraph, and the
 * unanswerable ones are written with that paragraph's words, so a single linear model learns that
 * covering every question word is a bad sign — and, extrapolating, that covering almost none is a
 * good one (a question about a forum the coverage never mentions was answered with 0.63). The gate
 * learns the other end from questions asked without their own coverage; each factor stays monotone
 * where a single linear model cannot be.
 *
 * @param gate P(the coverage is about the question)
 * @param inner P(answering right | it is)
 */
public record GatedModel(ProbabilityModel gate, ProbabilityModel inner)
    implements ProbabilityModel {
  static final String KIND = "gated";

  public GatedModel {
    if (!gate.names().equals(inner.names()))
      throw new IllegalArgumentException(
          "gated model: the gate and the inner model read other features");
  }

  @Override
  public List<String> names() {
    return inner.names();
  }

  @Override
  public double probability(double[] x) {
    return gate.probability(x) * inner.probability(x);
  }

  /**
   * The pull of each feature on the log-odds of the factor that holds the probability down more
   * (the gate when it is below the inner model's probability, else the inner model).
   */
  @Override
  public double[] contributions(double[] x) {
    return gate.probability(x) < inner.probability(x)
        ? gate.contributions(x)
        : inner.contributions(x);
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("kind", KIND);
    n.set("gate", gate.toJson());
    n.set("inner", inner.toJson());
    return n;
  }

  static GatedModel fromJson(JsonNode n) {
    return new GatedModel(
        ProbabilityModel.fromJson(n.get("gate")), ProbabilityModel.fromJson(n.get("inner")));
  }
}
