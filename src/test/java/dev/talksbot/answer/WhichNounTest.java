package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A "which" question asks to name its noun: a sentence that only counts it does not answer. */
class WhichNounTest {
  private static final Set<String> PORTS = Set.copyOf(WordTerms.of("ports"));

  @Test
  void aWhichQuestionAsksToNameItsPluralNoun() {
    assertThat(WhichNoun.of("Which small ports were on the Tarn list?")).isEqualTo(PORTS);
    assertThat(WhichNoun.of("In which harbours did the ferries stop?"))
        .isEqualTo(Set.copyOf(WordTerms.of("harbours")));
    // one thing asked, a compound, or no "which" at all: nothing to name
    assertThat(WhichNoun.of("Which port was closed?")).isEmpty();
    assertThat(WhichNoun.of("Which peace talks did Tarn host?")).isEmpty();
    assertThat(WhichNoun.of("How many ports were on the list?")).isEmpty();
  }

  @Test
  void aSentenceThatOnlyCountsTheNounNamesNone() {
    assertThat(WhichNoun.onlyCounts("The French list had 12 fishing ports.", PORTS)).isTrue();
    assertThat(WhichNoun.onlyCounts("The list had two ports, Brenn and Ferrowick.", PORTS))
        .isFalse();
    assertThat(WhichNoun.onlyCounts("The list named the ports of Brenn.", PORTS)).isFalse();
  }

  @Test
  void aBestSentenceThatOnlyCountsIsAMisreading() {
    Misreadings m = OtherRoundRefusalTest.reading("Which small ports were on the Tarn list?");
    assertThat(m.contradiction("The French list had 12 fishing ports.")).contains("only counts");
    assertThat(m.contradiction("The list named the ports of Brenn and Quellmoor.")).isNull();
  }
}
