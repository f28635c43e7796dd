package dev.talksbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatestNewsQuestionTest {
  private static final String TOPIC = "the harbour talks in Freeport (2025)";

  @Test
  void aQuestionThatAsksOnlyForTheLatestNewsOnTheTopicIsOne() {
    assertThat(LatestNewsQuestion.matches("What's the latest on the talks?", TOPIC)).isTrue();
    assertThat(LatestNewsQuestion.matches("Any news?", TOPIC)).isTrue();
    assertThat(LatestNewsQuestion.matches("what is happening now", TOPIC)).isTrue();
    assertThat(LatestNewsQuestion.matches("Tell me the latest", TOPIC)).isTrue();
    assertThat(LatestNewsQuestion.matches("Is there anything new in the Freeport talks?", TOPIC))
        .isTrue();
    assertThat(LatestNewsQuestion.matches("What's up?", TOPIC)).isTrue();
    assertThat(LatestNewsQuestion.matches("what's going on with the talks?", TOPIC)).isTrue();
    assertThat(LatestNewsQuestion.matches("How are things going?", TOPIC)).isTrue();
  }

  @Test
  void aWordOfTheNewsInAQuestionAboutSomethingElseIsNoCue() {
    assertThat(LatestNewsQuestion.matches("Is the fourth round going ahead?", TOPIC)).isFalse();
    assertThat(LatestNewsQuestion.matches("When did the talks break up?", TOPIC)).isFalse();
  }

  @Test
  void aQuestionAboutSomethingIsNotThoughItAsksWhatIsNew() {
    assertThat(LatestNewsQuestion.matches("Any news on the prisoner exchange?", TOPIC)).isFalse();
    assertThat(LatestNewsQuestion.matches("Who is the new head of the delegation?", TOPIC))
        .isFalse();
    assertThat(LatestNewsQuestion.matches("What's the latest on the talks in Oslo?", TOPIC))
        .isFalse();
  }

  /** A request for an overview, in words instead of the /summary command, asks for the same. */
  @Test
  void aRequestForASummaryInWordsIsOne() {
    assertThat(LatestNewsQuestion.matches("summary", TOPIC)).isTrue();
    assertThat(LatestNewsQuestion.matches("Give me a summary please", TOPIC)).isTrue();
    assertThat(LatestNewsQuestion.matches("Can you summarize the talks?", TOPIC)).isTrue();
    assertThat(LatestNewsQuestion.matches("Quick recap?", TOPIC)).isFalse(); // "quick" asks more
    assertThat(LatestNewsQuestion.matches("Summary of the prisoner exchange", TOPIC)).isFalse();
  }

  @Test
  void aQuestionWithoutACueIsNot() {
    assertThat(LatestNewsQuestion.matches("What about the talks?", TOPIC)).isFalse();
    assertThat(LatestNewsQuestion.matches("Where are the talks?", TOPIC)).isFalse();
    assertThat(LatestNewsQuestion.matches("The talks", null)).isFalse();
  }
}
