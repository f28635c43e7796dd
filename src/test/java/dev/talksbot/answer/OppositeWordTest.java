package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence that says the opposite of a question's word in its place ("began" for "end") does not
 * answer the question (invented places and bodies).
 */
class OppositeWordTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "When did the Quellmoor strike end? | The Quellmoor strike began in 1921. | true",
        "Who rejected the Brenn plan? | The court of Tarn accepted the Brenn plan. | true",
        "Which port is the smallest in Tarn? | Ferrowick is the largest port in Tarn. | true",
        // the question's own word is there too, or no opposite is
        "When did the Quellmoor strike begin? | The Quellmoor strike began in 1921. | false",
        "When did the Quellmoor strike end? | It began in 1921 and ended in 1924. | false",
        "When did the Quellmoor strike end? | The Quellmoor strike lasted three years. | false",
        // the question holds both words: it asks about either
        "Did the strike begin or end in 1921? | The strike began in 1921. | false",
        // inside a name a word keeps no meaning of its own
        "Which international body helped Tarn? | Tarn worked with the United Nations. | false",
        "Which eastern port did Tarn open? | Tarn opened the Western Port of Brenn. | false",
        // the word after "how" asks for a measure, not for one end of it
        "How many ships did Tarn send on May 2? | Tarn sent 40 ships on May 2, fewer than promised."
            + " | false",
        "How long did the Brenn meeting last? | The short Brenn meeting lasted forty minutes. | false",
        "How many ships did Tarn send? | Few ships left Tarn for Brenn. | false",
        // after a number and its unit a word gives a measure: "21 years old" says nothing old
        "How old was the oldest Tarn sailor? | The youngest Tarn sailor was 21 years old. | true",
        "How old was the oldest Tarn sailor? | The oldest Tarn sailor was 71. | false",
        "Which Tarn dock is the lowest? | The Brenn dock is 40 metres high. | false",
        "Which Tarn dock is the lowest? | The Brenn dock is 40 metres higher. | true",
        // elsewhere in the question the word still counts
        "Which port received many ships? | Few ships reached the port of Brenn. | true",
        // the particle of a phrasal verb that says no direction is no word of its own
        "How many ships has Tarn tracked down? | Tarn found 12 ships, up from 9. | false",
        "Who turned down the Brenn plan? | Brenn drew up the plan. | false",
        "When did prices in Tarn go down? | Prices in Tarn went up in May. | true",
      })
  void aSentenceSayingTheOppositeInPlaceOfTheQuestionsWord(
      String question, String sentence, boolean instead) {
    assertThat(OppositeWord.instead(question, sentence)).isEqualTo(instead);
  }

  @Test
  void aQuestionAnsweredOnlyByTheOppositeIsRefused(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Quellmoor dock strike began in Ferrowick in 1921, when the Wendricht League called out"
            + " its members.",
        "The league runs schools for the children of its members in Tarn and Brenn.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      RefusedBy.assertRefusedBy(
          bot,
          "When did the Quellmoor dock strike end?",
          "the best sentence says the opposite of a word of the question");
      Answer begin = bot.ask("When did the Quellmoor dock strike begin?");
      assertThat(begin).as(begin.text()).isInstanceOf(Answer.Answered.class);
      assertThat(begin.text()).contains("1921");
    }
  }
}
