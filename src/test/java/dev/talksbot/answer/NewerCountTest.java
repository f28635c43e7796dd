package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A count as it stands moves like a date: for "how many … so far", a newer report's count leads the
 * answer and the older report's count is noted; a question about one event's count is answered as
 * before (invented parties, places and outlets).
 */
class NewerCountTest {
  private static void writeReports(Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        new TestCorpus.Byline("2025-09-28", "Anna Berg, Quellmoor Herald"),
        "With the third stage, 601 of the 1,200 prisoners Lutavia and Brennick promised to"
            + " release have been freed, just over half.",
        "The third stage of the exchange took place at the Tarn crossing.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        new TestCorpus.Byline("2025-10-18", "Tom Reed, Castrovia Courier"),
        "With Friday's exchange, 996 of the 1,200 prisoners Lutavia and Brennick promised to"
            + " release have been freed, officials said.",
        "The ferry to Ferrowick was cancelled for the day.");
  }

  /** The answer to {@code question} over the articles in {@code dir}, which must answer it. */
  private static String answered(Path dir, String question) throws Exception {
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask(question);
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      return a.text();
    }
  }

  @Test
  void theNewestCountLeadsAndTheEarlierOneIsNoted(@TempDir Path dir) throws Exception {
    writeReports(dir);
    String a = answered(dir, "How many of the 1,200 prisoners have been released so far?");
    assertThat(a).startsWith("With Friday's exchange, 996 of the 1,200 prisoners");
    assertThat(a).contains("An earlier report, Quellmoor Herald, 2025-09-28, gave 601.");
  }

  @Test
  void aNewerStagesCountDoesNotLead(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        new TestCorpus.Byline("2025-08-02", "Anna Berg, Quellmoor Herald"),
        "Lutavia and Brennick exchanged 250 prisoners each on Friday, the first stage of the"
            + " 1,200-for-1,200 exchange agreed in Tarn.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        new TestCorpus.Byline("2025-08-24", "Tom Reed, Castrovia Courier"),
        "Lutavia and Brennick exchanged 146 prisoners each on Sunday, the second stage of the"
            + " exchange agreed in Tarn.");
    String a = answered(dir, "How many prisoners were swapped in total?");
    assertThat(a).doesNotContain("An earlier report");
  }

  @Test
  void aQuestionAboutOneEventsCountIsAnsweredAsBefore(@TempDir Path dir) throws Exception {
    writeReports(dir);
    String a =
        answered(dir, "How many of the 1,200 prisoners had been freed with the third stage?");
    assertThat(a).startsWith("With the third stage, 601 of the 1,200 prisoners");
    assertThat(a).doesNotContain("996");
  }
}
