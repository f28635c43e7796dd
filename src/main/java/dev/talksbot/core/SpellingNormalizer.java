package dev.talksbot.core;

import dev.talksbot.retrieval.Correction;
import dev.talksbot.retrieval.QuestionSpeller;

/**
 * The "read as" step with spelling correction: question words that the index vocabulary lacks and
 * that are no English word are corrected against the vocabulary before retrieval and answering, and
 * the answer says what the question was read as.
 */
final class SpellingNormalizer implements QuestionNormalizer {
  private final QuestionSpeller speller;

  SpellingNormalizer(QuestionSpeller speller) {
    this.speller = speller;
  }

  @Override
  public Normalized normalize(String question) {
    Correction c = speller.correct(question);
    return c.changed()
        ? new Normalized(c.corrected(), c.corrected())
        : new Normalized(question, null);
  }
}
