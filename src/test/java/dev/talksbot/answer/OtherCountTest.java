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
 * A sentence that counts the question's thing with another number ("four delegates" for "five
 * delegates") does not answer the question (invented places and bodies).
 */
class OtherCountTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "What did the five Tarn delegates sign? | The four Tarn delegates signed the accord. | true",
        "What did the 5 Tarn delegates sign? | The four Tarn delegates signed the accord. | true",
        "What was the Brenn X.75 network? | Brenn ran an X.25 network for its banks. | true",
        "What followed the Seven-Day War? | The Six-Day War ended the Brenn league. | true",
        // a name's first noun may be what it counts
        "What did the Six Years War decide? | \"Seven Years\" refers to the Tarn war of 1756. | true",
        "How many ships did the three Tarn ports hold? | Tarn's two ports held 40 ships. | true",
        // the same number, written in words or digits, with or without commas
        "What did the five Tarn delegates sign? | The five Tarn delegates signed the accord. | false",
        "What did the 5 Tarn delegates sign? | The five Tarn delegates signed the accord. | false",
        "When did 1,200 Tarn prisoners return? | 1200 Tarn prisoners returned in May. | false",
        // the question's number is in the sentence, counting something else
        "What did the five Tarn delegates sign? | Four delegates signed, five abstained. | false",
        // nothing the question counts is counted, or the question counts nothing
        "What did the five Tarn delegates sign? | The four Tarn ministers signed the accord. | false",
        "What did the Tarn delegates sign? | The four Tarn delegates signed the accord. | false",
        // "one" asks for one of several
        "What is one port Tarn opened? | Tarn opened two ports, Brenn and Moen. | false",
      })
  void aSentenceCountingTheQuestionsThingWithAnotherNumber(
      String question, String sentence, boolean instead) {
    assertThat(OtherCount.instead(OtherCount.asked(question), sentence)).isEqualTo(instead);
  }

  @Test
  void aQuestionAnsweredOnlyByAnotherCountIsRefused(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The four Quellmoor delegates signed the Ferrowick accord in 1921, after the Wendricht"
            + " League had called out its members.",
        "The league runs schools for the children of its members in Tarn and Brenn.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      RefusedBy.assertRefusedBy(
          bot,
          "What did the five Quellmoor delegates sign?",
          "the best sentence counts what the question counts with another number");
      Answer four = bot.ask("What did the four Quellmoor delegates sign?");
      assertThat(four).as(four.text()).isInstanceOf(Answer.Answered.class);
      assertThat(four.text()).contains("Ferrowick accord");
    }
  }

  @Test
  void aQuestionForANumberIsAnsweredByAnotherCountOfItsThing(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Eleven of the prisoners returned to Tarn on Friday were seriously wounded, the Brenn"
            + " ministry said.",
        "The league runs schools for the children of its members in Tarn and Brenn.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer wounded =
          bot.ask(
              "How many of the 146 prisoners returned to Tarn on Friday were seriously wounded?");
      assertThat(wounded).as(wounded.text()).isInstanceOf(Answer.Answered.class);
      assertThat(wounded.text()).contains("Eleven");
    }
  }
}
