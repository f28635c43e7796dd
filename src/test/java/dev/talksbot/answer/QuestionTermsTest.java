package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The terms a sentence must hold to answer a question: not the words it asks with. */
class QuestionTermsTest {
  @Test
  void wordsOfTimeThatAskWithoutNamingAThingAreNoTerms() {
    assertThat(SentenceFeatures.questionTerms("How many families have been rehoused so far?"))
        .contains("famili", "rehous")
        .doesNotContain("far");
    assertThat(SentenceFeatures.questionTerms("Who still leads the council now?"))
        .containsExactlyInAnyOrder("lead", "council");
    assertThat(SentenceFeatures.questionTerms("Has the bridge already reopened, or not yet?"))
        .contains("bridg", "reopen")
        .doesNotContain("alreadi", "already", "yet");
  }
}
