package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talksbot.TestCorpus;
import dev.talksbot.answer.llm.LlmEnvironment;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.Embedder;
import dev.talksbot.index.IndexProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading stage: the question and its best sentence read together decide whether to answer. */
class JointReadingTest {
  private static final String QUESTION = "Who leads the Lutavian delegation?";

  @Test
  void theFeaturesAreTheVerdictsLogOddsAndThreeCosines() {
    float[] q = {1, 0, 0};
    float[] s = {0, 1, 0};
    float[] joint = {0.6f, 0.8f, 0};
    double[] x = JointReading.features(0.8, q, s, joint);
    assertEquals(JointReading.NAMES.size(), x.length);
    assertEquals(Math.log(0.8 / 0.2), x[0], 1e-12);
    assertEquals(0.8, JointReading.verdict(x), 1e-12);
    assertEquals(0, x[1], 1e-6);
    assertEquals(0.6, x[2], 1e-6);
    assertEquals(0.8, x[3], 1e-6);
    // a verdict of 0 or 1 stays finite
    assertThat(JointReading.features(0, q, s, joint)[0]).isFinite().isNegative();
    assertThat(JointReading.features(1, q, s, joint)[0]).isFinite().isPositive();
  }

  @Test
  void theAnswererReadsTheQuestionAndItsBestSentenceTogether(@TempDir Path dir) throws Exception {
    writeCoverage(dir);
    SelectorModel bundled = SelectorModel.bundled();
    try (TalksBot bot = bot(dir, withStage(bundled, 0, 0.5))) {
      ExtractiveAnswerer.Explained ex = bot.explain(QUESTION);
      double[] x = ex.scoring().reading();
      assertEquals(JointReading.NAMES.size(), x.length);
      Candidate best = ex.candidates().getFirst();
      Embedder e = TestCorpus.embedder();
      float[] q = e.embedQuery(QUESTION);
      float[] joint = e.embedPassage(QUESTION + " " + best.text());
      assertEquals(Embedder.dot(q, best.vector()), x[1], 1e-5);
      assertEquals(Embedder.dot(joint, q), x[2], 1e-5);
      assertEquals(Embedder.dot(joint, best.vector()), x[3], 1e-5);
      // an untrained stage's probability is what the threshold cuts: 0.5 reaches 0.5
      assertEquals(0.5, ex.confidence(), 1e-12);
      assertThat(ex.answer()).isInstanceOf(Answer.Answered.class);
    }
  }

  @Test
  void theStagesProbabilityDecides(@TempDir Path dir) throws Exception {
    writeCoverage(dir);
    SelectorModel bundled = SelectorModel.bundled();
    // the same question, the same sentences: a stage that doubts the answer refuses it
    try (TalksBot bot = bot(dir, withStage(bundled, -5, 0.5))) {
      Answer a = bot.ask(QUESTION);
      assertThat(a).as(a.text()).isInstanceOf(Answer.Refused.class);
    }
    try (TalksBot bot = bot(dir, withStage(bundled, 5, 0.5))) {
      Answer a = bot.ask(QUESTION);
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).contains("Irena Vosk");
    }
  }

  @Test
  void aStageReadingOtherFeaturesIsRejected() {
    SelectorModel m = SelectorModel.bundled();
    var other = LinearModel.untrained(List.of("a", "b", "c", "d"));
    var e = assertThrows(IllegalArgumentException.class, () -> m.withReading(other, 0.5, Map.of()));
    assertThat(e.getMessage()).contains("reading stage");
  }

  /** A stage that ignores its features: every answer gets the probability of {@code bias}. */
  private static SelectorModel withStage(SelectorModel m, double bias, double threshold) {
    int n = JointReading.NAMES.size();
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    return m.withReading(
        new LinearModel(JointReading.NAMES, new double[n], ones, new double[n], bias),
        threshold,
        m.about());
  }

  private static void writeCoverage(Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Lutavian delegation is led by Foreign Minister Irena Vosk, officials in Tarn said.",
        "The talks in Tarn are due to resume next week after a pause of three days.");
  }

  private static TalksBot bot(Path corpus, SelectorModel model) throws Exception {
    TalksbotConfig cfg =
        TalksbotConfig.defaults()
            .withDataDir(dev.talksbot.TempDirs.create("talksbot-test-reading"))
            .withCorpusDir(corpus);
    return TalksBot.open(
        cfg, TestCorpus.embedder(), IndexProgress.NONE, LlmEnvironment.forProcess(), model);
  }
}
