package dev.talksbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OverviewRequestTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Summarize the prisoner exchanges | the prisoner exchanges",
        "summarise the sanctions debate, please. | the sanctions debate",
        "Could you please sum up the vote in Lyon? | the vote in Lyon",
        "Please give me a quick overview of the harbour strike | the harbour strike",
        "Give us the rundown on the trade mission! | the trade mission",
        "An overview of the ceasefire talks? | the ceasefire talks",
        "Summary of the summit | the summit",
        "Tell me about the working groups | the working groups",
        "tell us more about the envoy | the envoy",
        "What do you know about Ana Lindqvist? | Ana Lindqvist",
        "Hey, can you fill me in on the grain deal? | the grain deal",
        "catch me up on the strike | the strike",
        "Brief me on the mayor's plan | the mayor's plan",
        "'Summarize, please' | ''",
      })
  void anOverviewRequestNamesItsTopic(String message, String topic) {
    assertThat(OverviewRequest.topic(message)).contains(topic);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Who leads the trade mission?",
        "Can you tell me who leads the trade mission?",
        "What did the minister tell reporters about the summit?",
        "Tell me when the next round is",
        "Was the summary of the report published?",
        "What summarizes the dispute best?",
        "Summarized reports say what?",
        "What is the latest on the strike?",
      })
  void aQuestionAboutOneFactIsNoOverviewRequest(String message) {
    assertThat(OverviewRequest.topic(message)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "What's the latest on the prisoner exchange? | the prisoner exchange",
        "What is the latest news about the harbour strike? | the harbour strike",
        "Any news on the envoy? | the envoy",
        "Are there any updates on the grain deal? | the grain deal",
        "latest on the vote in Lyon | the vote in Lyon",
        "Updates on the fourth round, please | the fourth round",
        "What's new with the trade mission? | the trade mission",
        "Tell me the latest about Ana Lindqvist | Ana Lindqvist",
        "what's the status of the prisoner swap | the prisoner swap",
        "Status of the harbour strike? | the harbour strike",
        "Where do things stand with the grain deal? | the grain deal",
      })
  void aRequestForTheLatestNewsOnATopicNamesIt(String message, String topic) {
    assertThat(OverviewRequest.latestOn(message)).contains(topic);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Who is the new head of the delegation?",
        "When is the new round?",
        "Is the fourth round going ahead?",
        "What did the latest report say about the strike?",
        "Summarize the prisoner exchanges",
        "What's the latest?",
        "What status does the envoy hold?",
        "Where does the delegation stand?",
      })
  void aQuestionWithAWordOfTheNewsIsNoRequestForTheLatestOnATopic(String message) {
    assertThat(OverviewRequest.latestOn(message)).isEmpty();
  }
}
