package dev.talksbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQuAD 2.0 suite scores the same answers at other refusal thresholds. */
class ThresholdSweepTest {
  @Test
  void eachThresholdRefusesWhatIsBelowIt() {
    List<Squad2Suite.Scored> scored =
        List.of(
            new Squad2Suite.Scored(false, 0.55, false, true, 10), // answerable, right answer
            new Squad2Suite.Scored(false, 0.35, false, false, 10), // answerable, wrong sentence
            new Squad2Suite.Scored(true, 0.45, false, false, 10), // unanswerable
            new Squad2Suite.Scored(true, 0.25, true, false, 10)); // unanswerable
    SuiteResult r = new SuiteResult("squad2");
    Squad2Suite.sweep(scored, r);
    // at 0.30 only the last is refused: right = the gold answer + that refusal
    assertThat(r.metric("refuse_below_0.30", "answer_or_abstain")).isEqualTo(0.5);
    assertThat(r.metric("refuse_below_0.30", "contains_gold")).isEqualTo(0.5);
    assertThat(r.metric("refuse_below_0.30", "refused_unanswerable")).isEqualTo(0.5);
    // at 0.50 both unanswerable and the wrong sentence are refused; the gold answer stays
    assertThat(r.metric("refuse_below_0.50", "answer_or_abstain")).isEqualTo(0.75);
    assertThat(r.metric("refuse_below_0.50", "refused_answerable")).isEqualTo(0.5);
    assertThat(r.metric("refuse_below_0.50", "refused_unanswerable")).isEqualTo(1.0);
    // at 0.60 everything is refused: only the unanswerable ones are right
    assertThat(r.metric("refuse_below_0.60", "answer_or_abstain")).isEqualTo(0.5);
    assertThat(r.metric("refuse_below_0.60", "contains_gold")).isEqualTo(0.0);
  }
}
