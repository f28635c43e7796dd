package dev.talksbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.ChildJvm;
import dev.talksbot.answer.Answer;
import dev.talksbot.telegram.FeedbackStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./talksbot feedback [--export FILE]} as a real process over a real feedback store. */
class FeedbackCommandTest {
  @TempDir Path data;

  record Result(int code, String out, String err) {}

  Result run(String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(ChildJvm.cli(args));
    Path cfg = data.resolve("talksbot.yaml");
    if (!Files.exists(cfg)) Files.writeString(cfg, "topic: the talks\n");
    pb.environment().put("TALKSBOT_CONFIG", cfg.toString());
    pb.environment().put("TALKSBOT_DATA_DIR", data.toString());
    Path out = Files.createTempFile(data, "out", ".txt");
    Path err = Files.createTempFile(data, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("CLI did not finish: " + List.of(args));
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void exportsEveryVoteWithItsQuestionAnswerAndCitationsAsJsonLines() throws Exception {
    Result none = run("feedback");
    assertThat(none.code()).isZero();
    assertThat(none.err()).contains("no feedback yet");

    Answer a = dev.talksbot.telegram.FeedbackStoreContractTest.answer();
    try (FeedbackStore s =
        FeedbackStore.open(
            dev.talksbot.config.TalksbotConfig.defaults().withDataDir(data),
            java.util.Map.of(),
            Clock.systemUTC())) {
      s.remember("k1", a);
      s.vote("k1", 1, FeedbackStore.Vote.UP);
      s.vote("k1", 2, FeedbackStore.Vote.DOWN);
    }

    Result rates = run("feedback");
    assertThat(rates.code()).as(rates.err()).isZero();
    assertThat(rates.out()).contains("votes 2: up 1, down 1, on 1 answer(s)");

    Path file = data.resolve("out").resolve("votes.jsonl");
    Result export = run("feedback", "--export", file.toString());
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.err()).contains("exported 2 vote(s)");
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("question").asText()).isEqualTo("Did they meet?");
    assertThat(first.get("answer").asText()).isEqualTo("The delegations met. [1]");
    assertThat(first.at("/citations/0/articleId").asText()).isEqualTo("art-1");
    assertThat(first.at("/citations/0/quote").asText()).isEqualTo("The delegations met.");
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).contains("\"userId\":1,").contains("\"vote\":\"up\""))
        .anySatisfy(l -> assertThat(l).contains("\"userId\":2,").contains("\"vote\":\"down\""));
  }
}
