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
            "120",
            "--corpus-sample",
            "30",
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
  }
}
