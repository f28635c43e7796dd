package dev.talksbot.config;

/**
 * The language model endpoint ({@code answerer: openai | ollama}).
 *
 * @param baseUrl the endpoint; default {@code https://api.openai.com/v1} for openai and {@code
 *     http://127.0.0.1:11434} for ollama; env {@code TALKSBOT_LLM_BASE_URL}
 * @param model the model name; default {@code gpt-4o-mini} for openai and {@code llama3.1:8b} for
 *     ollama; env {@code TALKSBOT_LLM_MODEL}
 * @param apiKeyEnv the environment variable holding the API key (openai only)
 * @param timeoutSeconds how long one call may take
 * @param maxRetries retries of a failed call (timeouts, 429, 5xx) before falling back
 * @param maxTokens the longest answer the model may write, in tokens
 * @param temperature sampling temperature (0..2)
 * @param minSupport least share (0..1) of a generated sentence's content words that must appear in
 *     the passages it cites for the sentence to be kept
 * @param circuitFailures consecutive failures after which the model is not called for a while
 * @param circuitOpenSeconds how long the model is not called after that
 */
public record LlmSettings(
    String baseUrl,
    String model,
    String apiKeyEnv,
    Integer timeoutSeconds,
    Integer maxRetries,
    Integer maxTokens,
    Double temperature,
    Double minSupport,
    Integer circuitFailures,
    Integer circuitOpenSeconds) {
  public static final String DEFAULT_API_KEY_ENV = "OPENAI_API_KEY";

  public LlmSettings {
    if (baseUrl != null && baseUrl.isBlank()) baseUrl = null;
    if (model != null && model.isBlank()) model = null;
    if (apiKeyEnv == null || apiKeyEnv.isBlank()) apiKeyEnv = DEFAULT_API_KEY_ENV;
    if (timeoutSeconds == null) timeoutSeconds = 60;
    if (maxRetries == null) maxRetries = 1;
    if (maxTokens == null) maxTokens = 600;
    if (temperature == null) temperature = 0.0;
    if (minSupport == null) minSupport = 0.6;
    if (circuitFailures == null) circuitFailures = 3;
    if (circuitOpenSeconds == null) circuitOpenSeconds = 60;
    if (baseUrl != null && !baseUrl.matches("(?i)https?://[^\\s/]+.*")) {
      throw new ConfigException(
          "llm.baseUrl must be an http:// or https:// URL, got '" + baseUrl + "'");
    }
    if (!apiKeyEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new ConfigException(
          "llm.apiKeyEnv must be the name of an environment variable, got '" + apiKeyEnv + "'");
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 600) {
      throw new ConfigException("llm.timeoutSeconds must be 1..600, got " + timeoutSeconds);
    }
    if (maxRetries < 0 || maxRetries > 5) {
      throw new ConfigException("llm.maxRetries must be 0..5, got " + maxRetries);
    }
    if (maxTokens < 16 || maxTokens > 8192) {
      throw new ConfigException("llm.maxTokens must be 16..8192, got " + maxTokens);
    }
    if (temperature < 0 || temperature > 2) {
      throw new ConfigException("llm.temperature must be in 0..2, got " + temperature);
    }
    if (minSupport < 0 || minSupport > 1) {
      throw new ConfigException("llm.minSupport must be in 0..1, got " + minSupport);
    }
    if (circuitFailures < 1 || circuitOpenSeconds < 1) {
      throw new ConfigException("llm.circuitFailures and llm.circuitOpenSeconds must be >= 1");
    }
  }

  public static LlmSettings defaults() {
    return new LlmSettings(null, null, null, null, null, null, null, null, null, null);
  }

  public LlmSettings withBaseUrl(String url) {
    return Records.with(this, "baseUrl", url);
  }

  public LlmSettings withModel(String name) {
    return Records.with(this, "model", name);
  }
}
