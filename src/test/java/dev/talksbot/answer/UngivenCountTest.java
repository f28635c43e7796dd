package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "How many tanks did Lutavia lose?" when no report gives a number of tanks: the sentences with
 * other numbers (casualties, workers) answer another question, so it is refused; a count the
 * reports give is answered (invented places).
 */
class UngivenCountTest {
  @Test
  void aCountNoReportGivesIsRefusedAndOneItGivesIsAnswered(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Lutavia lost about 9,000 soldiers in August along the Quellmoor front, the harbour"
            + " ministry estimated on Monday.",
        "Lutavia and Castrovia exchanged 120 detained dock workers each on Friday.",
        "The freed workers were taken to hospitals in Ferrowick for checks.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer tanks = bot.ask("How many tanks did Lutavia lose in August?");
      assertThat(tanks).as(tanks.text()).isInstanceOf(Answer.Refused.class);
      Answer soldiers = bot.ask("How many soldiers did Lutavia lose in August?");
      assertThat(soldiers).as(soldiers.text()).isInstanceOf(Answer.Answered.class);
      assertThat(soldiers.text()).contains("9,000 soldiers");
    }
  }

  @Test
  void aPartNoReportCountsIsRefusedAndOneItCountsIsAnswered(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Of the 120 dock workers freed on Friday, 40 were welders; the others were crane drivers,"
            + " among them border guards and pilots.",
        "The freed workers were taken to hospitals in Ferrowick for checks.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer guards =
          bot.ask("How many of the 120 dock workers freed on Friday were border guards?");
      assertThat(guards).as(guards.text()).isInstanceOf(Answer.Refused.class);
      Answer welders = bot.ask("How many of the 120 dock workers freed on Friday were welders?");
      assertThat(welders).as(welders.text()).isInstanceOf(Answer.Answered.class);
      assertThat(welders.text()).contains("40 were welders");
    }
  }

  @Test
  void aCountTheBestSentenceDoesNotGiveIsRefusedThoughAnotherCountsTheNoun(@TempDir Path dir)
      throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Castrovia has helped return Lutavian children to their families since 2023, through its"
            + " embassy in Ferrowick.",
        "Some 300 children remain in camps near the Quellmoor border, officials said.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer helped = bot.ask("How many children has Castrovia helped return since 2023?");
      assertThat(helped).as(helped.text()).isInstanceOf(Answer.Refused.class);
      Answer camps = bot.ask("How many children remain in camps near the border?");
      assertThat(camps).as(camps.text()).isInstanceOf(Answer.Answered.class);
      assertThat(camps.text()).contains("300 children");
    }
  }
}
