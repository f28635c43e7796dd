package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary of one article (Telegram's /latest buttons) opens with the article's lead, the news,
 * and tells its sentences in the article's order; the key facts of talks coverage (who leads each
 * side) follow rather than lead, and a sentence that leans on the one before ("The others …") is
 * left out.
 */
class ArticleSummaryTest {
  @Test
  void theLeadComesFirstAndTheArticlesOrderIsKept(@TempDir Path dir) throws Exception {
    String lead =
        "Freedonia and Lutavia agreed on Friday to reopen the northern canal to cargo ships from"
            + " March, ending a dispute that had closed it for two years.";
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        lead,
        "The agreement sets up three joint commissions. One will oversee the locks. The others"
            + " deal with tolls and with the dredging of the channel.",
        "Freedonia's delegation to the canal talks was led by Ivan Petrenko, the transport"
            + " minister, and Lutavia's delegation was led by Anna Berg, her deputy foreign"
            + " minister.",
        "Shipping companies welcomed the deal, saying the detour around the cape had added four"
            + " days to each voyage.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "The port of Tarn handled a record 12 million tonnes of cargo last year, the harbour"
            + " authority said.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.articleSummary(bot.sources().getFirst().id());
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      List<String> sentences = SummaryTest.sentences(a);
      assertThat(sentences.getFirst()).isEqualTo(lead);
      assertThat(a.text()).doesNotContain("The others deal with");
      // told in the article's order
      String text = bot.sources().getFirst().text();
      int last = -1;
      for (String s : sentences) {
        int at = text.indexOf(s);
        assertThat(at).as("%s in article order", s).isGreaterThan(last);
        last = at;
      }
    }
  }
}
