package dev.talksbot.core;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.retrieval.Correction;
import dev.talksbot.retrieval.QuestionSpeller;

/**
 * The "read as" step with spelling correction: question words that the index vocabulary lacks and
 * that are no English word are corrected against the vocabulary before retrieval and answering, and
 * the answer says what the question was read as. Chat shorthand is spelled out first ("wen is the
 * nxt round" → "when is the next round", {@link ChatShorthand}), and an abbreviation typed in lower
 * case where only the name can stand gets its capitals back ("the us" → "the US"). A name the
 * coverage has, typed in lower case, is capitalised without saying so ("what did brennick say").
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
    // a name typed in lower case is read as the name it is; not a change to tell the person of
    if (c.changed()) return new Normalized(speller.capitaliseNames(c.corrected()), c.corrected());
    String named = speller.capitaliseNames(cased);
    return new Normalized(named, cased.equals(question) ? null : cased);
  }
}
