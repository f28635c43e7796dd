package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A further sentence that lacks the figure the question names tells of another group. */
class AskedFigureTest {

  /**
   * "How many of the 40 … were officers?" is answered by the report of the 40 alone; the equally
   * probable report of another group of 90 does not join it.
   */
  @Test
  void aFurtherSentenceWithoutTheAskedFigureDoesNotJoinTheAnswer(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-08-02 By Anna Kovacs, Meridian Post\n\n"
            + "Lutavia and Dormia swapped captured sailors on Friday at the river crossing.\n\n"
            + "Of the 40 sailors returned, 11 were wounded and taken to a naval hospital; the rest"
            + " went home. Among them were 12 officers of the northern fleet.\n");
    Files.writeString(
        dir.resolve("b.txt"),
        " date 2025-08-20 By Tomas Berg, Lakeside Gazette\n\n"
            + "A second swap of captured sailors took place on Sunday at the river crossing.\n\n"
            + "Of the 90 sailors returned to Lutavia, 30 were officers, some of them held since the"
            + " spring; the others were deckhands.\n");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String a = bot.ask("How many of the 40 returned sailors were officers?").text();
      assertThat(a)
          .as(a)
          .startsWith("Of the 40 sailors")
          .contains("12 officers")
          .doesNotContain("90");
    }
  }

  @Test
  void aDayOfAMonthIsNoFigureOfAGroup() {
    assertThat(
            dev.talksbot.nlp.CalendarDates.namesDay(
                "The round is set for September 10 in the capital.", "10"))
        .isTrue();
    assertThat(dev.talksbot.nlp.CalendarDates.namesDay("It opens on 10th September.", "10"))
        .isTrue();
    assertThat(dev.talksbot.nlp.CalendarDates.namesDay("Of the 10 sailors, 3 were officers.", "10"))
        .isFalse();
    assertThat(dev.talksbot.nlp.CalendarDates.namesDay("In September 104 sailors came home.", "10"))
        .isFalse();
  }
}
