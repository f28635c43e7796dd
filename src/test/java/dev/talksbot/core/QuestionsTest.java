package dev.talksbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuestionsTest {
  @Test
  void emptyAndBlankQuestionsAreRejected() {
    for (String q : new String[] {null, "", "   ", "\u200B\u200B", "\t\n"}) {
      assertThatThrownBy(() -> Questions.validate(q))
          .isInstanceOf(InvalidQuestionException.class)
          .hasMessageContaining("empty")
          .satisfies(
              e ->
                  assertThat(((InvalidQuestionException) e).reason())
                      .isEqualTo(InvalidQuestionException.Reason.EMPTY));
    }
  }

  @Test
  void punctuationOnlyIsRejected() {
    assertThatThrownBy(() -> Questions.validate("?!... ¿¡ — 🙂"))
        .isInstanceOf(InvalidQuestionException.class)
        .hasMessageContaining("no words");
  }

  @Test
  void overLongQuestionsAreRejectedWithTheirLength() {
    String q = "why ".repeat(600);
    assertThatThrownBy(() -> Questions.validate(q))
        .isInstanceOf(InvalidQuestionException.class)
        .hasMessageContaining("2,399 characters")
        .hasMessageContaining("2,000");
    assertThat(Questions.validate("a".repeat(2000))).hasSize(2000);
  }

  @Test
  void oddUnicodeIsNormalisedNotRejected() {
    assertThat(Questions.validate("  Ｗｈｏ\u00A0leads\u200B the\u0007 delegation？ "))
        .isEqualTo("Who leads the delegation?");
    assertThat(Questions.validate("Кто возглавляет делегацию?"))
        .isEqualTo("Кто возглавляет делегацию?");
    assertThat(Questions.validate("Erdoğan 🇹🇷 said what?")).contains("Erdoğan");
  }
}
