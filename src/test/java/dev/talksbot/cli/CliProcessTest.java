package dev.talksbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.TestCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command line as scripts meet it: a real JVM process per call, stdout, stderr and exit codes,
 * against an index built on first use in a temp data dir (TALKSBOT_DATA_DIR).
 */
class CliProcessTest {
  static Path data;
  static final ObjectMapper JSON = new ObjectMapper();

  record Result(int code, String out, String err) {}

  @BeforeAll
  static void dataDir() throws IOException {
    data = dev.talksbot.TempDirs.create("talksbot-cli");
  }

  static Result run(String stdin, String... args) throws Exception {
    List<String> cmd = dev.talksbot.ChildJvm.cli(args);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    Map<String, String> env = pb.environment();
    env.put("TALKSBOT_DATA_DIR", data.toString());
    env.put("TALKSBOT_CORPUS_DIR", TestCorpus.corpusDir().toString());
    env.remove("TALKSBOT_CONFIG");
    Path out = dev.talksbot.TempDirs.file("cli-out", ".txt");
    Path err = dev.talksbot.TempDirs.file("cli-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    try (var in = p.getOutputStream()) {
      if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("CLI did not finish: " + cmd);
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void explainSaysWhichReadingRuleRefusedAQuestionItsModelWouldAnswer() throws Exception {
    Result r = run(null, "ask", "--explain", "Who does not lead the Ukrainian delegation?");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("The coverage I have does not answer that");
    assertThat(r.err())
        .contains("answerability ")
        .contains(
            "refused whatever its answerability: the question negates and the best sentence"
                + " negates nothing");
  }

  @Test
  void askJsonPrintsTheContractObjectOnAFreshDataDir() throws Exception {
    Result r = run(null, "ask", "--json", "Who leads the Ukrainian delegation?");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode o = JSON.readTree(r.out());
    assertThat(o.get("question").asText()).isEqualTo("Who leads the Ukrainian delegation?");
    assertThat(o.get("refused").asBoolean()).isFalse();
    assertThat(o.get("answerer").asText()).isEqualTo("extractive");
    assertThat(o.get("answer").asText()).contains("Umerov");
    List<Integer> ns = new ArrayList<>();
    for (JsonNode c : o.get("citations")) {
      ns.add(c.get("n").asInt());
      assertThat(c.fieldNames())
          .toIterable()
          .containsExactly("n", "article", "outlet", "title", "date", "url", "quote");
      assertThat(c.get("quote").asText()).isNotBlank();
      assertThat(c.get("url").isNull()).as("no invented URLs").isTrue();
    }
    assertThat(dev.talksbot.answer.Answer.markers(o.get("answer").asText()))
        .containsExactlyElementsOf(ns);
    JsonNode cnn = null;
    for (JsonNode c : o.get("citations")) if (c.get("article").asText().startsWith("000_")) cnn = c;
    assertThat(cnn).isNotNull();
    assertThat(cnn.get("outlet").asText()).isEqualTo("CNN");
    assertThat(cnn.get("date").asText()).isEqualTo("2025-07-23");
  }

  @Test
  void jsonLinesModeAnswersEveryLineAndReportsBadOnesInPlace() throws Exception {
    String input =
        "Who heads the Russian delegation in Istanbul?\n\n"
            + "x".repeat(2001)
            + "\n?!?\n"
            + "Who won the 2022 FIFA World Cup?\n";
    Result r = run(input, "ask", "--json", "-");
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(5);
    assertThat(JSON.readTree(lines[0]).get("answer").asText()).contains("Medinsky");
    assertThat(JSON.readTree(lines[1]).get("code").asText()).isEqualTo("empty");
    assertThat(JSON.readTree(lines[2]).get("code").asText()).isEqualTo("too_long");
    assertThat(JSON.readTree(lines[3]).get("code").asText()).isEqualTo("no_words");
    assertThat(JSON.readTree(lines[4]).get("refused").asBoolean()).isTrue();
    assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
  }

  @Test
  void sourcesListsEveryArticleNotOnlyTheHeader() throws Exception {
    Result r = run(null, "sources");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("5 articles");
    for (String id :
        List.of(
            "000_ab426296e870d864",
            "001_03bb27ef92224f2d",
            "002_26359c985ce23d95",
            "003_cdbbf5a283a9f22b",
            "004_219db885d6aec124")) assertThat(r.out()).contains(id);
    assertThat(r.out()).contains("source: 000_ab426296e870d864.txt");
  }

  @Test
  void badQuestionsFailFastWithAClearMessageAndNonZeroExit() throws Exception {
    Result empty = run(null, "ask", "");
    assertThat(empty.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(empty.err()).contains("The question is empty");
    Result punct = run(null, "ask", "???");
    assertThat(punct.code()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(punct.err()).contains("no words");
  }

  @Test
  void textOutputHasANumberedSourceList() throws Exception {
    Result r = run(null, "ask", "How many drones did Russia fire at Ukraine before the talks?");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("71 drones")
        .contains("Sources:")
        .contains("[1] ")
        .contains("2025-07-23");
  }

  @Test
  void summaryJsonHasCitedSentencesAndNullQuestion() throws Exception {
    Result r = run(null, "summary", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode o = JSON.readTree(r.out());
    assertThat(o.get("question").isNull()).isTrue();
    assertThat(o.get("citations").size()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void aConfigErrorNamesTheKeyAndExitsWithTheConfigCode() throws Exception {
    Path cfg =
        Files.writeString(dev.talksbot.TempDirs.file("bad", ".yaml"), "retrieval:\n  bogus: 1\n");
    Result r = runWithConfig(cfg, List.of("sources"));
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.err()).contains("unknown key 'retrieval.bogus'").contains(cfg.toString());
  }

  private static Result runWithConfig(Path cfg, List<String> args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(dev.talksbot.ChildJvm.cli(args.toArray(String[]::new)));
    pb.environment().put("TALKSBOT_CONFIG", cfg.toString());
    pb.environment().put("TALKSBOT_DATA_DIR", data.toString());
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    return new Result(p.exitValue(), out, err);
  }

  @Test
  void everyCommandHasHelp() throws Exception {
    for (String c : List.of("ask", "summary", "chat", "sources", "index", "ingest")) {
      Result r = run(null, c, "--help");
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("Usage: talksbot " + c);
    }
  }

  @Test
  void launcherSaysWhatToInstallWithoutAJdk21() throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "talksbot", "ask", "hi");
    pb.environment().put("TALKSBOT_JDK_DIRS", "/nonexistent-jdks");
    pb.environment().put("JAVA_HOME", "/nonexistent-java-home");
    pb.environment().put("PATH", "/nonexistent-bin:/usr/bin/none");
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    assertThat(p.exitValue()).isEqualTo(3);
    assertThat(err).contains("no JDK 21 or newer found").contains("Install one");
  }
}
