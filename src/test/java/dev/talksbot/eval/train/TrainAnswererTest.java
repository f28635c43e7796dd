package dev.talksbot.eval.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.answer.AnswerabilityFeatures;
import dev.talksbot.answer.SelectorFeatures;
import dev.talksbot.answer.SelectorModel;
import dev.talksbot.eval.BenchData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./talksbot train answerer} on a slice of the SQuAD 2.0 tune split (plus the news dev
 * split): it runs through the product's path and writes a model the answerer can load, whose
 * features are the ones the code computes, with a calibrated threshold and what it was trained on.
 */
class TrainAnswererTest {
  @Test
  void trainingOnASliceWritesALoadableCalibratedModel(@TempDir Path tmp) throws Exception {
    Path data = BenchData.resolve(null);
    boolean present = Files.isDirectory(data.resolve("squad2"));
    if (System.getenv("CI") != null) assertThat(present).as("bench data in CI").isTrue();
    org.junit.jupiter.api.Assumptions.assumeTrue(present, "no bench data at " + data);
    Path out = tmp.resolve("model.json");
    Path dump = tmp.resolve("dump.tsv");
    StringWriter text = new StringWriter();
    CommandLine cl = new CommandLine(new TrainCommand());
    cl.setOut(new PrintWriter(text, true));
    int rc =
        cl.execute(
            "answerer",
            "--limit",
            String.valueOf(FeatureCheck.QUESTIONS),
            "--corpus-sample",
            String.valueOf(FeatureCheck.CORPUS_SAMPLE),
            "--no-cache",
            "--data",
            data.toString(),
            "--out",
            out.toString(),
            "--dump",
            dump.toString());
    assertThat(rc).as(text.toString()).isZero();
    SelectorModel m = SelectorModel.fromJson(Files.readString(out));
    assertThat(m.sentence().names()).isEqualTo(SelectorFeatures.NAMES);
    assertThat(m.answerability().names()).isEqualTo(AnswerabilityFeatures.NAMES);
    assertThat(m.threshold()).isBetween(0.0, 1.0);
    assertThat(m.about())
        .containsKeys(
            "trained_on",
            "calibration_target",
            "cv_answer_or_abstain",
            "answerability_model",
            "sentence_model");
    assertThat(text.toString()).contains("answer-or-abstain");
    // refitting from the dump reads the same questions back and gives the same model
    Path again = tmp.resolve("again.json");
    rc = cl.execute("answerer", "--from-dump", dump.toString(), "--out", again.toString());
    assertThat(rc).as(text.toString()).isZero();
    SelectorModel m2 = SelectorModel.fromJson(Files.readString(again));
    assertThat(m2.threshold()).isEqualTo(m.threshold());
    // byte for byte: the features round-trip exactly and the fit depends on the data alone
    assertThat(Files.readString(again)).isEqualTo(Files.readString(out));
    assertThat(m2.about().get("examples")).isEqualTo(m.about().get("examples"));
    var lines = Files.readAllLines(dump);
    assertThat(lines.getFirst()).startsWith("question\tsource\tanswerable\tlabel\t");
    assertThat(lines.size()).isGreaterThan(120);
    assertThat(lines.stream().skip(1).filter(l -> l.split("\t")[3].equals("1")).count())
        .as("some sentences hold a gold answer")
        .isPositive();
    // --record-check writes the slice's features into a model and leaves its weights alone
    String fitted = Files.readString(out);
    assertThat(SelectorModel.fromJson(fitted).about()).doesNotContainKey(FeatureCheck.KEY);
    rc =
        cl.execute(
            "answerer",
            "--record-check",
            "--no-cache",
            "--data",
            data.toString(),
            "--out",
            out.toString());
    assertThat(rc).as(text.toString()).isZero();
    SelectorModel recorded = SelectorModel.fromJson(Files.readString(out));
    assertThat(recorded.about()).containsKey(FeatureCheck.SOURCE_KEY);
    assertThat(recorded.threshold()).isEqualTo(m.threshold());
    assertThat(recorded.sentence().toJson().toString()).isEqualTo(m.sentence().toJson().toString());
    assertThat(recorded.answerability().toJson().toString())
        .isEqualTo(m.answerability().toJson().toString());
    // the slice asked with BM25 alone: its sentences do not depend on the CPU's last bits
    String today = recorded.about().get(FeatureCheck.KEY);
    var sums = FeatureCheck.parse(today);
    assertThat(sums.keySet()).containsAll(SelectorFeatures.NAMES).contains(FeatureCheck.SENTENCES);
    assertThat(sums.get(FeatureCheck.SENTENCES)).isGreaterThan(1000.0);
    assertThat(FeatureCheck.changed(today, today)).isEmpty();
    // the slice is the one the bundled model recorded its features on: the code still computes
    // them as they were when it was fitted or its held-out figures were last measured
    String bundled = SelectorModel.bundled().about().get(FeatureCheck.KEY);
    assertThat(bundled).as("the bundled model records its features").isNotNull();
    assertThat(FeatureCheck.changed(bundled, today))
        .as(
            "features computed otherwise than when the bundled answer selector was fitted or"
                + " last measured: refit it (./talksbot train answerer), or measure its held-out"
                + " figures again and record them (--record-check); docs/evaluation.md")
        .isEmpty();
  }

  @Test
  void aChangedFeatureIsNamed() {
    int n = SelectorFeatures.NAMES.size();
    double[] sums = new double[n + 1];
    sums[0] = 12.5;
    sums[n] = 5000; // sentences summed
    String recorded = FeatureCheck.format(sums);
    assertThat(FeatureCheck.changed(recorded, sums)).isEmpty();
    double[] moved = sums.clone();
    moved[1] += 1; // one sentence's count more
    moved[0] += FeatureCheck.TOLERANCE_PER_SENTENCE * 5000 / 2; // the CPU's last bits: no change
    assertThat(FeatureCheck.changed(recorded, moved))
        .containsExactly(SelectorFeatures.NAMES.get(1));
    assertThat(FeatureCheck.changed(recorded, FeatureCheck.format(moved)))
        .containsExactly(SelectorFeatures.NAMES.get(1));
    // a similarity read off the quantized embedding model moves more between CPUs
    assertThat(SelectorFeatures.NAMES).containsAll(FeatureCheck.EMBEDDED);
    int cosine = SelectorFeatures.NAMES.indexOf("cosine");
    double[] otherCpu = sums.clone();
    otherCpu[cosine] += FeatureCheck.EMBEDDED_TOLERANCE_PER_SENTENCE * 5000 / 2;
    assertThat(FeatureCheck.changed(recorded, otherCpu)).isEmpty();
    double[] recomputed = sums.clone();
    recomputed[cosine] += FeatureCheck.EMBEDDED_TOLERANCE_PER_SENTENCE * 5000 * 2;
    assertThat(FeatureCheck.changed(recorded, recomputed)).containsExactly("cosine");
    assertThat(FeatureCheck.changed(recorded + ",retired_feature=1.0", sums))
        .containsExactly("retired_feature");
    assertThat(FeatureCheck.changed(recorded, recorded + ",new_feature=1.0"))
        .containsExactly("new_feature");
  }
}
