package dev.talksbot.answer.llm;

import static dev.talksbot.answer.llm.FakeLlmServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.answer.Answer;
import dev.talksbot.config.ConfigException;
import dev.talksbot.config.ConfigLoader;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.IndexProgress;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole core over a real index of the bundled corpus with an OpenAI-compatible model that
 * echoes the first sentence of the passage it is given as passage 1 (the bag-of-words test embedder
 * keeps it fast).
 */
class TalksBotLlmTest {
  @TempDir static Path data;
  static FakeLlmServer server;
  static TalksBot bot;

  @BeforeAll
  static void open() throws Exception {
    server = new FakeLlmServer();
    TalksbotConfig cfg =
        new ConfigLoader(
                Map.of(
                    "TALKSBOT_ANSWERER",
                    "openai",
                    "TALKSBOT_LLM_BASE_URL",
                    server.openAiUrl(),
                    "TALKSBOT_LLM_MODEL",
                    "echo"),
                Path.of("."))
            .load(Path.of("config/talksbot.yaml"))
            .withDataDir(data);
    bot =
        TalksBot.open(
            cfg,
            Fixtures.EMBEDDER,
            IndexProgress.NONE,
            new LlmEnvironment(Map.of("OPENAI_API_KEY", "sk-test"), Path.of("prompts")));
  }

  @AfterAll
  static void close() throws Exception {
    if (bot != null) bot.close();
    server.close();
  }

  static final Pattern FIRST_PASSAGE =
      Pattern.compile("<passage n=\"1\"[^>]*>\\n(.+?[.!?])[\\s”\"]", Pattern.DOTALL);

  /** Echoes passage 1's first sentence, citing [1]. */
  static String echo(FakeLlmServer.Request r) {
    Matcher m = FIRST_PASSAGE.matcher(r.user());
    return m.find() ? m.group(1) + " [1]" : "NOT_IN_PASSAGES";
  }

  @Test
  void answersFromTheIndexWithCheckedCitations() {
    server.then(Reply.dynamic(TalksBotLlmTest::echo));
    Answer a = bot.ask("Who leads the Russian delegation?", "t1");
    assertThat(a.answerer()).isEqualTo("openai");
    assertThat(a).isInstanceOf(Answer.Answered.class);
    assertThat(a.citations()).hasSize(1);
    assertThat(a.text()).endsWith("[1]");
    assertThat(a.text()).startsWith(a.citations().getFirst().quote().substring(0, 10));
  }

  @Test
  void modelOutageGivesTheExtractiveAnswer() {
    server.then(Reply.status(502, "bad gateway"));
    Answer a = bot.ask("Who leads the Russian delegation?");
    assertThat(a.answerer()).isEqualTo(LlmAnswerer.FALLBACK_NAME);
  }

  @Test
  void missingKeyStopsStartupNamingTheVariable(@TempDir Path other) {
    TalksbotConfig cfg =
        TalksbotConfig.defaults()
            .withAnswerer("openai")
            .withDataDir(other)
            .withCorpusDir(Path.of("index/corpus"));
    assertThatThrownBy(
            () ->
                TalksBot.open(
                    cfg,
                    Fixtures.EMBEDDER,
                    IndexProgress.NONE,
                    new LlmEnvironment(Map.of(), Path.of("prompts"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("OPENAI_API_KEY");
  }
}
