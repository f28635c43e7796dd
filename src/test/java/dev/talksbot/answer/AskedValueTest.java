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
 * "In what year …?", "When …?", "Which day of the week …?", "What percentage …?" and "In what
 * century …?" are answered with a sentence that names such a value: one that names none, however
 * closely it matches the question's words, is set back (in the end-to-end case it stays first, set
 * back to a quarter, and the sentence with the year joins it).
 */
class AskedValueTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "In what year was the harbour built? | YEAR",
        "Which years saw the worst floods? | YEAR",
        "When did the plague return to Europe? | DATE",
        "when is the summit | DATE",
        "When the war ended, which city was rebuilt first? | NONE",
        "Who leads the delegation? | NONE",
        "What percentage of farms grow beans? | PERCENT",
        "how many percent voted | PERCENT",
        "In what century was the bridge built? | CENTURY",
        "Which decade saw the most floods? | CENTURY",
        "How much did the bridge cost? | AMOUNT",
        "How much of the bridge was rebuilt? | NONE",
        "On which day of the week did the talks open? | WEEKDAY",
        "What weekday is the market held? | WEEKDAY",
      })
  void whatAQuestionAsksFor(String question, AskedValue.Kind kind) {
    QuestionShape shape = QuestionShape.of(question, SentenceFeatures.questionTerms(question));
    assertThat(AskedValue.of(question, shape.expect).kind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The harbour opened in 1852. | When did the harbour open? | DATE | true",
        "The harbour opened on 3 May. | When did the harbour open? | DATE | true",
        "The harbour opened on 3 May. | In what year did the harbour open? | YEAR | false",
        "The harbour opened after the war. | When did the harbour open? | DATE | false",
        "The harbour was rebuilt in 1850. | What year after 1850 was it rebuilt? | YEAR | false",
        "Beans grow on 12% of farms. | What percentage of farms grow beans? | PERCENT | true",
        "Beans grow on 12 per cent of farms. | What percentage of farms grow beans? | PERCENT | true",
        "Beans grow on 12 farms. | What percentage of farms grow beans? | PERCENT | false",
        "It was built in the 19th century. | In what century was it built? | CENTURY | true",
        "It was built in the eighteenth century. | In what century was it built? | CENTURY | true",
        "It was built in the 1850s. | In what century was it built? | CENTURY | true",
        "It was built by the navy. | In what century was it built? | CENTURY | false",
        "The bridge cost $4 million. | How much did the bridge cost? | AMOUNT | true",
        "The bridge cost a fortune. | How much did the bridge cost? | AMOUNT | false",
        "The talks opened on Wednesday evening. | On which day of the week did the talks open? | WEEKDAY | true",
        "The market is held on Thursdays. | What weekday is the market held? | WEEKDAY | true",
        "The talks opened on July 23. | On which day of the week did the talks open? | WEEKDAY | false",
        "Was it Monday? Yes, on Monday. | Which day of the week, Monday or not? | WEEKDAY | false",
      })
  void aSentenceGivesAYearOrDateTheQuestionLacks(
      String sentence, String question, AskedValue.Kind kind, boolean gives) {
    AskedValue asked = new AskedValue(kind, question, Years.named(question));
    assertThat(asked.givenBy(sentence)).as(sentence).isEqualTo(gives);
  }

  @Test
  void aSentenceWithoutAYearDoesNotAnswerWhatYear(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The old harbour of Tarn was built by the navy with granite from the northern quarries.",
        "Fishing boats still use its western pier.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "The old harbour of Tarn opened in 1852, the town museum says.",
        "Its lamp was electrified much later.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("In what year was the old harbour of Tarn built by the navy?");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).as(a.text()).contains("The old harbour of Tarn opened in 1852");
    }
  }
}
