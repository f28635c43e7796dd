package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.ingest.Article;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Quotes are numbered in order of first use; an unused answer part's new numbers are given back.
 */
class CitationsTest {
  private static Candidate quote(String id) {
    Article a = new Article(id, null, null, null, null, null, null, "A sentence of " + id + ".");
    return TestCandidates.of(a, new float[] {1}, Set.of(), Set.of(), Set.of());
  }

  @Test
  void aQuoteKeepsItsNumberAndTruncatingForgetsOnlyLaterOnes() {
    Citations cites = new Citations();
    assertThat(cites.markers(List.of(quote("a"), quote("b")))).isEqualTo("[1][2]");
    int kept = cites.size();
    assertThat(cites.markers(List.of(quote("b"), quote("c")))).isEqualTo("[2][3]");
    cites.truncate(kept);
    assertThat(cites.list()).extracting(Citation::articleId).containsExactly("a", "b");
    // the number forgotten is given to the next new quote
    assertThat(cites.marker(quote("d"))).isEqualTo("[3]");
    assertThatThrownBy(() -> cites.truncate(9)).isInstanceOf(IllegalArgumentException.class);
  }
}
