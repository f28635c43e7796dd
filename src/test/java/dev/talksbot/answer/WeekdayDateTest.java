package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.TextAnalysis;
import dev.talksbot.ingest.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report's weekday stands for a date: "on Wednesday" in a report of Friday 2025-07-25 is July 23,
 * so the sentence answers a question that names "July 23" (invented people and places).
 */
class WeekdayDateTest {
  private static Article dated(LocalDate date) {
    return new Article("a", null, null, null, null, date, null, "x");
  }

  @Test
  void aWeekdayIsTheLastSuchDayOnOrBeforeTheReportsDate() {
    Article friday = dated(LocalDate.of(2025, 7, 25));
    assertThat(ReportContext.weekdayDates(friday, "They met on Wednesday evening."))
        .containsExactly(LocalDate.of(2025, 7, 23));
    assertThat(ReportContext.weekdayDates(friday, "Officials said on Friday."))
        .containsExactly(LocalDate.of(2025, 7, 25));
    assertThat(ReportContext.weekdayDates(friday, "It began on Saturday and ended on Monday."))
        .containsExactly(LocalDate.of(2025, 7, 19), LocalDate.of(2025, 7, 21));
    assertThat(
            ReportContext.dayNumbers(ReportContext.weekdayDates(friday, "They met on Wednesday.")))
        .containsExactly("23");
    assertThat(ReportContext.weekdayDates(friday, "They met in the evening.")).isEmpty();
    assertThat(ReportContext.weekdayDates(dated(null), "They met on Wednesday.")).isEmpty();
  }

  @Test
  void aWeekdayCanNameTheMonthBefore() {
    Article saturday = dated(LocalDate.of(2025, 8, 2));
    assertThat(
            ReportContext.monthsNamed(
                saturday, ReportContext.weekdayDates(saturday, "The panel met on Wednesday.")))
        .containsExactlyInAnyOrderElementsOf(
            TextAnalysis.terms("August July")); // dated in August, Wednesday was July 30
    assertThat(
            ReportContext.monthsNamed(
                saturday, ReportContext.weekdayDates(saturday, "The panel met on Friday.")))
        .containsExactlyElementsOf(TextAnalysis.terms("August"));
    assertThat(
            ReportContext.monthsNamed(
                dated(null), ReportContext.weekdayDates(dated(null), "The panel met on Friday.")))
        .isEmpty();
  }

  @Test
  void aQuestionNamingTheDateIsAnsweredByTheSentenceGivingItsWeekday(@TempDir Path dir)
      throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        "2025-07-25",
        "Anna Kovacs, Meridian Post",
        "The third round of talks between Lutavia and Castrovia lasted barely forty minutes inside"
            + " the Quellmoor customs house on Wednesday evening, but the delegations left with a"
            + " staged exchange of 300 detained dock workers.",
        "Neither side announced a date for a fourth round.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        "2025-07-21",
        "Peter Lind, Meridian Post",
        "Lutavian and Castrovian delegations are due to meet in Quellmoor on July 23 for the third"
            + " round of talks.",
        "Union leader Tom Reed said the harbour would stay closed until wages rose.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      var a = bot.ask("How many minutes did the Quellmoor meeting on July 23 take?");
      assertThat(a.refused()).as(a.text()).isFalse();
      assertThat(a.text()).as(a.text()).contains("forty minutes");
    }
  }
}
