package dev.talksbot.config;

/**
 * @param maxSentences sentences in a short answer
 * @param maxWords soft word budget of a short answer
 * @param minConfidence answer only when the selector's answerability probability reaches this
 *     (0..1); null = the threshold calibrated with the model (raise it to refuse more, lower it to
 *     answer more)
 * @param summarySentences sentences in a summary (4..6)
 */
public record AnswerSettings(
    Integer maxSentences, Integer maxWords, Double minConfidence, Integer summarySentences) {
  public AnswerSettings {
    if (maxSentences == null) maxSentences = 3;
    if (maxWords == null) maxWords = 80;
    if (summarySentences == null) summarySentences = 6;
    if (maxSentences < 1 || maxWords < 10) {
      throw new ConfigException("answer: maxSentences >= 1 and maxWords >= 10");
    }
    if (minConfidence != null && (minConfidence < 0 || minConfidence > 1)) {
      throw new ConfigException("answer: minConfidence must be in 0..1");
    }
    if (summarySentences < 4 || summarySentences > 6) {
      throw new ConfigException("answer: summarySentences must be 4..6");
    }
  }
}
