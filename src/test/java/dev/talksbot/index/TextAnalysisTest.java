package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Analysed terms, their word positions, and the words those positions index. */
class TextAnalysisTest {
  @Test
  void positionsCountTheStopWordsTheTermsDrop() {
    String text = "Ukraine has handed Russia a list of 412 names.";
    List<String> terms = TextAnalysis.terms(text);
    int[] positions = TextAnalysis.positions(text);
    List<String> words = TextAnalysis.words(text);
    assertThat(terms).containsExactly("ukrain", "ha", "hand", "russia", "list", "412", "name");
    assertThat(positions).containsExactly(0, 1, 2, 3, 5, 7, 8);
    assertThat(words)
        .containsExactly("ukraine", "has", "handed", "russia", "a", "list", "of", "412", "names");
    // "a" stands between Russia (3) and list (5)
    assertThat(words.get(positions[terms.indexOf("list")] - 1)).isEqualTo("a");
  }
}
