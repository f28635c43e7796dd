package dev.talksbot.core;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.retrieval.Correction;
import dev.talksbot.retrieval.QuestionSpeller;

/**
 * The "read as" step with spelling correction: question words that the index vocabulary lacks and
 * that are no English word are corrected against the vocabulary before retrieval and answering, and
 * the answer says what the question was read as. Chat shorthand is spelled out first ("wen is the
 * nxt round" → "when is the next round", {@link ChatShorthand}), and an abbreviation typed in lower
 * case where only the name can stand gets its capitals back ("the us" → "the US").
 */
final class SpellingNormalizer implements QuestionNormalizer {
  private final QuestionSpeller speller;

  SpellingNormalizer(QuestionSpeller speller) {
    this.speller = speller;
  }

  @Override
  public Normalized normalize(String question) {
    String cased = TextAnalysis.capitaliseAbbreviations(ChatShorthand.expand(question));
    Correction c = speller.correct(cased);
    if (c.changed()) return new Normalized(c.corrected(), c.corrected());
    return cased.equals(question) ? new Normalized(question, null) : new Normalized(cased, cased);
  }
}
