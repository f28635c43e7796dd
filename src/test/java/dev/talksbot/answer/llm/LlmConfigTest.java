package dev.talksbot.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.config.ConfigException;
import dev.talksbot.config.ConfigLoader;
import dev.talksbot.config.LlmSettings;
import dev.talksbot.config.TalksbotConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answerer and llm sections of the configuration, the environment overrides, the API key. */
class LlmConfigTest {
  @TempDir Path home;

  TalksbotConfig load(String yaml, Map<String, String> env) throws IOException {
    Path file = home.resolve("config").resolve("talksbot.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return new ConfigLoader(env, home).load(file);
  }

  @Test
  void bundledConfigIsValidAndExtractiveByDefault() {
    TalksbotConfig c =
        new ConfigLoader(Map.of(), Path.of(".")).load(Path.of("config/talksbot.yaml"));
    assertThat(c.answerer().configName()).isEqualTo("extractive");
    assertThat(c.llm().apiKeyEnv()).isEqualTo("OPENAI_API_KEY");
    assertThat(c.llm().timeoutSeconds()).isEqualTo(60);
    assertThat(c.conversation().maxTurns()).isEqualTo(4);
  }

  @Test
  void llmSectionIsRead() throws IOException {
    TalksbotConfig c =
        load(
            """
        answerer: openai
        llm:
          baseUrl: http://127.0.0.1:8000/v1
          model: qwen2.5-7b-instruct
          apiKeyEnv: MY_KEY
          timeoutSeconds: 20
          maxRetries: 0
          maxTokens: 300
          temperature: 0.2
          minSupport: 0.7
          circuitFailures: 5
          circuitOpenSeconds: 30
        """,
            Map.of());
    assertThat(c.answerer().configName()).isEqualTo("openai");
    assertThat(c.llm())
        .isEqualTo(
            new LlmSettings(
                "http://127.0.0.1:8000/v1",
                "qwen2.5-7b-instruct",
                "MY_KEY",
                20,
                0,
                300,
                0.2,
                0.7,
                5,
                30));
  }

  @Test
  void environmentOverridesTheFile() throws IOException {
    TalksbotConfig c =
        load(
            "answerer: openai\nllm:\n  model: a\n",
            Map.of(
                "TALKSBOT_ANSWERER",
                "ollama",
                "TALKSBOT_LLM_BASE_URL",
                "http://10.0.0.5:11434",
                "TALKSBOT_LLM_MODEL",
                "qwen3:8b"));
    assertThat(c.answerer().configName()).isEqualTo("ollama");
    assertThat(c.llm().baseUrl()).isEqualTo("http://10.0.0.5:11434");
    assertThat(c.llm().model()).isEqualTo("qwen3:8b");
  }

  @Test
  void badValuesAreConfigErrorsNamingTheKey() {
    assertThatThrownBy(() -> load("answerer: gpt\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("extractive, openai, ollama")
        .hasMessageContaining("gpt");
    assertThatThrownBy(() -> load("llm:\n  timeoutSeconds: 0\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("llm.timeoutSeconds");
    assertThatThrownBy(() -> load("llm:\n  baseUrl: localhost:8000\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("llm.baseUrl");
    assertThatThrownBy(() -> load("llm:\n  temprature: 0.1\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("temprature")
        .hasMessageContaining("temperature");
    assertThatThrownBy(() -> load("llm:\n  maxTokens: lots\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("maxTokens");
    assertThatThrownBy(() -> load("conversation:\n  maxTurns: 0\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("conversation");
  }

  @Test
  void badEnvironmentValuesNameTheVariable() {
    assertThatThrownBy(() -> load("", Map.of("TALKSBOT_ANSWERER", "claude")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("TALKSBOT_ANSWERER");
    assertThatThrownBy(() -> load("", Map.of("TALKSBOT_LLM_BASE_URL", "ftp://x")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("TALKSBOT_LLM_BASE_URL");
  }

  @Test
  void missingApiKeyIsAStartupErrorNamingTheVariable() throws IOException {
    TalksbotConfig c = load("answerer: openai\n", Map.of());
    assertThatThrownBy(
            () ->
                LlmAnswerers.create(
                    c, Fixtures.extractive(), new LlmEnvironment(Map.of(), Path.of("prompts"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("OPENAI_API_KEY");
    TalksbotConfig named = load("answerer: openai\nllm:\n  apiKeyEnv: GROQ_KEY\n", Map.of());
    assertThatThrownBy(
            () ->
                LlmAnswerers.create(
                    named,
                    Fixtures.extractive(),
                    new LlmEnvironment(Map.of("OPENAI_API_KEY", "sk-x"), Path.of("prompts"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("GROQ_KEY");
  }

  @Test
  void keyIsNeverInErrorDescriptions() {
    LlmClient client =
        new LlmClient(
            "openai",
            null,
            new CircuitBreaker("t", 1, java.time.Duration.ofSeconds(1)),
            "sk-secret-999");
    String d =
        client.describe(
            new RuntimeException(
                "401 bad key sk-secret-999 given",
                new IllegalStateException("Authorization: Bearer sk-secret-999")));
    assertThat(d).doesNotContain("sk-secret-999").contains("***");
  }

  @Test
  void extractiveNeedsNoKeyAndNoPrompts() throws IOException {
    TalksbotConfig c = load("answerer: extractive\n", Map.of());
    LlmAnswerers.Setup s =
        LlmAnswerers.create(
            c,
            Fixtures.extractive(),
            new LlmEnvironment(Map.of(), home.resolve("missing-prompts")));
    assertThat(s.generative()).isFalse();
    assertThat(s.answerer().name()).isEqualTo("extractive");
    assertThat(s.rewriter()).isInstanceOf(RuleBasedRewriter.class);
  }

  @Test
  void llmWithBrokenPromptsIsAStartupError() throws IOException {
    TalksbotConfig c = load("answerer: ollama\n", Map.of());
    assertThatThrownBy(
            () ->
                LlmAnswerers.create(
                    c,
                    Fixtures.extractive(),
                    new LlmEnvironment(Map.of(), home.resolve("missing-prompts"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("missing-prompts");
  }
}
