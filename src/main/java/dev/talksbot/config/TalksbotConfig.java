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
 * @param answerer which answerer builds answers ({@code extractive} is the default, offline one)
 */
public record TalksbotConfig(
    Path dataDir,
    Path corpusDir,
    String topic,
    String answerer,
    EmbeddingSettings embedding,
    ChunkingSettings chunking,
    RetrievalSettings retrieval,
    AnswerSettings answer) {

  public static final String DEFAULT_TOPIC = "the Russia–Ukraine peace talks in Istanbul (2025)";

  public TalksbotConfig {
    if (dataDir == null) dataDir = Path.of("index", "data");
    if (corpusDir == null) corpusDir = Path.of("index", "corpus");
    if (topic == null || topic.isBlank()) topic = DEFAULT_TOPIC;
    if (answerer == null || answerer.isBlank()) answerer = "extractive";
    if (!answerer.equals("extractive")) {
      throw new IllegalArgumentException(
          "answerer must be 'extractive' (the only answerer in this build), got '" + answerer + "'");
    }
    if (embedding == null) embedding = new EmbeddingSettings(null);
    if (chunking == null) chunking = new ChunkingSettings(null, null);
    if (retrieval == null) retrieval = new RetrievalSettings(null, null, null, null, null, null, null);
    if (answer == null) answer = new AnswerSettings(null, null, null, null);
  }

  /** Defaults for everything; paths relative to the working directory. */
  public static TalksbotConfig defaults() {
    return new TalksbotConfig(null, null, null, null, null, null, null, null);
  }

  public TalksbotConfig withDataDir(Path dir) {
    return new TalksbotConfig(
        dir, corpusDir, topic, answerer, embedding, chunking, retrieval, answer);
  }

  public TalksbotConfig withCorpusDir(Path dir) {
    return new TalksbotConfig(dataDir, dir, topic, answerer, embedding, chunking, retrieval, answer);
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
            "embedding.model must be bge-small-en-v15-q or all-minilm-l6-v2-q, got '" + model + "'");
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
   * @param minSupport the least question support (0..1) a sentence needs to be used as an answer
   * @param summarySentences sentences in a summary (4..6)
   */
  public record AnswerSettings(
      Integer maxSentences, Integer maxWords, Double minSupport, Integer summarySentences) {
    public AnswerSettings {
      if (maxSentences == null) maxSentences = 3;
      if (maxWords == null) maxWords = 80;
      if (minSupport == null) minSupport = 0.5;
      if (summarySentences == null) summarySentences = 5;
      if (maxSentences < 1 || maxWords < 10) {
        throw new IllegalArgumentException("answer: maxSentences >= 1 and maxWords >= 10");
      }
      if (minSupport < 0 || minSupport > 1) {
        throw new IllegalArgumentException("answer: minSupport must be in 0..1");
      }
      if (summarySentences < 4 || summarySentences > 6) {
        throw new IllegalArgumentException("answer: summarySentences must be 4..6");
      }
    }
  }
}
