package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reports worded alike but giving different figures are different events (the first and the
 * second stage of an exchange): a summary tells both, and neither is cited as the other's
 * corroboration.
 */
class DifferentFiguresTest {
  @Test
  void aTopicSummaryTellsBothStagesOfAnExchangeWordedAlike(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("first.txt"),
        " date 2025-06-01 By Anna Kovacs, Meridian Post\n\n"
            + "Freedonia and Sylvania exchanged 250 sailors each on Friday at the harbour, the first"
            + " stage of the sailor exchange agreed in the spring.\n\n"
            + "Families waited at the pier for hours.\n");
    Files.writeString(
        dir.resolve("second.txt"),
        " date 2025-06-20 By Ivan Petrenko, Harbor Tribune\n\n"
            + "Sylvania and Freedonia exchanged 146 sailors each on Sunday at the harbour, the"
            + " second stage of the sailor exchange agreed in the spring.\n\n"
            + "A brass band played on the quay as the ships docked.\n");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.summary("sailor exchange");
      assertThat(a.text()).as(a.text()).contains("250 sailors").contains("146 sailors");
      // each stage cites its own report only
      assertThat(a.text()).as(a.text()).doesNotContain("][");
    }
  }
}
