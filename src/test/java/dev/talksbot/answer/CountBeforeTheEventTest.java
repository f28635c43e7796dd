package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many an event counted is not told by a report written before it, which gives the number
 * planned (invented people and places).
 */
class CountBeforeTheEventTest {
  private static void planned(Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        "2025-05-03",
        "Anna Berg, Brennick Herald",
        "Lutavia and Castrovia agreed in Quellmoor that the last 40 dock workers held by each"
            + " side will be freed on May 12 at the Ferrowick crossing.",
        "So far 160 of the 200 dock workers each side promised to free have come home, envoy"
            + " Tom Reed said.");
  }

  @Test
  void aReportBeforeTheDayDoesNotSayHowManyWereFreed(@TempDir Path dir) throws Exception {
    planned(dir);
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      var a = bot.ask("How many dock workers were actually released on May 12?");
      assertThat(a.refused()).as(a.text()).isTrue();
    }
  }

  @Test
  void aReportAfterTheDayDoes(@TempDir Path dir) throws Exception {
    planned(dir);
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        "2025-05-13",
        "Ivan Petrenko, Brennick Herald",
        "Lutavia and Castrovia released 38 dock workers each on May 12 at the Ferrowick crossing,"
            + " two fewer than planned, envoy Tom Reed said.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      var a = bot.ask("How many dock workers were actually released on May 12?");
      assertThat(a.refused()).as(a.text()).isFalse();
      assertThat(a.text()).contains("38 dock workers");
    }
  }
}
