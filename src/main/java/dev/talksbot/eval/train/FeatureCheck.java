package dev.talksbot.eval.train;

import dev.talksbot.answer.SelectorFeatures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the code still computes the features the bundled answer selector was fitted on. {@code
 * ./talksbot train answerer} records, beside the model, each feature's sum over the sentences of a
 * fixed slice of its training data ({@link #QUESTIONS} SQuAD 2.0 tune questions over an index of
 * their paragraphs and {@link #CORPUS_SAMPLE} others, and the news dev questions, each once); the
 * training test computes the same slice with today's code and compares. A change to how a feature
 * is computed (a word list, a tokenizer, a soft match) then fails the build until the model is
 * refitted, or its held-out figures are measured again and the features recorded with {@code train
 * answerer --record-check}: the weights and the figures reported for them stay those of the
 * features the code computes.
 */
public final class FeatureCheck {
  private FeatureCheck() {}

  /** The SQuAD questions of the slice (the first ones of the tune split, in its order). */
  public static final int QUESTIONS = 120;

  /** Paragraphs indexed beside the slice's own. */
  public static final int CORPUS_SAMPLE = 30;

  /** The model's {@code about} key holding the sums. */
  public static final String KEY = "feature_check";

  /** The model's {@code about} key saying where the sums come from. */
  public static final String SOURCE_KEY = "feature_check_source";

  /** The sums were computed by the fit that wrote the weights. */
  static final String FITTED = "train answerer (the fit)";

  /**
   * The sums were recorded after the fit ({@code train answerer --record-check}): the weights were
   * fitted on the features of their own session, and the model's held-out figures were measured
   * with these.
   */
  static final String RECORDED =
      "train answerer --record-check (weights fitted earlier; held-out figures measured with these"
          + " features)";

  /**
   * How far a sum may move before the feature counts as changed: embedding values may differ in
   * their last bits between CPUs; a changed feature moves a sum over some 5,000 sentences by far
   * more.
   */
  static final double TOLERANCE = 1e-3;

  /** Each feature's sum over the sentences of the questions, a question's copies counted once. */
  static double[] sums(List<AnswererTraining.Question> questions) {
    double[] out = new double[SelectorFeatures.NAMES.size()];
    Set<String> seen = new HashSet<>();
    for (AnswererTraining.Question q : questions) {
      if (!seen.add(CrossValidation.withoutCopy(q.id()))) continue;
      for (double[] v : q.vectors()) for (int i = 0; i < out.length; i++) out[i] += v[i];
    }
    return out;
  }

  /** The sums as the model's {@code about} holds them: "name=value" pairs, comma-separated. */
  static String format(double[] sums) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < sums.length; i++)
      parts.add(SelectorFeatures.NAMES.get(i) + "=" + String.format(Locale.ROOT, "%.4f", sums[i]));
    return String.join(",", parts);
  }

  /**
   * The features whose recorded sum differs from today's (a feature the record lacks, or one it has
   * that the code no longer computes, differs too); empty when the code computes what the model was
   * fitted on.
   */
  static List<String> changed(String recorded, double[] today) {
    java.util.Map<String, Double> was = new java.util.LinkedHashMap<>();
    for (String part : recorded.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0) throw new IllegalArgumentException("bad " + KEY + " entry: " + part);
      was.put(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1)));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < today.length; i++) {
      String name = SelectorFeatures.NAMES.get(i);
      Double w = was.remove(name);
      if (w == null || Math.abs(w - today[i]) > TOLERANCE) out.add(name);
    }
    out.addAll(was.keySet());
    return out;
  }
}
