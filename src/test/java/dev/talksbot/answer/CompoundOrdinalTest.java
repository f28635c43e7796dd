package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.index.TextAnalysis;
import org.junit.jupiter.api.Test;

/**
 * An ordinal qualifies the whole compound after it: "the first dock group meeting" asks about the
 * first meeting, which "its second meeting" is not (invented places).
 */
class CompoundOrdinalTest {
  private static QuestionShape shape(String q) {
    return QuestionShape.of(q, SentenceFeatures.questionTerms(q));
  }

  @Test
  void anotherOrdinalBeforeTheCompoundsLastWordIsAnotherRound() {
    QuestionShape s = shape("How long did the first dock group meeting in Quellmoor last?");
    assertThat(
            s.otherRound(
                TextAnalysis.terms(
                    "At its second meeting in Quellmoor on May 26, that group agreed to reopen"
                        + " the docks.")))
        .isTrue();
    assertThat(
            s.otherRound(
                TextAnalysis.terms("The dock group met for the first time in Quellmoor on May 5.")))
        .isFalse();
  }

  @Test
  void aWordWithAntonymsQualifiesOnlyTheWordAfterIt() {
    QuestionShape s = shape("How long were the short truces Lutavia offered?");
    assertThat(
            s.otherRoundOrOpposite(
                TextAnalysis.terms("Lutavia offered short truces of 24 to 48 hours.")))
        .isFalse();
  }
}
