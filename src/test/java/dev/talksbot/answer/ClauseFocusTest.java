package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.index.TextAnalysis;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClauseFocusTest {
  private static ClauseFocus focus(String question, String sentence, Set<String> context) {
    Set<String> q = SentenceFeatures.questionTerms(question);
    return ClauseFocus.of(
        sentence,
        TextAnalysis.terms(sentence),
        Entities.names(sentence),
        q,
        QuestionShape.of(question, q),
        context,
        t -> 1);
  }

  @Test
  void theClauseThatSaysAllTheSentenceSaysOfTheQuestionGivesItsNames() {
    ClauseFocus f =
        focus(
            "Who leads the Freedonian side at the harbour talks?",
            "The Lutavian delegation is led by Anna Berg, while the Freedonian side at the harbour"
                + " talks is led by Marko Zoric.",
            Set.of());
    assertThat(f.names().keySet()).containsExactly("zoric");
    assertThat(f.coverage()).isEqualTo(f.ownCoverage());
  }

  @Test
  void aSentenceWithoutABetterClauseKeepsAllItsNames() {
    ClauseFocus f =
        focus(
            "Who met at the harbour talks?",
            "Anna Berg and Marko Zoric met at the harbour talks on Monday.",
            Set.of());
    assertThat(f.names().keySet()).containsExactlyInAnyOrder("berg", "zoric");
  }

  @Test
  void aTermOnlyInTheNeighbouringSentenceCountsPartly() {
    ClauseFocus alone = focus("Where did the delegates meet?", "They met in Lyon.", Set.of());
    ClauseFocus withContext =
        focus("Where did the delegates meet?", "They met in Lyon.", Set.of("deleg"));
    assertThat(withContext.coverage()).isGreaterThan(alone.coverage());
    assertThat(withContext.ownCoverage()).isEqualTo(alone.ownCoverage());
  }

  @Test
  void aClauseAboutTheOtherPartysThingIsMarked() {
    ClauseFocus f =
        focus(
            "Who leads the Ukrainian delegation?",
            "The Russian delegation is led by Ivan Petrov.",
            Set.of());
    assertThat(f.otherSide()).isTrue();
  }

  @Test
  void coverageCannotBeNegative() {
    assertThatThrownBy(() -> new ClauseFocus(-0.1, 0, Map.of(), false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
