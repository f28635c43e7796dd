package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "In what year …?" is answered with a sentence that names a year: one that names none, however
 * closely it matches the question's words, is set back (here it stays first, set back to a quarter,
 * and the sentence with the year joins it).
 */
class YearAskedTest {
  @Test
  void aSentenceWithoutAYearDoesNotAnswerWhatYear(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        "2025-08-02",
        "Anna Kovacs, Meridian Post",
        "The old harbour of Tarn was built by the navy with granite from the northern quarries.",
        "Fishing boats still use its western pier.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        "2025-08-03",
        "Tom Lind, Baltic Wire",
        "The old harbour of Tarn opened in 1852, the town museum says.",
        "Its lamp was electrified much later.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("In what year was the old harbour of Tarn built by the navy?");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).as(a.text()).contains("The old harbour of Tarn opened in 1852");
    }
  }
}
