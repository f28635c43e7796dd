package dev.talksbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question typed in lower case is read with its names capitalised, without saying so. */
class LowerCaseNameTest {
  @Test
  void aNameTypedInLowerCaseIsReadAsTheName(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Valdorian delegation met the Castrovian envoys in Lisbon on Monday.",
        "\"The toll must go before any deal,\" Orsolya Brennick told reporters after the talks.",
        "Tamas Wendricht said the canal workers needed a pension fund.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      var normalizer =
          new SpellingNormalizer(new dev.talksbot.retrieval.QuestionSpeller(bot.index()));
      var read = normalizer.normalize("what did brennick say about the toll");
      assertThat(read.text()).isEqualTo("what did Brennick say about the toll");
      assertThat(read.readAs()).as("not a change to tell the person of").isNull();
      // with a typo corrected too, what it was read as is said, as typed
      var typo = normalizer.normalize("what did brennick say about the tolll");
      assertThat(typo.text()).isEqualTo("what did Brennick say about the toll");
      assertThat(typo.readAs()).isEqualTo("what did brennick say about the toll");
      // the answer is the one the capitalised question gets, with no "Read as" line
      String typed = bot.ask("what did brennick say about the toll").text();
      assertThat(typed).as(typed).doesNotContain("Read as").contains("The toll must go");
    }
  }
}
