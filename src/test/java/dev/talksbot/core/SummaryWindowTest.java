package dev.talksbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.answer.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary of the latest coverage answers its key-fact questions from the latest articles even
 * when older coverage matches the question's words better: the older passages must not crowd the
 * window's out of those the question reads.
 */
class SummaryWindowTest {
  private static void article(Path dir, String name, String date, String outlet, String body)
      throws Exception {
    Files.writeString(
        dir.resolve(name + ".txt"), " date " + date + " By Anna Kovacs, " + outlet + "\n\n" + body);
  }

  @Test
  void keyFactsComeFromTheLatestArticlesThoughOlderOnesMatchBetter(@TempDir Path dir)
      throws Exception {
    for (int i = 0; i < 12; i++)
      article(
          dir,
          "old" + i,
          "2025-01-" + (10 + i),
          "Old Wire " + i,
          "The two sides agreed to exchange prisoners and agreed to exchange the bodies of soldiers,"
              + " round "
              + i
              + " of the exchange they agreed. Observers said the exchange of"
              + " prisoners was agreed by both sides in talks number "
              + i
              + ".\n");
    String[] colour = {
      "Fishermen on the lake said the meeting had closed the northern harbour for a day.",
      "Cafes near the palace reported record sales while the delegations met.",
      "The harbour authority reopened the old pier for the visitors.",
      "Local schools closed early so that families could watch the motorcades pass.",
      "A brass band played on the palace steps as the cars arrived.",
      "Hotel owners said every room in the old town had been booked for weeks."
    };
    for (int i = 0; i < 6; i++) {
      StringBuilder body = new StringBuilder();
      for (int k = 0; k < colour.length; k++)
        body.append(colour[(i + k) % colour.length]).append(k == 2 ? "\n\n" : " ");
      if (i == 0) body.append("\n\nThe two sides agreed on Friday to exchange 317 detainees.");
      article(dir, "new" + i, "2025-06-2" + i, "Outlet " + (char) ('A' + i), body + "\n");
    }
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.summary(null);
      assertThat(a).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).as(a.text()).contains("317 detainees");
    }
  }

  @Test
  void theLatestOnATopicComesFromTheLatestArticlesAndIsToldInTimeOrder(@TempDir Path dir)
      throws Exception {
    article(
        dir,
        "jan",
        "2025-01-12",
        "Old Wire",
        "The harbour strike began on Monday when dockers walked out over pay.\n\n"
            + "Ferry fares will rise by a tenth in October, the operator said.\n");
    article(
        dir,
        "jun1",
        "2025-06-10",
        "Baltic Wire",
        "Talks to end the harbour strike resumed on Tuesday after a month-long pause.\n\n"
            + "A brass band played on the palace steps as the cars arrived.\n");
    article(
        dir,
        "jun2",
        "2025-06-20",
        "Meridian Post",
        "Trade envoy Jonas Pell met the dockers' union on Thursday. He said the harbour strike"
            + " would end by July if the port raised pay by five percent.\n\n"
            + "Hotel owners said every room in the old town had been booked for weeks.\n");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("What's the latest on the harbour strike?");
      assertThat(a).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).as(a.text()).startsWith("The latest coverage on the harbour strike");
      assertThat(a.text()).as(a.text()).doesNotContain("walked out"); // January, out of the window
      // "He said …" is quoted with the sentence that names him, after June 10's report
      assertThat(a.text())
          .as(a.text())
          .containsSubsequence(
              "Talks to end the harbour strike resumed",
              "Trade envoy Jonas Pell met the dockers' union on Thursday. He said");
      // /latest <topic> in Telegram: nothing on it in the latest coverage gives all of it, so
      // titled
      Answer fares = bot.latest("ferry fares");
      assertThat(fares.text())
          .as(fares.text())
          .startsWith("The coverage on ferry fares, in brief:");
      assertThat(fares.text()).contains("Ferry fares will rise");
      assertThat(bot.latest("harbour strike").text())
          .startsWith("The latest coverage on harbour strike, in brief:");
    }
  }
}
