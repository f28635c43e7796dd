package dev.talksbot.core;

import java.util.Objects;

/**
 * A "read as" step: turns the standalone question into the one retrieval and answering see (e.g.
 * with misspelt words corrected). When it changes the question, the answer says what the question
 * was read as.
 */
@FunctionalInterface
public interface QuestionNormalizer {
  /** Leaves every question as it is. */
  QuestionNormalizer IDENTITY = question -> new Normalized(question, null);

  /**
   * @param question the standalone question (validated, English)
   * @return the question to retrieve and answer with, and what to tell the person it was read as
   */
  Normalized normalize(String question);

  /**
   * A normalized question.
   *
   * @param text the question to retrieve and answer with
   * @param readAs what the person is told the question was read as; null when it was not changed
   */
  record Normalized(String text, String readAs) {
    public Normalized {
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) throw new IllegalArgumentException("a normalized question is blank");
      if (readAs != null && readAs.isBlank()) {
        throw new IllegalArgumentException("readAs is blank: use null when nothing was changed");
      }
    }
  }
}
