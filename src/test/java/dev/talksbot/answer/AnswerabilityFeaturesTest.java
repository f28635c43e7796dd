package dev.talksbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerabilityFeaturesTest {
  private static final List<String> NAMES = AnswerabilityFeatures.NAMES;

  private static double get(double[] x, String name) {
    int i = NAMES.indexOf(name);
    if (i < 0) throw new AssertionError("no feature " + name);
    return x[i];
  }

  /** A sentence vector with the given coverage and cosine. */
  private static double[] sentence(double coverage, double cosine) {
    double[] v = new double[SelectorFeatures.NAMES.size()];
    v[SelectorFeatures.NAMES.indexOf("coverage")] = coverage;
    v[SelectorFeatures.NAMES.indexOf("cosine")] = cosine;
    return v;
  }

  @Test
  void profileOfTheRankedProbabilitiesAndTheBestSentence() {
    double[] x = AnswerabilityFeatures.of(new double[] {0.9, 0.6, 0.3, 0.2}, sentence(0.8, 0.7));
    assertEquals(NAMES.size(), x.length);
    assertEquals(0.9, get(x, "best_probability"));
    assertEquals(0.6, get(x, "second_probability"));
    assertEquals(0.3, get(x, "probability_margin"), 1e-12);
    assertEquals(0.5, get(x, "strong_share"), 1e-12); // 0.9 and 0.6 of four reach 0.5
    assertEquals(0.8, get(x, "coverage")); // the best sentence's own features
    assertEquals(0.7, get(x, "cosine"));
  }

  @Test
  void aLoneSentenceHasNoRivalAndNoSentenceNothing() {
    double[] x = AnswerabilityFeatures.of(new double[] {0.4}, sentence(0.5, 0.5));
    assertEquals(0.0, get(x, "second_probability"));
    assertEquals(0.4, get(x, "probability_margin"), 1e-12);
    assertEquals(0.0, get(x, "strong_share"));
    double[] none = AnswerabilityFeatures.of(new double[0], null);
    for (double v : none) assertEquals(0.0, v);
  }
}
