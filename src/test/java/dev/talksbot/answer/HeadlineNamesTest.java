package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name the headline gives is the report's own subject: a question naming it is no question about
 * something the passage leaves out (invented places and people).
 */
class HeadlineNamesTest {
  @Test
  void aPlaceNamedOnlyInTheHeadlineIsNoNameThePassageLacks(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        "2025-07-25",
        "Anna Kovacs, Meridian Post",
        "Quellmoor round ends with a dock deal and three standing working groups",
        "The third round of talks between Lutavia and Castrovia lasted barely an hour inside the"
            + " old customs house on Wednesday evening, but negotiators left with more on paper"
            + " than at any earlier meeting: a staged release of 300 detained dock workers from"
            + " each side and an agreement to set up three standing working groups.",
        "The groups will deal with wages, with pensions and with the reopening of the harbour.",
        "Their first joint session is scheduled for the end of the month.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "Harbour pilots join the strike",
        "Harbour pilots in Lutavia stopped work on Thursday in support of the dock workers.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      var a = bot.ask("How many working groups were set up in Quellmoor?");
      assertThat(a.text()).as(a.text()).startsWith("The third round of talks between Lutavia");
    }
  }
}
