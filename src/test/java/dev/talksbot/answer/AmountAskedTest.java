package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A "how much" question is not answered by a best sentence that gives no amount, however well it
 * matches the question's words (invented people and places).
 */
class AmountAskedTest {
  @Test
  void aSentenceThatGivesNoAmountDoesNotAnswerHowMuch(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        "2025-05-03",
        "Anna Berg, Brennick Herald",
        "Thirty dock workers were freed by Lutavia on Thursday after the talks in Quellmoor.",
        "Castrovia paid for the charter flight that took the workers home, its envoy Tom Reed"
            + " said, and will do so for as long as it takes.",
        "The ports authority spent 40,000 euros on new cranes in Ferrowick last year.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      var a = bot.ask("How much did Castrovia pay for the charter flight for the workers?");
      assertThat(a.refused()).as(a.text()).isTrue();
      var b = bot.ask("How much did the ports authority spend on new cranes?");
      assertThat(b.refused()).as(b.text()).isFalse();
      assertThat(b.text()).contains("40,000 euros");
    }
  }
}
