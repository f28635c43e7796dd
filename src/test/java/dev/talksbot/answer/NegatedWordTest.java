package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question that negates a word the coverage uses only without its negation ("non-", or "un-" and
 * the like when the lexicon gives the two words as opposites) is not answered by what the coverage
 * says of the thing itself (invented places and bodies).
 */
class NegatedWordTest {
  private static Candidate sentence(String text) {
    Article a = new Article("a", null, null, null, null, null, null, text);
    return TestCandidates.of(a, new float[] {1f}, Set.of(), Set.of(), Set.of());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the coverage says only the plain word: the negated one is unsaid
        "When was the non-Wendricht League founded? | The Wendricht League was founded in 1928. | true",
        "Which regions have nontemperate climates? | Most regions have temperate climates. | true",
        // "non" written apart from its word negates it too
        "How many non paid days does Tarn give? | Tarn gives 20 paid days a year. | true",
        "How many non paid days does Tarn give? | Tarn gives 5 non paid days a year. | false",
        // "least" asks about the other end of what its word says
        "What is the least dominant trade in Tarn? | The dominant trade in Tarn is fishing. | true",
        "What is the least dominant trade in Tarn? | The least dominant trade in Tarn is salt. | false",
        // the coverage says the prefixed word, with or without its hyphen
        "When was the non-Wendricht League founded? | The non-Wendricht League was founded in 1931."
            + " | false",
        "Which regions have non-temperate climates? | Two regions have nontemperate climates. | false",
        // nothing of the word at all: the rule says nothing; nor for a word that is no negation
        "When was the non-Wendricht League founded? | Brennick was founded in 1928. | false",
        "What is the nonce used for? | The nonce is sent once. | false",
        "When was the Wendricht League founded? | The Wendricht League was founded in 1928. | false",
        // a prefix that makes the word's opposite by the lexicon
        "What do unstable isotopes of Tarn show? | Stable isotopes of Tarn show its age. | true",
        "Which rule would be invalid in Brenn? | The rule is valid in Brenn. | true",
        "Which rule would be invalid in Brenn? | The rule is invalid in Brenn. | false",
        // a word that only starts like a prefix: "unless" is no opposite of "less"
        "What happens unless Tarn pays? | Tarn pays less. | false",
      })
  void aNegatedWordTheCoverageSaysOnlyWithoutItsNonIsUnsaid(
      String question, String text, boolean unsaid) {
    assertThat(NegatedWord.unsaid(question, List.of(sentence(text)))).isEqualTo(unsaid);
  }

  @Test
  void aQuestionAboutTheNonFormOfWhatTheCoverageNamesIsRefused(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Wendricht League was founded in Ferrowick in 1928 by dock workers.",
        "It runs schools for the children of its members in Tarn and Quellmoor.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer non = bot.ask("When was the non-Wendricht League founded in Ferrowick?");
      assertThat(non).as(non.text()).isInstanceOf(Answer.Refused.class);
      Answer plain = bot.ask("When was the Wendricht League founded in Ferrowick?");
      assertThat(plain).as(plain.text()).isInstanceOf(Answer.Answered.class);
      assertThat(plain.text()).contains("1928");
    }
  }
}
