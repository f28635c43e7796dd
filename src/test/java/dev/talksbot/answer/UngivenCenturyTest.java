package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question for a century is not answered by a best sentence that gives none (invented places and
 * bodies).
 */
class UngivenCenturyTest {
  @Test
  void aQuestionForACenturyIsRefusedByASentenceThatGivesNone(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Wendricht League founded the dock school of Ferrowick for the children of its members.",
        "The Quellmoor guild built the harbour wall of Tarn in the 14th century.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String school =
          "In what century did the Wendricht League found the dock school of Ferrowick?";
      RefusedBy.assertRefusedBy(
          bot, school, "the question asks for a century and the best sentence gives none");
      Answer wall =
          bot.ask("In what century did the Quellmoor guild build the harbour wall of Tarn?");
      assertThat(wall).as(wall.text()).isInstanceOf(Answer.Answered.class);
      assertThat(wall.text()).contains("14th century");
    }
  }
}
