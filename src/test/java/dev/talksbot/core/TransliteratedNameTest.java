package dev.talksbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports that spell one transliterated name two ways ("Brodskyy", "Brodsky") are both found by a
 * question in either spelling, or in a third, without a correction to announce.
 */
class TransliteratedNameTest {
  @Test
  void aQuestionInAnySpellingFindsEveryReportOfTheName(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Valdorian delegation met the Castrovian envoys in Lisbon on Monday.",
        "\"The toll must go before any deal,\" Mykola Brodskyy told reporters after the talks.",
        "Tamas Wendricht said the canal workers needed a pension fund.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.MERIDIAN,
        "The canal talks will resume in Porto in March, officials said.",
        "Brodsky proposed a joint commission to run the locks.",
        "The Castrovian side has not replied to the proposal.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      for (String q :
          new String[] {
            "What did Brodsky say about the toll?", "What did Brodskiy say about the toll?"
          }) {
        String answer = bot.ask(q).text();
        assertThat(answer).as(q).contains("The toll must go").doesNotContain("Read as");
      }
      for (String q : new String[] {"What did Brodskyy propose?", "What did Brodskii propose?"}) {
        String answer = bot.ask(q).text();
        assertThat(answer).as(q).contains("joint commission").doesNotContain("Read as");
      }
    }
  }
}
