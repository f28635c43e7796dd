package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report names the month of its dateline in every sentence: "Who mediated the swap in August?" is
 * answered by a report dated in August that says "on Friday", and "Where did the working group meet
 * in September?" by a report datelined "QUELLMOOR, September 19" without a year (invented people
 * and places).
 */
class DatelineMonthTest {
  @Test
  void theMonthOfAnArticlesDateIsItsSentencesMonth() {
    Article dated = new Article("a", null, null, null, null, LocalDate.of(2025, 8, 2), null, "x");
    Article undated = new Article("b", null, null, null, null, null, null, "x");
    assertThat(ReportContext.datedIn(dated))
        .containsExactlyElementsOf(dev.talksbot.index.TextAnalysis.terms("August"));
    assertThat(ReportContext.datedIn(undated)).isEmpty();
  }

  @Test
  void aQuestionNamingTheMonthIsAnsweredByAReportDatedInIt(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        "2025-08-02",
        "Anna Kovacs, Meridian Post",
        "Lutavia and Castrovia exchanged 120 detained dock workers each on Friday at the"
            + " Quellmoor crossing.",
        "The swap was mediated by the Republic of Brenn, which has brokered four such exchanges"
            + " since the strike began.",
        "The freed workers were taken to hospitals in Ferrowick for checks.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        "2025-06-20",
        "Peter Lind, Meridian Post",
        "The dock strike in Lutavia entered its third month on Thursday.",
        "Union leader Tom Reed said the harbour would stay closed until wages rose.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      var a = bot.ask("Who brokered the dock workers swap in August?");
      assertThat(a.text())
          .as(a.text())
          .startsWith("The swap was mediated by the Republic of Brenn");
    }
  }

  @Test
  void anUndatedArticlesYearlessDatelineGivesItsMonth() {
    Article datelined =
        new Article("c", null, null, null, null, null, null, "x", MonthDay.of(9, 19), null);
    Article both =
        new Article(
            "d",
            null,
            null,
            null,
            null,
            LocalDate.of(2025, 10, 1),
            null,
            "x",
            datelined.datelineDay(),
            null);
    assertThat(ReportContext.datedIn(datelined))
        .containsExactlyElementsOf(dev.talksbot.index.TextAnalysis.terms("September"));
    assertThat(ReportContext.datedIn(both))
        .as("the article's date wins")
        .containsExactlyElementsOf(dev.talksbot.index.TextAnalysis.terms("October"));
    assertThat(ReportContext.weekdayDates(datelined, "They met on Friday.")).isEmpty();
  }

  /** A report whose only date is its dateline's month and day, without a year. */
  static final String DATELINED =
      """
      Twelve detained dock workers return to Lutavia

      QUELLMOOR, September 19 (Brennick Wire) — Twelve more dock workers detained in Castrovia \
      returned home to Lutavia on Friday, officials said after the fourth meeting of the working \
      group on detained workers.

      The working group on detained workers met at the Wendricht lighthouse outside Quellmoor, \
      hosted by the harbour authority.

      Lutavia says 80 of its dock workers are still held in Castrovia.
      """;

  @Test
  void aQuestionNamingTheMonthOfAYearlessDatelineIsAnswered(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("q.txt"), DATELINED);
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      var a = bot.ask("Where did the working group on detained workers meet in September?");
      assertThat(a.refused()).as(a.text()).isFalse();
      assertThat(a.text()).as(a.text()).contains("Wendricht lighthouse");
      var howMany = bot.ask("How many more dock workers returned home in September?");
      assertThat(howMany.text()).as(howMany.text()).startsWith("Twelve more dock workers");
      var other = bot.ask("Where did the working group on detained workers meet in October?");
      assertThat(other.refused()).as(other.text()).isTrue();
    }
  }
}
