package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Questions that ask a named person's role are read as asking who the person is. */
class RoleQuestionTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "What is Aydemir's role? | Aydemir | role",
        "what's melnychuk's job | melnychuk | job",
        "What job does Igor Shelestov hold? | Igor Shelestov | job hold",
        "What position did Wendricht have? | Wendricht | position have",
        "What is the title of Jane Roe? | Jane Roe | title",
        "What role does Brenn play? | Brenn | role play",
        "What role do the Tarn islands play? | the Tarn islands | role play",
      })
  void aRoleQuestionNamesItsPersonAndTheWordsThatAsk(String q, String name, String asking) {
    assertThat(RoleQuestion.of(q)).isEqualTo(new RoleQuestion.Asked(name, asking));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "What is Aydemir's plan?",
        "What job losses did the canal cause?",
        "What is the role of the working groups in the exchange of prisoners and bodies?",
        "Who leads the delegation?",
      })
  void otherQuestionsAreNoRoleQuestions(String q) {
    assertThat(RoleQuestion.of(q)).isNull();
  }

  @Test
  void theRoleNounIsNoQuestionTermAndThePersonIsAskedAbout() {
    assertThat(SentenceFeatures.questionTerms("What is Brennick's job?"))
        .containsExactly("brennick");
    assertThat(
            QuestionShape.of("What is Brennick's job?", java.util.Set.of("brennick")).identityName)
        .isEqualTo("Brennick");
  }

  @Test
  void aSentenceThatSaysWhatThePersonDoesAnswersWithoutTheRoleNoun(@TempDir Path dir)
      throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Orsolya Brennick, who serves as Valdoria's deputy minister for waterways, said on Monday"
            + " that the toll on the Quellmoor canal would not rise this year.",
        "Brennick spoke after talks with Castrovian officials in Lisbon. Brennick has led the"
            + " talks since March.",
        "The next session is due in October.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("What is Brennick's job?");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.citations().getFirst().quote()).contains("deputy minister for waterways");
    }
  }
}
