package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A "which" question asks to name its noun: a sentence that only counts it does not answer. */
class WhichNounTest {
  private static final Set<String> REFINERIES = Set.copyOf(WordTerms.of("refineries"));

  @Test
  void aWhichQuestionAsksToNameItsPluralNoun() {
    assertThat(WhichNoun.of("Which Russian refineries were on the list?")).isEqualTo(REFINERIES);
    assertThat(WhichNoun.of("In which ports did the ferries stop?"))
        .isEqualTo(Set.copyOf(WordTerms.of("ports")));
    // one thing asked, a compound, or no "which" at all: nothing to name
    assertThat(WhichNoun.of("Which refinery was hit?")).isEmpty();
    assertThat(WhichNoun.of("Which peace talks did Tarn host?")).isEmpty();
    assertThat(WhichNoun.of("How many refineries were on the list?")).isEmpty();
  }

  @Test
  void aSentenceThatOnlyCountsTheNounNamesNone() {
    assertThat(WhichNoun.onlyCounts("The Russian list had 12 oil refineries.", REFINERIES))
        .isTrue();
    assertThat(
            WhichNoun.onlyCounts(
                "The list had two refineries, the Brenn works and the Tarn plant.", REFINERIES))
        .isFalse();
    assertThat(WhichNoun.onlyCounts("The list named the refineries at Brenn.", REFINERIES))
        .isFalse();
  }

  @Test
  void aBestSentenceThatOnlyCountsIsAMisreading() {
    String q = "Which Russian refineries were on the list?";
    Set<String> terms = SentenceFeatures.questionTerms(q);
    QuestionShape shape = QuestionShape.of(q, terms);
    Misreadings m = Misreadings.of(q, terms, shape, AskedValue.of(q, shape.expect));
    assertThat(m.contradiction("The Russian list had 12 oil refineries.")).contains("only counts");
    assertThat(m.contradiction("The list named the refineries at Brenn and Tarn.")).isNull();
  }
}
