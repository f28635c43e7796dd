package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question answered yes or no ("Will X attend the summit?") is answered, or its refusal quotes,
 * the sentence that says what it asks ("he would attend the summit"), not one that matches as many
 * of its words but says something else ("X was invited to the summit").
 */
class YesNoActionTest {
  @Test
  void theSentenceThatSaysTheAskedActionIsTheOneQuoted(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Prime Minister Halvard Moen has been invited to the harbour summit in Tarn next month,"
            + " officials said, with the summit set to open on a Monday.",
        "Moen told reporters he would attend the harbour summit only if it was useful.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "The harbour summit in Tarn will bring together ministers from six countries.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("Will Moen attend the harbour summit?");
      assertThat(a.text()).as(a.text()).contains("he would attend");
      assertThat(a.text()).as(a.text()).doesNotContain("has been invited");
      // the sentence that says the action answers it: no refusal quoting it as the nearest
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
    }
  }

  @Test
  void aQuestionOpeningWithAnAuxiliaryIsAnsweredYesOrNo() {
    assertTrue(YesNoAction.asked("Will Moen attend the summit?"));
    assertTrue(YesNoAction.asked("should Tarn accept the offer?"));
    assertTrue(YesNoAction.asked("Must the port close?"));
    assertFalse(YesNoAction.asked("Who will attend the summit?"));
    assertFalse(YesNoAction.asked("Willow trees line the pier?"));
    assertFalse(YesNoAction.asked("Mayors of Tarn met when?"));
  }

  /**
   * A yes-or-no question is answered by its best sentence when that says every action the question
   * asks about (or its opposite) and names every name the question does, whatever the answerability
   * model makes of it.
   */
  @Test
  void theBestSentenceThatSaysTheActionOfEveryNameAnswersIt() {
    assertTrue(answered("Will Moen attend the summit?", "Moen said he would attend if useful."));
    assertTrue(answered("Did Tarn accept the toll?", "Tarn rejected the toll on Monday."));
    assertFalse(answered("Will Moen attend the summit?", "He said he would attend if useful."));
    assertFalse(answered("Will Moen attend the summit?", "Moen was invited to the summit."));
    assertFalse(
        answered("Did Moen attend the summit Tarn hosted?", "Moen attended the summit in May."));
    assertFalse(answered("Who will attend the summit?", "Moen said he would attend if useful."));
  }

  private static boolean answered(String q, String best) {
    QuestionShape shape =
        QuestionShape.of(q, java.util.Set.copyOf(SentenceFeatures.questionTerms(q)));
    return YesNoAction.answeredBy(q, shape, java.util.List.of(SpokenByTest.candidate(best, "")));
  }

  /** A sentence that says the opposite of the asked action answers the question, no. */
  @Test
  void theOppositeOfTheAskedActionAnswersItNo() {
    String q = "Did Tarn accept the harbour toll?";
    QuestionShape shape =
        QuestionShape.of(q, java.util.Set.copyOf(dev.talksbot.index.TextAnalysis.terms(q)));
    var opposites = YesNoAction.opposites(shape);
    assertTrue(YesNoAction.saysTheOpposite("Tarn rejected the harbour toll on Monday.", opposites));
    assertTrue(YesNoAction.saysTheOpposite("The mayors of Tarn refuse the toll.", opposites));
    assertFalse(YesNoAction.saysTheOpposite("Tarn was asked to accept the toll.", opposites));
    assertFalse(YesNoAction.saysTheOpposite("The toll was raised in Tarn.", opposites));
    Candidate rejects = SpokenByTest.candidate("Tarn rejected the harbour toll on Monday.", "");
    Candidate raised =
        SpokenByTest.candidate("The harbour toll was raised, and Tarn was told to accept it.", "");
    Candidate other = SpokenByTest.candidate("The harbour toll was raised in Tarn on Monday.", "");
    assertThat(YesNoAction.actionless(q, shape, java.util.List.of(rejects, raised, other)))
        .doesNotContain(rejects.key(), raised.key());
  }
}
