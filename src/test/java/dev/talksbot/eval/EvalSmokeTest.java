package dev.talksbot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * CI smoke run on a tiny slice: 20 SciFact test queries over the documents they need plus a sample,
 * and a few SQuAD questions. Asserts sane ranges and that the JSON and run file are written.
 */
class EvalSmokeTest {
  static final Path DATA = BenchData.resolve(null);

  /**
   * The public bench data sits beside the project ({@code ../shared/bench-data}). Without it the
   * smoke runs are skipped on a developer machine, but CI (which has it) must not skip silently.
   */
  static void requireData(String set) {
    boolean present = Files.isDirectory(DATA.resolve(set));
    if (System.getenv("CI") != null) {
      assertThat(present).as("bench data at " + DATA.resolve(set) + " (CI must have it)").isTrue();
    }
    assumeTrue(present, "bench data not present at " + DATA.resolve(set));
  }

  static JsonNode run(String... args) throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new EvalCommand());
    cl.setOut(new PrintWriter(out, true));
    int rc = cl.execute(args);
    assertThat(rc).as(out.toString()).isZero();
    String text = out.toString().strip();
    assertThat(text.lines().count()).as("one JSON object").isEqualTo(1);
    return new ObjectMapper().readTree(text);
  }

  @Test
  void scifactSlice(@TempDir Path tmp) throws Exception {
    requireData("scifact");
    Path runFile = tmp.resolve("run.trec");
    JsonNode j =
        run(
            "scifact",
            "--json",
            "--limit",
            "20",
            "--corpus-sample",
            "10",
            "--no-cache",
            "--run",
            runFile.toString(),
            "--data",
            DATA.toString());
    assertThat(j.get("suite").asText()).isEqualTo("scifact");
    for (String sys : List.of("bm25", "dense", "hybrid", "peer")) {
      JsonNode m = j.get("systems").get(sys);
      assertThat(m).as(sys).isNotNull();
      for (String metric : List.of("ndcg@10", "recall@100", "mrr@10")) {
        assertThat(m.get(metric).asDouble()).as(sys + " " + metric).isBetween(0.3, 1.0);
      }
      assertThat(m.get("ms_per_query").asDouble()).isPositive();
    }
    List<String> lines = Files.readAllLines(runFile);
    assertThat(lines).isNotEmpty();
    assertThat(lines.getFirst()).matches("\\S+ Q0 \\S+ 1 -?[0-9.]+ talksbot-hybrid");
    assertThat(lines.stream().map(l -> l.split(" ")[0]).distinct().count()).isEqualTo(20);
  }

  @Test
  void squadSlice() throws Exception {
    requireData("squad");
    JsonNode j =
        run(
            "squad",
            "--json",
            "--limit",
            "8",
            "--corpus-sample",
            "10",
            "--no-cache",
            "--no-peer",
            "--data",
            DATA.toString());
    JsonNode h = j.get("systems").get("hybrid");
    assertThat(h.get("top5").asDouble()).isBetween(0.5, 1.0);
    assertThat(h.get("answer_contains_gold").asDouble()).isBetween(0.0, 1.0);
    assertThat(h.get("refused").asDouble()).isBetween(0.0, 1.0);
    assertThat(h.get("avg_words").asDouble()).isBetween(0.0, 200.0);
    assertThat(j.get("systems").get("bm25").get("top1").asDouble()).isBetween(0.3, 1.0);
  }

  /**
   * SQuAD 2.0 test split, a slice: the JSON shape, and floors the first answerer failed (it scored
   * 0.489 answer-or-abstain on the whole test split and refused 23 % of the unanswerable
   * questions).
   */
  @Test
  void squad2Slice(@TempDir Path tmp) throws Exception {
    requireData("squad2");
    Path plot = tmp.resolve("curve.png");
    Path table = tmp.resolve("per-question.tsv");
    JsonNode j =
        run(
            "squad2",
            "--per-question",
            table.toString(),
            "--json",
            "--split",
            "test",
            "--limit",
            "160",
            "--corpus-sample",
            "40",
            "--no-cache",
            "--run",
            plot.toString(),
            "--data",
            DATA.toString());
    assertThat(j.get("suite").asText()).isEqualTo("squad2");
    assertThat(j.get("settings").get("split").asText()).isEqualTo("test");
    JsonNode h = j.get("systems").get("hybrid");
    for (String m :
        List.of(
            "answer_or_abstain",
            "always_refuse",
            "contains_gold",
            "refused_answerable",
            "refused_unanswerable",
            "acc_at_25",
            "acc_at_50",
            "acc_at_75",
            "acc_at_100")) {
      assertThat(h.get(m).asDouble()).as(m).isBetween(0.0, 1.0);
    }
    assertThat(h.get("avg_words").asDouble()).isBetween(5.0, 100.0);
    // the same answers at other refusal thresholds: refusing more never refuses fewer
    JsonNode low = j.get("systems").get("refuse_below_0.20");
    JsonNode high = j.get("systems").get("refuse_below_0.60");
    assertThat(high.get("refused_answerable").asDouble())
        .isGreaterThanOrEqualTo(low.get("refused_answerable").asDouble());
    assertThat(high.get("refused_unanswerable").asDouble())
        .isGreaterThanOrEqualTo(low.get("refused_unanswerable").asDouble());
    assertThat(h.get("answer_or_abstain").asDouble())
        .as("beats always refusing")
        .isGreaterThan(h.get("always_refuse").asDouble() + 0.05)
        .isGreaterThan(0.55);
    // the first answerer refused 23 % of the unanswerable questions (the bundled model 47.5 % of
    // the whole test split, 43 % of this slice)
    assertThat(h.get("refused_unanswerable").asDouble()).isGreaterThan(0.40);
    assertThat(h.get("acc_at_25").asDouble())
        .as("the most confident answers are the most accurate")
        .isGreaterThan(h.get("acc_at_100").asDouble());
    assertThat(Files.size(plot)).as("curve PNG written").isPositive();
    assertThat(javax.imageio.ImageIO.read(plot.toFile()).getWidth()).isEqualTo(CurvePlot.WIDTH);
    // one line per question, whose 'right' column adds up to the suite's answer-or-abstain
    List<String> lines = Files.readAllLines(table);
    assertThat(lines.get(0)).isEqualTo(QuestionTable.HEADER);
    assertThat(lines).hasSize(1 + j.get("settings").get("questions").asInt());
    long right = lines.stream().skip(1).filter(l -> l.split("\t", -1)[3].equals("1")).count();
    assertThat((double) right / (lines.size() - 1))
        .isCloseTo(
            h.get("answer_or_abstain").asDouble(), org.assertj.core.data.Offset.offset(1e-4));
    assertThat(lines.stream().skip(1)).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(11));
    // a question a reading rule refused says which rule
    assertThat(lines.stream().skip(1).map(l -> l.split("\t", -1)))
        .allSatisfy(f -> assertThat(f[5].contains("R")).isEqualTo(!f[6].isEmpty()));
  }
}
