package dev.talksbot.answer.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.talksbot.answer.Answerer;
import dev.talksbot.config.ConfigException;
import dev.talksbot.config.LlmSettings;
import dev.talksbot.config.TalksbotConfig;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the configured answerer and question rewriter (the core calls this once at start). */
public final class LlmAnswerers {
  private static final Logger log = LoggerFactory.getLogger(LlmAnswerers.class);
  public static final String OPENAI_DEFAULT_URL = "https://api.openai.com/v1";
  public static final String OPENAI_DEFAULT_MODEL = "gpt-4o-mini";
  public static final String OLLAMA_DEFAULT_URL = "http://127.0.0.1:11434";
  public static final String OLLAMA_DEFAULT_MODEL = "llama3.1:8b";

  private LlmAnswerers() {}

  /**
   * The answerer for questions, the rewriter for follow-ups, and whether answers are generated.
   *
   * @param extractive the extractive answerer, also the fallback of the LLM answerer
   */
  public record Setup(Answerer answerer, QuestionRewriter rewriter) {
    public boolean generative() {
      return answerer instanceof LlmAnswerer;
    }
  }

  /**
   * For {@code answerer: extractive} the extractive answerer and the rule-based rewriter; for
   * openai/ollama the prompts are loaded and the model built.
   *
   * @throws ConfigException when the prompts are broken or the API key's variable is unset
   */
  public static Setup create(TalksbotConfig config, Answerer extractive, LlmEnvironment env) {
    RuleBasedRewriter rules = new RuleBasedRewriter();
    if (!config.usesLlm()) return new Setup(extractive, rules);
    Prompts prompts = Prompts.load(env.promptsDir());
    LlmClient client = client(config, env);
    LlmSettings s = config.llm();
    LlmAnswerer answerer =
        new LlmAnswerer(
            client,
            prompts.answer(),
            extractive,
            new SupportCheck(s.minSupport()),
            config.topic(),
            config.answer().maxSentences());
    return new Setup(answerer, new LlmRewriter(client, prompts.rewrite(), rules, config.topic()));
  }

  /**
   * The model client for {@code config.answerer()} (openai or ollama), behind a circuit breaker.
   */
  public static LlmClient client(TalksbotConfig config, LlmEnvironment env) {
    LlmSettings s = config.llm();
    String provider = config.answerer().configName();
    CircuitBreaker breaker =
        new CircuitBreaker(
            "llm " + provider, s.circuitFailures(), Duration.ofSeconds(s.circuitOpenSeconds()));
    ChatModel model;
    String key = null;
    switch (provider) {
      case "openai" -> {
        key = env.env().get(s.apiKeyEnv());
        if (key == null || key.isBlank()) {
          throw new ConfigException(
              "answerer 'openai' needs an API key in the environment variable "
                  + s.apiKeyEnv()
                  + ", which is not set (a local server that ignores keys accepts any value)");
        }
        String url = s.baseUrl() != null ? s.baseUrl() : OPENAI_DEFAULT_URL;
        String name = s.model() != null ? s.model() : OPENAI_DEFAULT_MODEL;
        model =
            OpenAiChatModel.builder()
                .baseUrl(url)
                .apiKey(key)
                .modelName(name)
                .timeout(Duration.ofSeconds(s.timeoutSeconds()))
                .maxRetries(s.maxRetries())
                .maxTokens(s.maxTokens())
                .temperature(s.temperature())
                .build();
        log.info("answerer openai: model {} at {}", name, url);
      }
      case "ollama" -> {
        String url = s.baseUrl() != null ? s.baseUrl() : OLLAMA_DEFAULT_URL;
        String name = s.model() != null ? s.model() : OLLAMA_DEFAULT_MODEL;
        model =
            OllamaChatModel.builder()
                .baseUrl(url)
                .modelName(name)
                .timeout(Duration.ofSeconds(s.timeoutSeconds()))
                .maxRetries(s.maxRetries())
                .numPredict(s.maxTokens())
                .temperature(s.temperature())
                .build();
        log.info("answerer ollama: model {} at {}", name, url);
      }
      default -> throw new ConfigException("answerer '" + provider + "' is not a language model");
    }
    return new LlmClient(provider, model, breaker, key);
  }
}
