package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question asked of one outlet's reports, which answer it whether or not they name the outlet.
 */
class AskedOutletTest {
  private static final List<String> OUTLETS = List.of("Meridian Post", "Baltic Wire");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "What did Baltic Wire report about the harbour treaty? | Baltic Wire | What about the harbour"
            + " treaty?",
        "According to the Meridian Post, who will lead Lutavia's delegation? | Meridian Post | Who"
            + " will lead Lutavia's delegation?",
        "Who will lead Lutavia's delegation, according to Baltic Wire? | Baltic Wire | Who will lead"
            + " Lutavia's delegation?",
        "what does meridian post say about the treaty | Meridian Post | What about the treaty",
      })
  void aQuestionOfAnOutletIsAskedWithoutIt(String question, String outlet, String rest) {
    AskedOutlet asked = AskedOutlet.of(question, OUTLETS);
    assertThat(asked).isNotNull();
    assertThat(asked.outlet()).isEqualTo(outlet);
    assertThat(asked.question()).isEqualTo(rest);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "What did Brennick say about the harbour treaty?",
        "According to Wendricht, who will lead the delegation?",
        "What did the Baltic states say?",
        "Who leads Lutavia's delegation?",
      })
  void aSpeakerThatIsNoOutletOfTheCoverageIsNoOutletQuestion(String question) {
    assertThat(AskedOutlet.of(question, OUTLETS)).isNull();
  }

  @Test
  void anOutletsQuestionIsAnsweredFromItsReportsAlone(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Lutavia's delegation at the harbour talks will be led by Ivo Brennick, officials said.",
        "The talks open in Tarn on Monday.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "Lutavia's delegation at the harbour talks will be led by Marta Wendricht, two diplomats"
            + " said.",
        "The harbour treaty is expected to be signed in the autumn.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer baltic = bot.ask("According to Baltic Wire, who will lead Lutavia's delegation?");
      assertThat(baltic).as(baltic.text()).isInstanceOf(Answer.Answered.class);
      assertThat(baltic.text()).contains("Marta Wendricht").doesNotContain("Brennick");
      assertThat(baltic.citations()).allMatch(c -> "Baltic Wire".equals(c.outlet()));
      Answer meridian = bot.ask("Who will lead Lutavia's delegation, according to Meridian Post?");
      assertThat(meridian).as(meridian.text()).isInstanceOf(Answer.Answered.class);
      // its account leads; another outlet's newer version may follow as a note
      assertThat(meridian.text())
          .startsWith("Lutavia's delegation at the harbour talks will be led by" + " Ivo Brennick");
      assertThat(meridian.citations().getFirst().outlet()).isEqualTo("Meridian Post");
      // its own sentences answer what the outlet reported, though they name no speaker
      Answer reported = bot.ask("What did Meridian Post report about the harbour talks in Tarn?");
      assertThat(reported).as(reported.text()).isInstanceOf(Answer.Answered.class);
      assertThat(reported.citations()).allMatch(c -> "Meridian Post".equals(c.outlet()));
    }
  }
}
