package dev.talksbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OffTopicSuiteTest {
  private static CorpusSuite.Question q(boolean answerable, String... words) {
    return new CorpusSuite.Question(
        "x", "q?", answerable, List.of(words), List.of(), 1, List.of(), List.of());
  }

  private static final String COVERAGE = "the delegation met in istanbul on july 23.";

  @Test
  void anUnanswerableQuestionIsAlwaysOffItsCoverage() {
    assertThat(OffTopicSuite.offCoverage(q(false), COVERAGE)).isTrue();
  }

  @Test
  void aQuestionIsOffItsCoverageOnlyWhenNoneOfItsAnswerWordsIsThere() {
    assertThat(OffTopicSuite.offCoverage(q(true, "September 10", "Dolmabahce"), COVERAGE)).isTrue();
    // one answer word found (case-insensitively): the coverage may answer it, so it is not counted
    assertThat(OffTopicSuite.offCoverage(q(true, "September 10", "Istanbul"), COVERAGE)).isFalse();
  }
}
