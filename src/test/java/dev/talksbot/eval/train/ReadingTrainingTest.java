package dev.talksbot.eval.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talksbot.answer.JointReading;
import dev.talksbot.answer.LinearModel;
import dev.talksbot.answer.SelectorModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading stage is fitted on top of a model, which it leaves alone, and calibrated. */
class ReadingTrainingTest {
  /**
   * {@code ./talksbot train answerer --reading} on a slice of the SQuAD 2.0 tune split, through the
   * product's path: the model file gets a stage, its two models stay as they were.
   */
  @Test
  void theCommandAddsAStageToTheModelFile(@TempDir Path tmp) throws Exception {
    Path data = dev.talksbot.eval.BenchData.resolve(null);
    boolean present = Files.isDirectory(data.resolve("squad2"));
    if (System.getenv("CI") != null) assertThat(present).as("bench data in CI").isTrue();
    org.junit.jupiter.api.Assumptions.assumeTrue(present, "no bench data at " + data);
    Path file = tmp.resolve("model.json");
    SelectorModel base = SelectorModel.bundled();
    Files.writeString(file, base.toJson());
    java.io.StringWriter text = new java.io.StringWriter();
    picocli.CommandLine cl = new picocli.CommandLine(new TrainCommand());
    cl.setOut(new java.io.PrintWriter(text, true));
    int rc =
        cl.execute(
            "answerer",
            "--reading",
            "--limit",
            "40",
            "--corpus-sample",
            "10",
            "--no-cache",
            "--data",
            data.toString(),
            "--out",
            file.toString());
    assertThat(rc).as(text.toString()).isZero();
    SelectorModel m = SelectorModel.fromJson(Files.readString(file));
    assertThat(m.reading()).isNotNull();
    assertThat(m.reading().names()).isEqualTo(JointReading.NAMES);
    assertThat(m.sentence().toJson().toString()).isEqualTo(base.sentence().toJson().toString());
    assertThat(m.answerability().toJson().toString())
        .isEqualTo(base.answerability().toJson().toString());
    assertThat(m.about().get(ReadingTraining.THRESHOLD_WITHOUT))
        .isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", base.threshold()));
    assertThat(m.about().get("reading_news_dev_check")).contains("news dev questions");
    assertThat(text.toString()).contains("answer-or-abstain");
  }

  @Test
  void aMissingModelFileIsNamed(@TempDir Path tmp) {
    Path missing = tmp.resolve("none.json");
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.io.IOException.class,
            () -> new ReadingTraining(null).train(0, 0, java.util.Set.of(), missing));
    assertThat(e.getMessage()).contains(missing.toString()).contains("--reading");
  }

  @Test
  void theStageLearnsWhatTheJointReadingTellsAndKeepsTheBase(@TempDir Path dir) throws Exception {
    SelectorModel base = SelectorModel.bundled();
    SelectorModel plain = base.withReading(null, ReadingTraining.withoutStage(base), base.about());
    // answering is right where the question and the sentence read together stay near the question
    Random r = new Random(7);
    List<ReadingTraining.Example> examples = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      double verdict = r.nextDouble();
      double joint = r.nextDouble();
      boolean answerable = i % 2 == 0;
      boolean gold = joint + 0.2 * r.nextGaussian() > 0.5;
      double[] x = {Math.log(verdict / (1 - verdict)), r.nextDouble(), joint, r.nextDouble()};
      examples.add(
          new ReadingTraining.Example("q" + i, new AnswererTraining.Ranked(answerable, gold, x)));
    }
    Path out = dir.resolve("model.json");
    var result = ReadingTraining.fit(plain, examples, examples.subList(0, 100), out);
    SelectorModel back = SelectorModel.fromJson(Files.readString(out));
    assertThat(back.reading()).isInstanceOf(LinearModel.class);
    LinearModel stage = (LinearModel) back.reading();
    assertEquals(JointReading.NAMES, stage.names());
    int joint = JointReading.NAMES.indexOf("joint_question_cosine");
    for (int i = 0; i < stage.weights().length; i++)
      if (i != joint) assertThat(Math.abs(stage.weights()[i])).isLessThan(stage.weights()[joint]);
    assertThat(back.threshold()).isEqualTo(result.model().threshold()).isBetween(0.0, 1.0);
    // the sentence and answerability models are the base's, and the base's threshold is kept
    double[] sx = new double[base.sentence().names().size()];
    assertEquals(base.sentence().probability(sx), back.sentence().probability(sx), 1e-12);
    assertThat(back.about().get(ReadingTraining.THRESHOLD_WITHOUT))
        .isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", plain.threshold()));
    assertEquals(plain.threshold(), ReadingTraining.withoutStage(back), 5e-4);
    assertThat(back.about().get("reading_cv")).contains("AUC");
    assertThat(back.about().get("reading_news_dev_check"))
        .matches("\\d+ of 100 news dev .* alone at 0\\.\\d+: \\d+\\)");
    assertThat(back.about().get("reading_threshold")).contains("standard error");
  }
}
