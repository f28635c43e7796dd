package dev.talksbot.core;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.retrieval.Correction;
import dev.talksbot.retrieval.QuestionSpeller;

/**
 * The "read as" step with spelling correction: question words that the index vocabulary lacks and
 * that are no English word are corrected against the vocabulary before retrieval and answering, and
 * the answer says what the question was read as. An abbreviation typed in lower case where only the
 * name can stand gets its capitals back first ("the us" → "the US").
 */
final class SpellingNormalizer implements QuestionNormalizer {
  private final QuestionSpeller speller;

  SpellingNormalizer(QuestionSpeller speller) {
    this.speller = speller;
  }

  @Override
  public Normalized normalize(String question) {
    String cased = TextAnalysis.capitaliseAbbreviations(question);
    Correction c = speller.correct(cased);
    if (c.changed()) return new Normalized(c.corrected(), c.corrected());
    return cased.equals(question) ? new Normalized(question, null) : new Normalized(cased, cased);
  }
}
