package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A best sentence that speaks, as a whole, of another round or of the opposite of what the question
 * qualifies ("the second half" for "the first half") does not answer it; one that names another
 * party's president beside the question's own people still may (invented places and people).
 */
class OtherRoundRefusalTest {
  /** The misreadings of a question, read as the answerer reads them (other tests use it too). */
  static Misreadings reading(String question) {
    QuestionShape shape = QuestionShape.of(question, SentenceFeatures.questionTerms(question));
    return Misreadings.of(
        question,
        SentenceFeatures.questionTerms(question),
        shape,
        AskedValue.of(question, shape.expect));
  }

  @Test
  void readsAnotherRoundOrTheOppositeButNotAnotherParty() {
    Misreadings half = reading("What changed the Tarn harbour in the first half of the century?");
    assertThat(half.otherRoundOrOpposite("The dyke changed it in the second half of the century."))
        .isTrue();
    assertThat(half.otherRoundOrOpposite("The dyke changed it in the first half of the century."))
        .isFalse();
    assertThat(
            half.otherRoundOrOpposite(
                "It changed in the first half of the century and again in the second half."))
        .isFalse();
    Misreadings lighter = reading("What has water of a lighter colour than the Brenn?");
    assertThat(
            lighter.otherRoundOrOpposite("The Moen has water of a darker colour than the Brenn."))
        .isTrue();
    Misreadings presidents =
        reading("Who invited Moen to a summit of the Russian and Ukrainian presidents?");
    assertThat(
            presidents.otherRoundOrOpposite(
                "Marsh invited the two leaders to a summit, with US President Moen as a guest."))
        .isFalse();
  }

  @Test
  void aQuestionAnsweredOnlyByAnotherRoundIsRefused(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The construction of the Wendricht dyke changed the Tarn harbour in the second half of the"
            + " century.",
        "The league runs schools for the children of its members in Quellmoor and Brenn.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String first = "What changed the Tarn harbour in the first half of the century?";
      RefusedBy.assertRefusedBy(
          bot, first, "the best sentence speaks of another round or of the opposite");
      Answer second = bot.ask("What changed the Tarn harbour in the second half of the century?");
      assertThat(second).as(second.text()).isInstanceOf(Answer.Answered.class);
      assertThat(second.text()).contains("Wendricht dyke");
    }
  }
}
