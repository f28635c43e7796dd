package dev.talksbot.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.AnswerRequest;
import dev.talksbot.config.LlmSettings;
import dev.talksbot.config.TalksbotConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Against a real endpoint, skipped unless {@code TALKSBOT_LIVE_LLM_BASE_URL} is set. Also reads
 * {@code TALKSBOT_LIVE_LLM_MODEL}, {@code TALKSBOT_LIVE_LLM_PROVIDER} (openai, the default, or
 * ollama) and, for openai, {@code TALKSBOT_LIVE_LLM_API_KEY} (any value for local servers). E.g.
 * {@code TALKSBOT_LIVE_LLM_BASE_URL=http://127.0.0.1:11434 TALKSBOT_LIVE_LLM_PROVIDER=ollama
 * TALKSBOT_LIVE_LLM_MODEL=llama3.1:8b ./mvnw -B verify -Dtest=LiveLlmTest}.
 */
@EnabledIfEnvironmentVariable(named = "TALKSBOT_LIVE_LLM_BASE_URL", matches = ".+")
class LiveLlmTest {
  @Test
  void answersAGroundedQuestionOrFallsBackCleanly() {
    String provider = System.getenv().getOrDefault("TALKSBOT_LIVE_LLM_PROVIDER", "openai");
    LlmSettings ls =
        new LlmSettings(
            System.getenv("TALKSBOT_LIVE_LLM_BASE_URL"),
            System.getenv("TALKSBOT_LIVE_LLM_MODEL"),
            "TALKSBOT_LIVE_LLM_API_KEY",
            120,
            1,
            null,
            null,
            null,
            3,
            60);
    TalksbotConfig cfg = TalksbotConfig.defaults().withAnswerer(provider).withLlm(ls);
    LlmAnswerers.Setup setup =
        LlmAnswerers.create(
            cfg, Fixtures.extractive(), new LlmEnvironment(System.getenv(), Path.of("prompts")));
    LlmAnswerer llm = (LlmAnswerer) setup.answerer();
    Answer a =
        llm.answer(
            new AnswerRequest(
                "Who led Ukraine's delegation?",
                Fixtures.passages(Fixtures.REUTERS, Fixtures.KYIV, Fixtures.INJECTED),
                Fixtures.CORPUS));
    System.out.println("live answer (" + a.answerer() + "): " + a.text());
    assertThat(a.answerer())
        .isEqualTo(provider); // the model answered and the answer passed the check
    assertThat(a.text()).contains("Umerov").doesNotContain("peace treaty");
    Answer off =
        llm.answer(
            new AnswerRequest(
                "What did Macron eat for breakfast in Paris?",
                Fixtures.passages(Fixtures.REUTERS, Fixtures.KYIV),
                Fixtures.CORPUS));
    System.out.println("live off-topic (" + off.answerer() + "): " + off.text());
    assertThat(off.text()).doesNotContain("breakfast");
  }
}
