package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.core.TalksBot;

/** The assertion the reading-rule tests share: a question refused, and by which rule. */
final class RefusedBy {
  private RefusedBy() {}

  /** Asserts that the bot refuses {@code question} and that {@code rule} is why. */
  static void assertRefusedBy(TalksBot bot, String question, String rule) {
    Answer answer = bot.ask(question);
    assertThat(answer).as(answer.text()).isInstanceOf(Answer.Refused.class);
    assertThat(bot.explain(question).scoring().ruledOutBy()).isEqualTo(rule);
  }
}
