package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question about the only one of something is not answered by a sentence that does not say it was
 * the only one (invented places and bodies).
 */
class RestrictingWordTest {
  @Test
  void aQuestionSaysOnlyAndASentenceSaysItOrAWordOfItsSense() {
    assertThat(RestrictingWord.asked("Which was the only port Tarn opened?"))
        .containsExactly("only");
    assertThat(RestrictingWord.asked("Which port did Tarn open?")).isEmpty();
    List<String> only = List.of("only");
    assertThat(RestrictingWord.said("Ferrowick was the only port Tarn opened.", only)).isTrue();
    assertThat(RestrictingWord.said("Tarn opened Ferrowick solely for fishing boats.", only))
        .isTrue();
    assertThat(RestrictingWord.said("Tarn opened Ferrowick in 1921.", only)).isFalse();
    assertThat(RestrictingWord.asked("Who was the only mayor outside of Tarn?"))
        .containsExactly("only", "outside");
    assertThat(RestrictingWord.said("Moen was the only mayor in Tarn.", List.of("only", "outside")))
        .isFalse();
  }

  @Test
  void aQuestionAboutTheRestrictingWordIsRefusedByASentenceThatDoesNotSaySo(@TempDir Path dir)
      throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Wendricht League opened a school for dock workers in Ferrowick in 1921.",
        "Its members in Tarn and Brenn elect a new chair every two years.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String only = "Where did the Wendricht League open its only school for dock workers?";
      RefusedBy.assertRefusedBy(
          bot, only, "the best sentence does not say the question's restricting word");
      Answer answered = bot.ask("Where did the Wendricht League open a school for dock workers?");
      assertThat(answered).as(answered.text()).isInstanceOf(Answer.Answered.class);
      assertThat(answered.text()).contains("Ferrowick");
    }
  }
}
