package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report names the month of its dateline in every sentence: "Who mediated the swap in August?" is
 * answered by a report dated in August that says "on Friday" (invented people and places).
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
}
