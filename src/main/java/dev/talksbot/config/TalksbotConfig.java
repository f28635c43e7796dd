package dev.talksbot.config;

import java.nio.file.Path;

/**
 * The whole configuration, as read from {@code config/talksbot.yaml} and overridden by the
 * environment. Every section has defaults, so a missing key means "use the default"; an unknown key
 * or a wrong type is a startup error (see {@link ConfigLoader}).
 *
 * @param dataDir where built data (index) and state live; env {@code TALKSBOT_DATA_DIR}
 * @param corpusDir the raw articles that {@code ./talksbot index} builds from; env {@code
 *     TALKSBOT_CORPUS_DIR}
 * @param topic how the bot names what its coverage is about (used in greetings and refusals)
 * @param answerer which answerer builds answers: {@code extractive} (the default, offline one),
 *     {@code openai} (any OpenAI-compatible endpoint) or {@code ollama}; env {@code
 *     TALKSBOT_ANSWERER}
 * @param llm the language model endpoint used when {@code answerer} is {@code openai} or {@code
 *     ollama}
 * @param conversation per-chat memory for follow-up questions
 * @param telegram the Telegram bot ({@code ./talksbot serve})
 * @param alerts update alerts: subscriptions, new coverage from files and feeds, delivery
 */
public record TalksbotConfig(
    Path dataDir,
    Path corpusDir,
    String topic,
    String answerer,
    EmbeddingSettings embedding,
    ChunkingSettings chunking,
    RetrievalSettings retrieval,
    AnswerSettings answer,
    LlmSettings llm,
    ConversationSettings conversation,
    TelegramSettings telegram,
    AlertsSettings alerts) {

  /** The answerers this build knows. */
  public static final java.util.List<String> ANSWERERS =
      java.util.List.of("extractive", "openai", "ollama");

  public static final String DEFAULT_TOPIC = "the Russia–Ukraine peace talks in Istanbul (2025)";

  public TalksbotConfig {
    if (dataDir == null) dataDir = Path.of("index", "data");
    if (corpusDir == null) corpusDir = Path.of("index", "corpus");
    if (topic == null || topic.isBlank()) topic = DEFAULT_TOPIC;
    if (answerer == null || answerer.isBlank()) answerer = "extractive";
    if (!ANSWERERS.contains(answerer)) {
      throw new IllegalArgumentException(
          "answerer must be one of extractive, openai, ollama, got '" + answerer + "'");
    }
    if (embedding == null) embedding = new EmbeddingSettings(null);
    if (chunking == null) chunking = new ChunkingSettings(null, null);
    if (retrieval == null)
      retrieval = new RetrievalSettings(null, null, null, null, null, null, null);
    if (answer == null) answer = new AnswerSettings(null, null, null, null);
    if (llm == null) llm = LlmSettings.defaults();
    if (conversation == null) conversation = new ConversationSettings(null, null, null);
    if (telegram == null) telegram = TelegramSettings.defaults();
    if (alerts == null) alerts = AlertsSettings.defaults();
  }

  /** True when answers come from a language model. */
  public boolean usesLlm() {
    return !answerer.equals("extractive");
  }

  /** Defaults for everything; paths relative to the working directory. */
  public static TalksbotConfig defaults() {
    return new TalksbotConfig(
        null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public TalksbotConfig withDataDir(Path dir) {
    return new TalksbotConfig(
        dir,
        corpusDir,
        topic,
        answerer,
        embedding,
        chunking,
        retrieval,
        answer,
        llm,
        conversation,
        telegram,
        alerts);
  }

  public TalksbotConfig withCorpusDir(Path dir) {
    return new TalksbotConfig(
        dataDir,
        dir,
        topic,
        answerer,
        embedding,
        chunking,
        retrieval,
        answer,
        llm,
        conversation,
        telegram,
        alerts);
  }

  public TalksbotConfig withTelegram(TelegramSettings t) {
    return new TalksbotConfig(
        dataDir,
        corpusDir,
        topic,
        answerer,
        embedding,
        chunking,
        retrieval,
        answer,
        llm,
        conversation,
        t,
        alerts);
  }

  public TalksbotConfig withAlerts(AlertsSettings a) {
    return new TalksbotConfig(
        dataDir,
        corpusDir,
        topic,
        answerer,
        embedding,
        chunking,
        retrieval,
        answer,
        llm,
        conversation,
        telegram,
        a);
  }

  public TalksbotConfig withAnswerer(String name) {
    return new TalksbotConfig(
        dataDir,
        corpusDir,
        topic,
        name,
        embedding,
        chunking,
        retrieval,
        answer,
        llm,
        conversation,
        telegram,
        alerts);
  }

  public TalksbotConfig withLlm(LlmSettings settings) {
    return new TalksbotConfig(
        dataDir,
        corpusDir,
        topic,
        answerer,
        embedding,
        chunking,
        retrieval,
        answer,
        settings,
        conversation,
        telegram,
        alerts);
  }

  /** Index directory inside the data dir. */
  public Path indexDir() {
    return dataDir.resolve("lucene");
  }

  /**
   * @param model the in-process ONNX embedding model: {@code bge-small-en-v15-q} (default) or
   *     {@code all-minilm-l6-v2-q}
   */
  public record EmbeddingSettings(String model) {
    public EmbeddingSettings {
      if (model == null) model = "bge-small-en-v15-q";
      if (!model.equals("bge-small-en-v15-q") && !model.equals("all-minilm-l6-v2-q")) {
        throw new IllegalArgumentException(
            "embedding.model must be bge-small-en-v15-q or all-minilm-l6-v2-q, got '"
                + model
                + "'");
      }
    }
  }

  /**
   * @param targetChars paragraphs shorter than this are merged with the next one
   * @param maxChars paragraphs longer than this are split at sentence boundaries
   */
  public record ChunkingSettings(Integer targetChars, Integer maxChars) {
    public ChunkingSettings {
      if (targetChars == null) targetChars = 300;
      if (maxChars == null) maxChars = 700;
      if (targetChars < 1 || maxChars < targetChars) {
        throw new IllegalArgumentException(
            "chunking: need 1 <= targetChars <= maxChars, got " + targetChars + "/" + maxChars);
      }
    }
  }

  /**
   * @param bm25K1 BM25 k1
   * @param bm25B BM25 b
   * @param candidates hits taken from each retriever (BM25, kNN) before fusion
   * @param rrfK the k constant of reciprocal rank fusion
   * @param bm25Weight weight of the BM25 ranking in the fusion
   * @param denseWeight weight of the dense (kNN) ranking in the fusion
   * @param passages passages handed to the answerer
   */
  public record RetrievalSettings(
      Double bm25K1,
      Double bm25B,
      Integer candidates,
      Integer rrfK,
      Double bm25Weight,
      Double denseWeight,
      Integer passages) {
    public RetrievalSettings {
      if (bm25K1 == null) bm25K1 = 0.9;
      if (bm25B == null) bm25B = 0.4;
      if (candidates == null) candidates = 100;
      if (rrfK == null) rrfK = 40; // tuned on SciFact train, see docs/evaluation.md
      if (bm25Weight == null) bm25Weight = 1.0;
      if (denseWeight == null) denseWeight = 2.0; // tuned on SciFact train
      if (passages == null) passages = 8;
      if (bm25K1 < 0 || bm25B < 0 || bm25B > 1) {
        throw new IllegalArgumentException("retrieval: bm25K1 >= 0 and 0 <= bm25B <= 1");
      }
      if (candidates < 1 || rrfK < 1 || passages < 1) {
        throw new IllegalArgumentException("retrieval: candidates, rrfK and passages must be >= 1");
      }
      if (bm25Weight < 0 || denseWeight < 0 || bm25Weight + denseWeight == 0) {
        throw new IllegalArgumentException("retrieval: weights must be >= 0 and not both 0");
      }
    }
  }

  /**
   * @param maxSentences sentences in a short answer
   * @param maxWords soft word budget of a short answer
   * @param minConfidence answer only when the selector's answerability probability reaches this
   *     (0..1); null = the threshold calibrated with the model (raise it to refuse more, lower it
   *     to answer more)
   * @param summarySentences sentences in a summary (4..6)
   */
  public record AnswerSettings(
      Integer maxSentences, Integer maxWords, Double minConfidence, Integer summarySentences) {
    public AnswerSettings {
      if (maxSentences == null) maxSentences = 3;
      if (maxWords == null) maxWords = 80;
      if (summarySentences == null) summarySentences = 5;
      if (maxSentences < 1 || maxWords < 10) {
        throw new IllegalArgumentException("answer: maxSentences >= 1 and maxWords >= 10");
      }
      if (minConfidence != null && (minConfidence < 0 || minConfidence > 1)) {
        throw new IllegalArgumentException("answer: minConfidence must be in 0..1");
      }
      if (summarySentences < 4 || summarySentences > 6) {
        throw new IllegalArgumentException("answer: summarySentences must be 4..6");
      }
    }
  }

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
   * @param minSupport least share (0..1) of a generated sentence's content words that must appear
   *     in the passages it cites for the sentence to be kept
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
        throw new IllegalArgumentException(
            "llm.baseUrl must be an http:// or https:// URL, got '" + baseUrl + "'");
      }
      if (!apiKeyEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new IllegalArgumentException(
            "llm.apiKeyEnv must be the name of an environment variable, got '" + apiKeyEnv + "'");
      }
      if (timeoutSeconds < 1 || timeoutSeconds > 600) {
        throw new IllegalArgumentException(
            "llm.timeoutSeconds must be 1..600, got " + timeoutSeconds);
      }
      if (maxRetries < 0 || maxRetries > 5) {
        throw new IllegalArgumentException("llm.maxRetries must be 0..5, got " + maxRetries);
      }
      if (maxTokens < 16 || maxTokens > 8192) {
        throw new IllegalArgumentException("llm.maxTokens must be 16..8192, got " + maxTokens);
      }
      if (temperature < 0 || temperature > 2) {
        throw new IllegalArgumentException("llm.temperature must be in 0..2, got " + temperature);
      }
      if (minSupport < 0 || minSupport > 1) {
        throw new IllegalArgumentException("llm.minSupport must be in 0..1, got " + minSupport);
      }
      if (circuitFailures < 1 || circuitOpenSeconds < 1) {
        throw new IllegalArgumentException(
            "llm.circuitFailures and llm.circuitOpenSeconds must be >= 1");
      }
    }

    public static LlmSettings defaults() {
      return new LlmSettings(null, null, null, null, null, null, null, null, null, null);
    }

    public LlmSettings withBaseUrl(String url) {
      return new LlmSettings(
          url,
          model,
          apiKeyEnv,
          timeoutSeconds,
          maxRetries,
          maxTokens,
          temperature,
          minSupport,
          circuitFailures,
          circuitOpenSeconds);
    }

    public LlmSettings withModel(String name) {
      return new LlmSettings(
          baseUrl,
          name,
          apiKeyEnv,
          timeoutSeconds,
          maxRetries,
          maxTokens,
          temperature,
          minSupport,
          circuitFailures,
          circuitOpenSeconds);
    }
  }

  /**
   * Per-chat memory used to understand follow-up questions.
   *
   * @param maxChats chats remembered at once (the least recently active is forgotten first)
   * @param maxTurns questions remembered per chat
   * @param expireMinutes a chat idle this long is forgotten
   */
  public record ConversationSettings(Integer maxChats, Integer maxTurns, Integer expireMinutes) {
    public ConversationSettings {
      if (maxChats == null) maxChats = 10_000;
      if (maxTurns == null) maxTurns = 4;
      if (expireMinutes == null) expireMinutes = 30;
      if (maxChats < 1 || maxTurns < 1 || expireMinutes < 1) {
        throw new IllegalArgumentException(
            "conversation: maxChats, maxTurns and expireMinutes must be >= 1");
      }
    }
  }

  /**
   * The Telegram bot ({@code ./talksbot serve}). The token itself never lives in this file: it
   * comes from {@code TELEGRAM_BOT_TOKEN} or from the untracked file {@code tokenFile} names.
   *
   * @param mode {@code polling} (default, long polling) or {@code webhook}
   * @param apiUrl Bot API base URL, scheme://host[:port] without a path; env {@code
   *     TALKSBOT_TELEGRAM_API_URL}
   * @param tokenFile a file holding the bot token (used when {@code TELEGRAM_BOT_TOKEN} is unset)
   * @param workers threads answering updates
   * @param queueCapacity updates waiting for a worker before polling pauses
   * @param questionsPerMinute per-user flood limit (0 = no limit)
   * @param maxQuestionChars longest question accepted from Telegram, in characters
   * @param pollTimeoutSeconds long-poll timeout of getUpdates
   * @param requestTimeoutSeconds timeout of one Bot API call (sending, editing, ...)
   * @param sendAttempts attempts per call on 5xx and network errors (429 waits do not count)
   * @param shutdownSeconds how long a stop waits for answers in flight
   * @param webhook the webhook server (used when {@code mode} is {@code webhook})
   * @param feedback whether answers carry 👍/👎 buttons whose presses are stored (default false)
   * @param inlineCacheSeconds how long an inline-mode answer is cached per question, by the bot and
   *     by Telegram (0..3600, default 60; 0 = not cached)
   */
  public record TelegramSettings(
      String mode,
      String apiUrl,
      Path tokenFile,
      Integer workers,
      Integer queueCapacity,
      Integer questionsPerMinute,
      Integer maxQuestionChars,
      Integer pollTimeoutSeconds,
      Integer requestTimeoutSeconds,
      Integer sendAttempts,
      Integer shutdownSeconds,
      WebhookSettings webhook,
      // --- issue 12 (Telegram): answer feedback buttons, inline-mode cache ---
      Boolean feedback,
      Integer inlineCacheSeconds) {
    public static final String DEFAULT_API_URL = "https://api.telegram.org";

    public TelegramSettings {
      if (mode == null || mode.isBlank()) mode = "polling";
      if (!mode.equals("polling") && !mode.equals("webhook")) {
        throw new IllegalArgumentException(
            "telegram.mode must be polling or webhook, got '" + mode + "'");
      }
      if (apiUrl == null || apiUrl.isBlank()) apiUrl = DEFAULT_API_URL;
      apiUrl = checkApiUrl(apiUrl.strip());
      if (workers == null) workers = 4;
      if (queueCapacity == null) queueCapacity = 1000;
      if (questionsPerMinute == null) questionsPerMinute = 10;
      if (maxQuestionChars == null) maxQuestionChars = 1000;
      if (pollTimeoutSeconds == null) pollTimeoutSeconds = 50;
      if (requestTimeoutSeconds == null) requestTimeoutSeconds = 30;
      if (sendAttempts == null) sendAttempts = 5;
      if (shutdownSeconds == null) shutdownSeconds = 20;
      if (webhook == null) webhook = new WebhookSettings(null, null, null, null, null);
      if (feedback == null) feedback = false;
      if (inlineCacheSeconds == null) inlineCacheSeconds = 60;
      if (inlineCacheSeconds < 0 || inlineCacheSeconds > 3600) {
        throw new IllegalArgumentException("telegram.inlineCacheSeconds must be 0..3600");
      }
      if (workers < 1 || workers > 64)
        throw new IllegalArgumentException("telegram.workers must be 1..64");
      if (queueCapacity < 1)
        throw new IllegalArgumentException("telegram.queueCapacity must be >= 1");
      if (questionsPerMinute < 0) {
        throw new IllegalArgumentException(
            "telegram.questionsPerMinute must be >= 0 (0 = no limit)");
      }
      if (maxQuestionChars < 1 || maxQuestionChars > 2000) {
        throw new IllegalArgumentException("telegram.maxQuestionChars must be 1..2000");
      }
      if (pollTimeoutSeconds < 0 || pollTimeoutSeconds > 100) {
        throw new IllegalArgumentException("telegram.pollTimeoutSeconds must be 0..100");
      }
      if (requestTimeoutSeconds < 1 || requestTimeoutSeconds > 600) {
        throw new IllegalArgumentException("telegram.requestTimeoutSeconds must be 1..600");
      }
      if (sendAttempts < 1 || sendAttempts > 20) {
        throw new IllegalArgumentException("telegram.sendAttempts must be 1..20");
      }
      if (shutdownSeconds < 0 || shutdownSeconds > 600) {
        throw new IllegalArgumentException("telegram.shutdownSeconds must be 0..600");
      }
    }

    public static TelegramSettings defaults() {
      return new TelegramSettings(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static String checkApiUrl(String url) {
      java.net.URI u;
      try {
        u = new java.net.URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException("telegram.apiUrl is not a URL: '" + url + "'");
      }
      if (u.getScheme() == null
          || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
          || u.getHost() == null
          || (u.getPath() != null && !u.getPath().isEmpty())
          || u.getQuery() != null
          || u.getUserInfo() != null) {
        throw new IllegalArgumentException(
            "telegram.apiUrl must look like https://api.telegram.org or http://127.0.0.1:8081 "
                + "(scheme, host, optional port, no path), got '"
                + url
                + "'");
      }
      return u.toString();
    }

    public TelegramSettings withApiUrl(String url) {
      return new TelegramSettings(
          mode,
          url,
          tokenFile,
          workers,
          queueCapacity,
          questionsPerMinute,
          maxQuestionChars,
          pollTimeoutSeconds,
          requestTimeoutSeconds,
          sendAttempts,
          shutdownSeconds,
          webhook,
          feedback,
          inlineCacheSeconds);
    }

    public TelegramSettings withPaths(Path tokenFile, WebhookSettings webhook) {
      return new TelegramSettings(
          mode,
          apiUrl,
          tokenFile,
          workers,
          queueCapacity,
          questionsPerMinute,
          maxQuestionChars,
          pollTimeoutSeconds,
          requestTimeoutSeconds,
          sendAttempts,
          shutdownSeconds,
          webhook,
          feedback,
          inlineCacheSeconds);
    }
  }

  /**
   * @param host address the webhook server binds to
   * @param port port it listens on
   * @param path the URL path Telegram posts updates to
   * @param publicUrl the public https URL Telegram should call (registered with setWebhook at
   *     start); empty = register it yourself
   * @param secretFile a file holding the secret token Telegram sends with every request (used when
   *     {@code TELEGRAM_WEBHOOK_SECRET} is unset)
   */
  public record WebhookSettings(
      String host, Integer port, String path, String publicUrl, Path secretFile) {
    public WebhookSettings {
      if (host == null || host.isBlank()) host = "127.0.0.1";
      if (port == null) port = 8443;
      if (path == null || path.isBlank()) path = "/telegram";
      if (!path.startsWith("/")) path = "/" + path;
      if (publicUrl != null && publicUrl.isBlank()) publicUrl = null;
      if (port < 0 || port > 65535)
        throw new IllegalArgumentException("telegram.webhook.port must be 0..65535");
      if (publicUrl != null
          && !publicUrl.startsWith("https://")
          && !publicUrl.startsWith("http://")) {
        throw new IllegalArgumentException("telegram.webhook.publicUrl must be an https:// URL");
      }
    }

    public WebhookSettings withSecretFile(Path file) {
      return new WebhookSettings(host, port, path, publicUrl, file);
    }
  }
}
