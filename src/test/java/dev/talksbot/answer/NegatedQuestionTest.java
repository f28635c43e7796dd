package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A negated question ("When did X not open …?") is not answered by a sentence that negates nothing
 * ("X opened …"), which says the opposite of what was asked (invented places).
 */
class NegatedQuestionTest {
  @Test
  void aNegatedQuestionWhoseBestSentenceNegatesNothingIsRefused(@TempDir Path dir)
      throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Wendricht League opened three schools in Tarn in 1931, after a long campaign by dock"
            + " workers in Ferrowick.",
        "The league did not open schools in Brenn, citing the cost of the land.",
        "Its members meet every spring in Quellmoor to elect a new board.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer not = bot.ask("When did the Wendricht League not open schools in Tarn?");
      assertThat(not).as(not.text()).isInstanceOf(Answer.Refused.class);
      Answer did = bot.ask("When did the Wendricht League open schools in Tarn?");
      assertThat(did).as(did.text()).isInstanceOf(Answer.Answered.class);
      assertThat(did.text()).contains("1931");
    }
  }
}
