package dev.talksbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallTalkTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "thanks!|THANKS",
        "Thank you so much 🙏|THANKS",
        "ok thanks|THANKS",
        "thanks a lot|THANKS",
        "спасибо большое|THANKS",
        "дякую|THANKS",
        "hi|HELLO",
        "Hi there!|HELLO",
        "Good morning|HELLO",
        "привіт|HELLO",
        "ok|OK",
        "Got it, cool.|OK",
        "понятно|OK",
        "What can you do?|HELP",
        "who are you?|HELP",
        "help|HELP",
        "Hi! What can you do?|HELLO",
        "что ты умеешь?|HELP",
        "What sources do you use?|SOURCES",
        "how recent is your information?|SOURCES",
        "Thanks! What are your sources?|THANKS"
      })
  void courtesyIsReadAsItsKind(String message, SmallTalk.Kind kind) {
    assertThat(SmallTalk.of(message)).contains(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "who leads the delegation",
        "thanks, who leads the delegation?",
        "hi, what did they agree?",
        "ok so when is the next round",
        "Is there a ceasefire?",
        "thanks thanks thanks thanks thanks thanks thanks",
        "so",
        "there",
        "you?",
        "What do you know about the envoy?",
        "What can you do about the strike?",
        "What sources said the mayor resigned?"
      })
  void aQuestionIsNoCourtesy(String message) {
    assertThat(SmallTalk.of(message)).isEqualTo(Optional.empty());
  }
}
