package dev.talksbot.answer.llm;

import static dev.talksbot.answer.llm.FakeLlmServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.AnswerRequest;
import dev.talksbot.config.LlmSettings;
import dev.talksbot.config.TalksbotConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LLM answerer against a scripted Ollama server ({@code POST /api/chat}). */
class OllamaAnswererTest {
  FakeLlmServer server;

  @BeforeEach
  void start() throws Exception {
    server = new FakeLlmServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  LlmAnswerer ollama() {
    LlmSettings ls =
        new LlmSettings(server.ollamaUrl(), "llama-test", null, 5, 0, 200, 0.0, null, 3, 60);
    TalksbotConfig cfg = TalksbotConfig.defaults().withAnswerer("ollama").withLlm(ls);
    // no API key needed for Ollama
    return (LlmAnswerer)
        LlmAnswerers.create(
                cfg, Fixtures.extractive(), new LlmEnvironment(Map.of(), Path.of("prompts")))
            .answerer();
  }

  AnswerRequest request() {
    return new AnswerRequest(
        "Who led Ukraine's delegation?",
        Fixtures.passages(Fixtures.REUTERS, Fixtures.KYIV),
        Fixtures.CORPUS);
  }

  @Test
  void goodAnswer() {
    server.then(Reply.content("Defence Minister Rustem Umerov led Ukraine's delegation [2]."));
    Answer a = ollama().answer(request());
    assertThat(a.answerer()).isEqualTo("ollama");
    assertThat(a.text()).isEqualTo("Defence Minister Rustem Umerov led Ukraine's delegation. [1]");
    assertThat(a.citations().getFirst().articleId()).isEqualTo("kyiv-1");
    FakeLlmServer.Request r = server.requests.getFirst();
    assertThat(r.path()).isEqualTo("/api/chat");
    assertThat(r.body().path("model").asText()).isEqualTo("llama-test");
    assertThat(r.system()).contains("NOT_IN_PASSAGES");
    assertThat(r.user()).contains("<passage n=\"2\" outlet=\"Kyiv Independent\"");
  }

  @Test
  void unsupportedClaimDropped() {
    server.then(
        Reply.content(
            "Rustem Umerov led Ukraine's delegation [2].\nUmerov resigned in protest the next day [2]."));
    Answer a = ollama().answer(request());
    assertThat(a.text()).isEqualTo("Rustem Umerov led Ukraine's delegation. [1]");
  }

  @Test
  void serverErrorFallsBack() {
    server.then(Reply.status(500, "{\"error\":\"model 'llama-test' not found\"}"));
    Answer a = ollama().answer(request());
    assertThat(a.answerer()).isEqualTo(LlmAnswerer.FALLBACK_NAME);
    assertThat(a.citations()).isNotEmpty();
  }

  @Test
  void malformedJsonFallsBack() {
    server.then(Reply.raw("not json at all"));
    assertThat(ollama().answer(request()).answerer()).isEqualTo(LlmAnswerer.FALLBACK_NAME);
  }
}
