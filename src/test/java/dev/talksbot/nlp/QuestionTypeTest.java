package dev.talksbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionTypeTest {

  @ParameterizedTest(name = "{1} <- {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Who led the delegation to the summit?|PERSON",
        "Whom did the minister meet in Vienna?|PERSON",
        "Whose proposal did the committee accept?|PERSON",
        "Which country's president attended the ceremony?|PERSON",
        "Which official announced the ceasefire?|PERSON",
        "When did the negotiations begin?|DATE",
        "What year was the treaty signed?|DATE",
        "On what date did the truce take effect?|DATE",
        "Which day did the two sides meet?|DATE",
        "In what month was the exchange held?|DATE",
        "How many prisoners were exchanged?|NUMBER",
        "How much money did the donors pledge?|NUMBER",
        "What percentage of voters supported the plan?|NUMBER",
        "What number of soldiers were wounded?|NUMBER",
        "What was the amount of aid promised?|NUMBER",
        "How old was the president when he took office?|NUMBER",
        "How high could the tariffs go?|NUMBER",
        "How wide is the river at the bridge?|NUMBER",
        "What is the population of the city?|NUMBER",
        "Where were the talks held?|PLACE",
        "Which city hosted the summit?|PLACE",
        "What country mediated the talks?|PLACE",
        "In which region did the fighting continue?|PLACE",
        "Which European country sent the most observers?|PLACE",
        "What is the capital of Portugal?|PLACE",
        "Which organization monitored the election?|ORGANISATION",
        "What company built the new bridge?|ORGANISATION",
        "Which political party won the most seats?|ORGANISATION",
        "What news agency first reported the deal?|ORGANISATION",
        "What agency sent the inspectors?|ORGANISATION",
        "What is the name of the company that won the contract?|ORGANISATION",
        "What is the name of the city where they met?|PLACE",
        "What did the minister say about the deal?|OTHER",
        "Why did the talks collapse?|OTHER",
        "What are the terms of the agreement?|OTHER",
        "Did the delegations sign anything?|OTHER",
      })
  void expectedTypeFromWhWordAndHeadNoun(String question, AnswerType expected) {
    assertThat(QuestionType.expected(question)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankQuestionIsRejected(String blank) {
    assertThatThrownBy(() -> QuestionType.expected(blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("question");
  }
}
