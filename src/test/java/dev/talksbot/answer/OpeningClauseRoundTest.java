package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A best sentence whose opening clause speaks of another round does not answer a question about
 * this one, though a later clause matches the question better (invented parties and places).
 */
class OpeningClauseRoundTest {
  @Test
  void theOpeningClausesOtherRoundRulesTheSentenceOut(@TempDir Path dir) throws Exception {
    assertThat(Refusal.openingClause("The third round ended, but the talks went on."))
        .isEqualTo("The third round ended");
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The third round of talks between Lutavia and Brennick lasted barely forty minutes in"
            + " Tarn on Wednesday, but negotiators left with a staged exchange of 500 prisoners"
            + " from each side.",
        "The harbour of Tarn was closed to ferries for the day.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      RefusedBy.assertRefusedBy(
          bot,
          "How many prisoners were exchanged at the fifth round?",
          "the best sentence speaks of another round or of the opposite");
      Answer third = bot.ask("How many prisoners were exchanged at the third round?");
      assertThat(third).as(third.text()).isInstanceOf(Answer.Answered.class);
      assertThat(third.text()).contains("500 prisoners");
    }
  }
}
