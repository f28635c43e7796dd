package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fact six outlets report is cited to three of them: the answer's sentence and its two best
 * corroborations, not a run of six markers and six quotes of the same fact.
 */
class CitedReportsTest {
  private static final String[] OUTLETS = {
    "Meridian Post", "Baltic Wire", "Kyiv Ledger", "Harbor Tribune", "Danube Press", "Volga Courier"
  };

  @Test
  void aFactManyOutletsReportCitesThreeOfThem(@TempDir Path dir) throws Exception {
    String[] wordings = {
      "Ivan Petrenko heads the Freedonian delegation at the harbour talks in Tarn.",
      "The Freedonian delegation at the harbour talks in Tarn is headed by Ivan Petrenko.",
      "Ivan Petrenko will again head the Freedonian delegation at the harbour talks in Tarn.",
      "Freedonia said Ivan Petrenko heads its delegation at the harbour talks in Tarn.",
      "Ivan Petrenko, who heads the Freedonian delegation, arrived for the harbour talks in Tarn.",
      "The harbour talks in Tarn see Ivan Petrenko head the Freedonian delegation once more.",
    };
    for (int i = 0; i < wordings.length; i++) {
      TestCorpus.writeArticle(
          dir,
          "a" + i + ".txt",
          "2025-08-0" + (i + 1),
          "Anna Kovacs, " + OUTLETS[i],
          wordings[i],
          "The weather in Tarn was mild for the season.");
    }
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("Who heads the Freedonian delegation at the harbour talks?");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      Matcher run = Pattern.compile("(\\[\\d+])+").matcher(a.text());
      assertThat(run.find()).as(a.text()).isTrue();
      assertThat(run.group().split("]\\[")).as(a.text()).hasSize(AnswerComposer.MAX_CITED);
      assertThat(a.citations()).hasSize(AnswerComposer.MAX_CITED);
    }
  }
}
