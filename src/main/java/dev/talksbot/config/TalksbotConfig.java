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
 * @param ops the health and metrics endpoint of {@code serve}
 * @param storage where the state stores live: SQLite files (default) or PostgreSQL
 */
public record TalksbotConfig(
    Path dataDir,
    Path corpusDir,
    String topic,
    AnswererKind answerer,
    EmbeddingSettings embedding,
    ChunkingSettings chunking,
    RetrievalSettings retrieval,
    AnswerSettings answer,
    LlmSettings llm,
    ConversationSettings conversation,
    TelegramSettings telegram,
    AlertsSettings alerts,
    OpsSettings ops,
    StorageSettings storage) {

  public static final String DEFAULT_TOPIC = "the Russia–Ukraine peace talks in Istanbul (2025)";

  public TalksbotConfig {
    if (dataDir == null) dataDir = Path.of("index", "data");
    if (corpusDir == null) corpusDir = Path.of("index", "corpus");
    if (topic == null || topic.isBlank()) topic = DEFAULT_TOPIC;
    if (answerer == null) answerer = AnswererKind.EXTRACTIVE;
    if (embedding == null) embedding = new EmbeddingSettings(null);
    if (chunking == null) chunking = new ChunkingSettings(null, null);
    if (retrieval == null)
      retrieval = new RetrievalSettings(null, null, null, null, null, null, null);
    if (answer == null) answer = new AnswerSettings(null, null, null, null);
    if (llm == null) llm = LlmSettings.defaults();
    if (conversation == null) conversation = new ConversationSettings(null, null, null);
    if (telegram == null) telegram = TelegramSettings.defaults();
    if (alerts == null) alerts = AlertsSettings.defaults();
    if (ops == null) ops = OpsSettings.defaults();
    if (storage == null) storage = StorageSettings.defaults();
  }

  /** True when answers come from a language model. */
  public boolean usesLlm() {
    return answerer != AnswererKind.EXTRACTIVE;
  }

  /** Defaults for everything; paths relative to the working directory. */
  public static TalksbotConfig defaults() {
    return new TalksbotConfig(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public TalksbotConfig withDataDir(Path dir) {
    return Records.with(this, "dataDir", dir);
  }

  public TalksbotConfig withCorpusDir(Path dir) {
    return Records.with(this, "corpusDir", dir);
  }

  public TalksbotConfig withTelegram(TelegramSettings t) {
    return Records.with(this, "telegram", t);
  }

  public TalksbotConfig withAlerts(AlertsSettings a) {
    return Records.with(this, "alerts", a);
  }

  public TalksbotConfig withAnswerer(AnswererKind kind) {
    return Records.with(this, "answerer", kind);
  }

  /** With the answerer named as in the config file (case-insensitive). */
  public TalksbotConfig withAnswerer(String name) {
    return withAnswerer(AnswererKind.parse(name));
  }

  public TalksbotConfig withLlm(LlmSettings settings) {
    return Records.with(this, "llm", settings);
  }

  public TalksbotConfig withOps(OpsSettings settings) {
    return Records.with(this, "ops", settings);
  }

  public TalksbotConfig withRetrieval(RetrievalSettings settings) {
    return Records.with(this, "retrieval", settings);
  }

  public TalksbotConfig withStorage(StorageSettings settings) {
    return Records.with(this, "storage", settings);
  }

  /** Index directory inside the data dir. */
  public Path indexDir() {
    return dataDir.resolve("lucene");
  }
}
