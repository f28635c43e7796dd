package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.ingest.Article;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Outlets agreeing on the other party's version do not lift it over the sentence that names the
 * party asked about: three reports that Ivan Petrenko, "who has led the Ukrainian delegation", will
 * head "the team" again do not outrank the one report of who leads the Russian side, for "Who will
 * head the Russian team?" (invented people; parties are general geography, {@code
 * answer/parties.tsv}).
 */
class OtherPartysCorroborationTest {
  private static final String QUESTION = "Who will head the Russian team in September?";

  private static Candidate sentence(String id, String text, double relevance) {
    Article a = new Article(id, null, null, null, null, null, null, text);
    Set<String> terms = new HashSet<>(TextAnalysis.terms(text));
    return TestCandidates.of(a, new float[] {1}, terms, Set.of(), Set.of())
        .withRelevance(relevance);
  }

  @Test
  void theOtherPartysVersionGetsNoOutletBonus() {
    QuestionShape shape = QuestionShape.of(QUESTION, SentenceFeatures.questionTerms(QUESTION));
    Candidate russian =
        sentence(
            "a",
            "The Russian side, which will this time be led by Anna Berg, will present a plan.",
            0.54);
    List<Candidate> ukrainian =
        List.of(
            sentence(
                "b",
                "Ivan Petrenko, who has led the Ukrainian delegation in all three rounds, will"
                    + " again head the team.",
                0.45),
            sentence("c", "Ukraine said Ivan Petrenko would again head its delegation.", 0.26),
            sentence("d", "Kyiv's team is headed by Ivan Petrenko, as before.", 0.2));
    List<Candidate> strong = List.of(russian, ukrainian.get(0));
    Set<String> unlifted = AnswerComposer.unlifted(strong, russian, shape, Set.of("x:0"));
    assertThat(unlifted).containsExactlyInAnyOrder("x:0", ukrainian.get(0).key());

    FactGroup three = new FactGroup(ukrainian);
    FactGroup one = new FactGroup(List.of(russian));
    assertThat(three.score(Set.of())).as("lifted by two more outlets").isGreaterThan(0.54);
    assertThat(three.score(unlifted)).isLessThan(one.score(unlifted));
  }

  @Test
  void aVersionOfTheAskedPartyIsLiftedAsBefore() {
    QuestionShape shape = QuestionShape.of(QUESTION, SentenceFeatures.questionTerms(QUESTION));
    Candidate best = sentence("a", "The Russian team will be led by Anna Berg.", 0.6);
    Candidate same = sentence("b", "Moscow's delegation will be headed by Anna Berg.", 0.5);
    Candidate unnamed = sentence("c", "Anna Berg will again head the team.", 0.4);
    assertThat(AnswerComposer.unlifted(List.of(best, same, unnamed), best, shape, Set.of()))
        .isEmpty();
  }
}
