package dev.talksbot.retrieval;

import java.util.List;
import java.util.Objects;

/**
 * What a question was read as: the question as asked, as corrected, and the words changed, in
 * order.
 *
 * @param original the question as asked
 * @param corrected the question with each typo replaced (equal to {@code original} when nothing was
 *     changed)
 * @param fixes the words replaced, in the order they occur
 */
public record Correction(String original, String corrected, List<Correction.Fix> fixes) {
  public Correction {
    Objects.requireNonNull(original, "original question must not be null");
    Objects.requireNonNull(corrected, "corrected question must not be null");
    Objects.requireNonNull(fixes, "fixes must not be null (use an empty list)");
    fixes = List.copyOf(fixes);
    if (fixes.isEmpty() && !corrected.equals(original)) {
      throw new IllegalArgumentException(
          "corrected question differs from the original but no fix says why: '"
              + original
              + "' -> '"
              + corrected
              + "'");
    }
    if (!fixes.isEmpty() && corrected.equals(original)) {
      throw new IllegalArgumentException(
          "fixes " + fixes + " given but the question is unchanged: '" + original + "'");
    }
  }

  /** The question unchanged. */
  public static Correction none(String question) {
    return new Correction(question, question, List.of());
  }

  /** True when at least one word was corrected. */
  public boolean changed() {
    return !fixes.isEmpty();
  }

  /**
   * One replaced word.
   *
   * @param from the word as written in the question
   * @param to the coverage word it was read as
   */
  public record Fix(String from, String to) {
    public Fix {
      if (from == null || from.isBlank()) {
        throw new IllegalArgumentException("a fix needs the word as written, got '" + from + "'");
      }
      if (to == null || to.isBlank()) {
        throw new IllegalArgumentException("a fix of '" + from + "' needs a replacement word");
      }
      if (from.equals(to)) {
        throw new IllegalArgumentException("a fix must change the word, got '" + from + "' twice");
      }
    }
  }
}
