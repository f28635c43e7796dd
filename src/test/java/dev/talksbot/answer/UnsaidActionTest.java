package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Who replaced X?" when no report says anyone replaced anyone: the sentences about X's other
 * doings match the rest of the question but answer another one, so the question is refused, while a
 * who-question whose action a report says is answered (invented people and places).
 */
class UnsaidActionTest {
  static void write(Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Lena Marsh, the harbour commissioner, will again lead the Lutavian delegation at the"
            + " dock talks in Quellmoor, officials said on Friday.",
        "Marsh led the delegation in both earlier rounds and is seen as close to the port"
            + " authority.",
        "The exchange of detained dock workers was overseen by Tomas Wendricht, a senior official"
            + " of the Castrovian labour ministry.",
        "The freed workers were taken to hospitals in Ferrowick for checks.");
  }

  @Test
  void whoDidWhatNoReportSaysIsRefused(@TempDir Path dir) throws Exception {
    write(dir);
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("Who replaced Lena Marsh?");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Refused.class);
      assertThat(a.text()).startsWith("The coverage I have does not answer that");
    }
  }

  @Test
  void whoDidWhatAReportSaysIsAnswered(@TempDir Path dir) throws Exception {
    write(dir);
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("Who oversaw the exchange of dock workers?");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).contains("overseen by Tomas Wendricht");
      Answer led = bot.ask("Who led the Lutavian delegation?");
      assertThat(led).as(led.text()).isInstanceOf(Answer.Answered.class);
      assertThat(led.text()).contains("Lena Marsh");
    }
  }
}
