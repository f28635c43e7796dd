package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.TextAnalysis;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence that denies what a question asks about ("is not always practical" for "What is always
 * practical?") does not answer it (invented places and bodies).
 */
class DeniedWordTest {
  private static boolean denies(String question, String sentence) {
    Set<String> terms = Set.copyOf(TextAnalysis.terms(question));
    return DeniedWord.applies(question, false) && DeniedWord.denies(terms, sentence);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "What method is always practical? | The Brenn method is not always practical. | true",
        "Which port did Tarn open in 1921? | Tarn did not open the port of Brenn in 1921. | true",
        "Which port did Tarn open in 1921? | Tarn never opened a port in 1921. | true",
        "What fits the Quellmoor framework? | Some classes don't fit the Quellmoor framework. | true",
        // said without a negator, or a negator before another word
        "Which port did Tarn open in 1921? | Tarn opened the port of Brenn in 1921. | false",
        "Which port did Tarn open in 1921? | Tarn opened Brenn, not Ferrowick, in 1921. | false",
        // a contrast after the negation says what did happen
        "Where were the Quellmoor talks held? | The talks were not held in Brenn but in Tarn. | false",
        "What did the Brenn talks achieve? | The Brenn talks did not achieve a breakthrough,"
            + " despite agreeing to free prisoners. | false",
        // the word is also said without the negator
        "What does Tarn need? | While Tarn may not be rich, it needs rich partners. | false",
        // questions a denial answers: negated, yes or no, or what someone said
        "Which port did Tarn not open? | Tarn did not open the port of Brenn. | false",
        "Did Tarn open the port of Brenn? | Tarn did not open the port of Brenn. | false",
        "In 1921, did Tarn open the port? | Tarn did not open the port of Brenn. | false",
      })
  void aSentenceDenyingWhatTheQuestionAsksAbout(String question, String sentence, boolean denied) {
    assertThat(denies(question, sentence)).isEqualTo(denied);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "What cannot be solved by the Brenn method? | Such problems may be solved by the Brenn"
            + " method. | true",
        // a negation elsewhere in the sentence does not matter
        "Who was not exempt from Tarn taxes? | Delegates are exempt from Tarn taxes (but not from"
            + " Brenn taxes). | true",
        // the sentence negates the word too, or lacks it
        "Which port did Tarn not open? | Tarn did not open the port of Brenn. | false",
        "Which port did Tarn not open? | Tarn opened Ferrowick but did not open Brenn. | false",
        "Which port did Tarn not open? | Tarn closed the port of Brenn. | false",
        // a question answered yes or no, or one that negates nothing
        "Did Tarn not open the port of Brenn? | Tarn opened the port of Brenn. | false",
        "Which port did Tarn open? | Tarn opened the port of Brenn. | false",
      })
  void aSentenceAffirmingWhatTheQuestionNegates(
      String question, String sentence, boolean affirmed) {
    assertThat(DeniedWord.affirms(DeniedWord.negatedBy(question, false), sentence))
        .isEqualTo(affirmed);
  }

  @Test
  void aNegatedQuestionAnsweredOnlyByTheAffirmationIsRefused(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Quellmoor delegates signed the Ferrowick accord in 1921, though not every member of"
            + " the Wendricht League agreed with it.",
        "The league runs schools for the children of its members in Tarn and Brenn.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String question = "Which delegates did not sign the Ferrowick accord?";
      RefusedBy.assertRefusedBy(
          bot, question, "the best sentence affirms the word the question negates");
    }
  }

  @Test
  void aQuestionAboutWhatSomeoneSaidIsAnsweredByTheirDenial() {
    assertThat(DeniedWord.applies("What did Marsh say about opening the port?", true)).isFalse();
  }

  @Test
  void aQuestionAnsweredOnlyByADenialIsRefused(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Wendricht League's plan for the Quellmoor docks was not approved by the Tarn"
            + " council in 1921.",
        "The league runs schools for the children of its members in Tarn and Brenn.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer approved = bot.ask("Which plan for the Quellmoor docks was approved in 1921?");
      assertThat(approved).as(approved.text()).isInstanceOf(Answer.Refused.class);
      assertThat(
              bot.explain("Which plan for the Quellmoor docks was approved in 1921?")
                  .scoring()
                  .ruledOutBy())
          .isEqualTo("the best sentence denies a word of the question");
      Answer not = bot.ask("Which plan for the Quellmoor docks was not approved in 1921?");
      assertThat(not).as(not.text()).isInstanceOf(Answer.Answered.class);
      assertThat(not.text()).contains("Wendricht League");
    }
  }
}
