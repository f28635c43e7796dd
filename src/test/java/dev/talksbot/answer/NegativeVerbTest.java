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
 * A question about an action not done ("Who refused to sign?") is not answered by a sentence that
 * says the action was done (invented places and bodies).
 */
class NegativeVerbTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Who refused to sign the Brenn accord?| true",
        "When did Tarn stop the Quellmoor strike? | true",
        "How many ships did Tarn lose? | true",
        "How many ships were lost at Brenn? | true",
        "What did the court's rejection say? | true",
        "Who signed the Brenn accord? | false",
        "When did the Quellmoor strike end? | false",
        // its reason may answer it without saying the action again
        "Why did Tarn reject the Brenn accord? | false",
        "What reason did Tarn give for rejecting the Brenn accord? | false",
        // "opposite" is no verb of opposing, though the index stems it as "opposition"
        "Why do the two currents move in opposite directions? | false",
      })
  void aQuestionAboutAnActionNotDone(String question, boolean asked) {
    assertThat(NegativeVerb.asked(question)).isEqualTo(asked);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Brennick signed the Brenn accord in 1921. | true",
        // the same thing in other words: another verb of the list, or a negation
        "Brennick refused to sign the Brenn accord. | false",
        "Brennick declined to sign the Brenn accord. | false",
        "Brennick did not sign the Brenn accord. | false",
        "Tarn lost two ships in the storm. | false",
      })
  void aSentenceThatLeavesTheActionNotDoneUnsaid(String sentence, boolean unsaid) {
    assertThat(NegativeVerb.unsaid(sentence)).isEqualTo(unsaid);
  }

  @Test
  void theActionAQuestionSaysWasNotDoneIsWhatADenialAnswers() {
    assertThat(NegativeVerb.complements("Who refused to recognise the Brenn claims?"))
        .containsExactlyInAnyOrderElementsOf(dev.talksbot.index.TextAnalysis.terms("recognise"));
    assertThat(NegativeVerb.complements("Which port failed to join the Tarn league?"))
        .containsExactlyInAnyOrderElementsOf(dev.talksbot.index.TextAnalysis.terms("join"));
    // a verb of not doing with no action after it ("has veto over") leaves nothing
    assertThat(NegativeVerb.complements("What company has veto over the Tarn channels?")).isEmpty();
  }

  @Test
  void aQuestionAboutARefusalIsAnsweredByTheDenial(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Wendricht League says it will never recognise the Brenn claims over the Quellmoor"
            + " docks, its chairman told reporters in Ferrowick.",
        "The league runs schools for the children of its members in Tarn and Brenn.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String question = "Who refused to recognise the Brenn claims over the Quellmoor docks?";
      Answer answer = bot.ask(question);
      assertThat(answer).as(answer.text()).isInstanceOf(Answer.Answered.class);
      assertThat(answer.text()).contains("Wendricht League");
    }
  }

  @Test
  void aQuestionAnsweredOnlyByTheActionDoneIsRefused(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Quellmoor delegates signed the Ferrowick accord in 1921, after the Wendricht League had"
            + " called out its members.",
        "The league runs schools for the children of its members in Tarn and Brenn.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String refusing = "Which delegates refused to sign the Ferrowick accord?";
      RefusedBy.assertRefusedBy(
          bot, refusing, "the best sentence does not say the question's action was not done");
      Answer signed = bot.ask("Which delegates signed the Ferrowick accord?");
      assertThat(signed).as(signed.text()).isInstanceOf(Answer.Answered.class);
      assertThat(signed.text()).contains("Quellmoor");
    }
  }
}
