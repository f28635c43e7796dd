package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question about the only one of something is not answered by a sentence that does not say it was
 * the only one (invented places and bodies).
 */
class OnlyOneTest {
  @Test
  void aQuestionSaysOnlyAndASentenceSaysItOrAWordOfItsSense() {
    assertThat(OnlyOne.asked("Which was the only port Tarn opened?")).isTrue();
    assertThat(OnlyOne.asked("Which port did Tarn open?")).isFalse();
    assertThat(OnlyOne.said("Ferrowick was the only port Tarn opened.")).isTrue();
    assertThat(OnlyOne.said("Tarn opened Ferrowick solely for fishing boats.")).isTrue();
    assertThat(OnlyOne.said("Tarn opened Ferrowick in 1921.")).isFalse();
  }

  @Test
  void aQuestionAboutTheOnlyOneIsRefusedByASentenceThatDoesNotSaySo(@TempDir Path dir)
      throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Wendricht League opened a school for dock workers in Ferrowick in 1921.",
        "Its members in Tarn and Brenn elect a new chair every two years.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String only = "Where did the Wendricht League open its only school for dock workers?";
      Answer refused = bot.ask(only);
      assertThat(refused).as(refused.text()).isInstanceOf(Answer.Refused.class);
      assertThat(bot.explain(only).scoring().ruledOutBy())
          .isEqualTo("the question asks about the only one and the best sentence does not say so");
      Answer answered = bot.ask("Where did the Wendricht League open a school for dock workers?");
      assertThat(answered).as(answered.text()).isInstanceOf(Answer.Answered.class);
      assertThat(answered.text()).contains("Ferrowick");
    }
  }
}
